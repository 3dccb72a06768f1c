#Requires -Version 5.1
# Pester 5 round trips of the group message and backup cmdlets (docs/groups.md, "Messages", "Backup and restore")
# against the BUILT module and a BUILT emulator, started as tests/AccountFamily.Tests.ps1 does (demo seed:
# user_0001..user_0012). Each test starts from the seed and makes its groups through the module itself.
#
# Run: ./build.ps1 -Task Test   (or: ./tools/Invoke-PesterTests.ps1 after a Build)

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestEnvironment.ps1')
    $script:Test = Start-ChatTestEnvironment -RepositoryRoot (Split-Path -Parent $PSScriptRoot) -Name 'groupmessages'
    $script:Emulator = $script:Test.Emulator

    Import-Module -Name $script:Test.ManifestPath -Force -ErrorAction Stop
    Connect-ChatAdmin -SdkAppId $script:Test.SdkAppId -SecretKey $script:Test.SecretKey -Endpoint $script:Emulator.BaseUri

    function Reset-TestEmulator {
        $null = Invoke-RestMethod -Uri "$($script:Emulator.BaseUri)/_emulator/reset" -Method Post -TimeoutSec 10 -UseBasicParsing
    }

    function Get-RequestCount {
        param([Parameter(Mandatory)][string]$Command)
        [int](Get-ChatEmulatorStats -Emulator $script:Emulator).requests.$Command
    }

    function Set-TestFaults {
        param([string]$Json)
        $null = Invoke-RestMethod -Uri "$($script:Emulator.BaseUri)/_emulator/faults" -Method Post -Body $Json -ContentType 'application/json' -UseBasicParsing
    }

    function New-TestRoom {
        # A group with 30 members (two admins, name cards, a mute) and 45 messages from three senders.
        param([string]$GroupId, [int]$Members = 30, [int]$Messages = 45)
        $accounts = 1..$Members | ForEach-Object { 'member_{0:D3}' -f $_ }
        $null = $accounts | New-ChatAccount -ErrorAction Stop
        $group = New-ChatGroup -Name 'Ops room' -GroupId $GroupId -Owner user_0001 -Introduction 'The ops team' -Confirm:$false -ErrorAction Stop
        $null = Add-ChatGroupMember -GroupId $group.GroupId -Account $accounts -Confirm:$false -ErrorAction Stop
        $null = Set-ChatGroupMember -GroupId $group.GroupId -Account member_001, member_002 -Role Admin -NameCard 'Lead' -Confirm:$false -ErrorAction Stop
        $null = Set-ChatGroupMember -GroupId $group.GroupId -Account member_003 -MuteFor '02:00:00' -Confirm:$false -ErrorAction Stop
        $senders = 'user_0001', 'member_001', 'user_0002'
        for ($i = 0; $i -lt $Messages; $i++) {
            $null = Send-ChatGroupMessage -GroupId $group.GroupId -From $senders[$i % 3] -Text "message $i" -Confirm:$false -ErrorAction Stop
        }
        $group.GroupId
    }

    function Get-TestState {
        # What a restore must give back: members with role, join time, name card and whether muted; messages' sender and text in order.
        param([string]$GroupId)
        [pscustomobject]@{
            Members  = @(Get-ChatGroupMember -GroupId $GroupId | Sort-Object Account |
                    ForEach-Object { '{0}|{1}|{2}|{3}|{4}' -f $_.Account, $_.Role, $_.JoinTimeIso, $_.NameCard, [bool]$_.MutedUntil })
            Messages = @(Get-ChatGroupMessage -GroupId $GroupId | ForEach-Object { '{0}|{1}|{2}' -f $_.From, $_.TimeIso, $_.Text })
        }
    }
}

AfterAll {
    Disconnect-ChatAdmin -ErrorAction SilentlyContinue
    Stop-ChatTestEnvironment -Environment $script:Test
}

Describe 'Group message round trips' {
    BeforeEach { Reset-TestEmulator }

    It 'sends, reads newest first lazily, and recalls piped messages 10 per request; -WhatIf sends nothing' {
        $id = New-TestRoom -GroupId 'pester-room' -Members 3 -Messages 25

        @(Get-ChatGroupMessage -GroupId $id -First 5).MsgSeq | Should -Be @(25, 24, 23, 22, 21)
        Get-RequestCount -Command 'group_msg_get_simple' | Should -Be 1

        Get-ChatGroupMessage -GroupId $id | Where-Object From -eq member_001 | Remove-ChatGroupMessage -WhatIf
        Get-RequestCount -Command 'group_msg_recall' | Should -Be 0
        $recalled = @(Get-ChatGroupMessage -GroupId $id | Where-Object From -eq member_001 | Remove-ChatGroupMessage -Confirm:$false -ErrorAction Stop)
        $recalled.Count | Should -Be 8
        Get-RequestCount -Command 'group_msg_recall' | Should -Be 1
        @(Get-ChatGroupMessage -GroupId $id | Where-Object From -eq member_001).Count | Should -Be 0
        @(Get-ChatGroupMessage -GroupId $id -IncludeRecalled | Where-Object IsRecalled).Count | Should -Be 8
    }

    It 'exports, destroys and imports a group back exactly: profile, members, name cards, join times and history' {
        $id = New-TestRoom -GroupId 'pester-room'
        $before = Get-TestState -GroupId $id
        $folder = Join-Path $TestDrive 'backup'

        $backup = Export-ChatGroup -GroupId $id -Path $folder -IncludeMessages -ErrorAction Stop
        Remove-ChatGroup -GroupId $id -Confirm:$false -ErrorAction Stop
        $restored = @(Get-ChildItem -LiteralPath $folder -Filter *.json | Import-ChatGroup -Confirm:$false -ErrorAction Stop)

        $backup.MessageCount | Should -Be 45
        $restored.Count | Should -Be 1
        $restored[0].GroupId | Should -Be $id
        $restored[0].Succeeded | Should -BeTrue
        $after = Get-TestState -GroupId $id
        $after.Members | Should -Be $before.Members
        $after.Messages | Should -Be $before.Messages
        (Get-ChatGroup -GroupId $id).Introduction | Should -Be 'The ops team'
    }

    It 'finishes an import under 30% faults by rerunning it, with every member and message accounted for and nothing twice' {
        $id = New-TestRoom -GroupId 'pester-room'
        $before = Get-TestState -GroupId $id
        $folder = Join-Path $TestDrive 'faulty'
        $null = Export-ChatGroup -GroupId $id -Path $folder -IncludeMessages -ErrorAction Stop
        Remove-ChatGroup -GroupId $id -Confirm:$false -ErrorAction Stop

        Set-TestFaults '{"50004":0.3,"commands":["import_group","import_group_member","import_group_msg","modify_group_member_info","group_msg_get_simple"],"seed":11}'
        $runs = 0
        do {
            $runs++
            $result = Import-ChatGroup -Path (Join-Path $folder '*.json') -Confirm:$false -ErrorVariable failed -ErrorAction SilentlyContinue
            if ($result) {
                ($result.MembersImported + $result.MembersAlreadyThere + $result.MembersFailed) | Should -Be 31
                ($result.MessagesImported + $result.MessagesAlreadyThere + $result.MessagesFailed) | Should -Be 45
                if ($result.GroupId) {
                    @($failed | Where-Object { $_.TargetObject.Kind -in 'Member', 'Message' }).Count | Should -Be ($result.MembersFailed + $result.MessagesFailed)
                }
            }
        } until (($result -and $result.Succeeded) -or $runs -ge 30)
        $null = Invoke-RestMethod -Uri "$($script:Emulator.BaseUri)/_emulator/faults" -Method Delete -UseBasicParsing

        $result.Succeeded | Should -BeTrue
        $after = Get-TestState -GroupId $id
        $after.Members | Should -Be $before.Members
        $after.Messages | Should -Be $before.Messages
    }
}
