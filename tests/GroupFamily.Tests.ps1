#Requires -Version 5.1
# Pester 5 round trips of the group family (docs/groups.md) against the BUILT module and a BUILT emulator, started as
# tests/AccountFamily.Tests.ps1 does (demo seed: user_0001..user_0012). Each test starts from the seed and creates its
# groups through the module itself.
#
# Run: ./build.ps1 -Task Test   (or: ./tools/Invoke-PesterTests.ps1 -Path tests/GroupFamily.Tests.ps1 after a Build)

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestEnvironment.ps1')
    $script:Test = Start-ChatTestEnvironment -RepositoryRoot (Split-Path -Parent $PSScriptRoot) -Name 'groups'
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

    function Get-AllRequestCount {
        $requests = (Get-ChatEmulatorStats -Emulator $script:Emulator).requests
        ($requests.PSObject.Properties | Measure-Object -Property Value -Sum).Sum
    }

    function Set-TestFaults {
        param([Parameter(Mandatory)][hashtable]$Faults)
        $null = Invoke-RestMethod -Uri "$($script:Emulator.BaseUri)/_emulator/faults" -Method Post -Body ($Faults | ConvertTo-Json) -ContentType 'application/json' -UseBasicParsing
    }
}

AfterAll {
    Disconnect-ChatAdmin -ErrorAction SilentlyContinue
    Stop-ChatTestEnvironment -Environment $script:Test
}

Describe 'Group listing' {
    BeforeEach { Reset-TestEmulator }

    It 'is lazy: Select-Object -First 3 sends one listing and at most one profile request; 120 groups cost 3 profile requests' {
        1..120 | ForEach-Object { [pscustomobject]@{ Name = "g$_"; Type = 'ChatRoom' } } | New-ChatGroup -ErrorAction Stop | Out-Null
        $before = Get-RequestCount -Command 'get_group_info'

        @(Get-ChatGroup | Select-Object -First 3).Count | Should -Be 3
        Get-RequestCount -Command 'get_appid_group_list' | Should -Be 1
        (Get-RequestCount -Command 'get_group_info') - $before | Should -BeLessOrEqual 1

        $before = Get-RequestCount -Command 'get_group_info'
        @(Get-ChatGroup -ErrorAction Stop).Count | Should -Be 120
        (Get-RequestCount -Command 'get_group_info') - $before | Should -Be 3
    }

    It 'runs three listings in a row without being throttled' {
        New-ChatGroup -Name 'one' -ErrorAction Stop | Out-Null
        $throttledBefore = (Get-ChatConnection).Throttled
        1..3 | ForEach-Object { @(Get-ChatGroup -IdOnly -ErrorAction Stop).Count | Should -Be 1 }
        (Get-ChatConnection).Throttled | Should -Be $throttledBefore
        (Get-ChatEmulatorStats -Emulator $script:Emulator).throttled | Should -Be 0
    }
}

Describe 'Group members' {
    BeforeEach { Reset-TestEmulator }

    It 'streams a Community of 600 and a Public group of 2,500 with every member exactly once' {
        $accounts = 1..2500 | ForEach-Object { 'member_{0:D4}' -f $_ }
        $accounts | New-ChatAccount -ErrorAction Stop | Out-Null
        $community = New-ChatGroup -Name 'Community' -Type Community -Owner user_0001 -ErrorAction Stop
        $public = New-ChatGroup -Name 'Public' -Type Public -Owner user_0001 -MaxMemberCount 3000 -ErrorAction Stop
        $accounts[0..598] | Add-ChatGroupMember -GroupId $community.GroupId -Silent -ErrorAction Stop | Out-Null
        $accounts[0..2498] | Add-ChatGroupMember -GroupId $public.GroupId -Silent -ErrorAction Stop | Out-Null

        $c = @($community | Get-ChatGroupMember -ErrorAction Stop)
        $p = @($public | Get-ChatGroupMember -ErrorAction Stop)

        $c.Count | Should -Be 600
        @($c.Account | Sort-Object -Unique).Count | Should -Be 600
        $p.Count | Should -Be 2500
        @($p.Account | Sort-Object -Unique).Count | Should -Be 2500
    }

    It 'refuses an AVChatRoom member list with an error naming the type, and the other groups go on' {
        New-ChatGroup -Name 'Live' -Type AVChatRoom -Owner user_0001 -ErrorAction Stop | Out-Null
        New-ChatGroup -Name 'Team' -GroupId team -Owner user_0001 -Member user_0002 -ErrorAction Stop | Out-Null

        $members = @(Get-ChatGroup | Get-ChatGroupMember -ErrorVariable refused -ErrorAction SilentlyContinue)

        @($members.Account) | Should -Be @('user_0001', 'user_0002')
        $refused.Count | Should -Be 1
        $refused[0].FullyQualifiedErrorId | Should -BeLike 'GroupTypeNotSupported,*'
        "$($refused[0])" | Should -Match 'AVChatRoom'
    }
}

Describe 'Group writes' {
    BeforeEach { Reset-TestEmulator }

    It '-WhatIf sends nothing' {
        New-ChatGroup -Name 'Team' -GroupId team -Owner user_0001 -Member user_0002 -ErrorAction Stop | Out-Null
        $before = Get-AllRequestCount
        New-ChatGroup -Name 'x' -WhatIf
        Set-ChatGroup -GroupId team -MuteAll -WhatIf
        Remove-ChatGroup -GroupId team -WhatIf
        Add-ChatGroupMember -GroupId team -Account user_0003 -WhatIf
        Remove-ChatGroupMember -GroupId team -Account user_0002 -WhatIf
        Set-ChatGroupMember -GroupId team -Account user_0002 -MuteFor (New-TimeSpan -Minutes 5) -WhatIf
        Set-ChatGroupOwner -GroupId team -Account user_0002 -WhatIf
        Get-AllRequestCount | Should -Be $before
    }

    It 'gives bad input a clear ErrorRecord and sends no request' -ForEach @(
        @{ Script = { New-ChatGroup -Name 'x' -GroupId '@TGS#2MINE' }; ErrorId = 'InvalidGroupId' }
        @{ Script = { New-ChatGroup -Name '' }; ErrorId = 'InvalidGroupName' }
        @{ Script = { New-ChatGroup -Name 'x' -Type Secret }; ErrorId = 'InvalidGroupType' }
        @{ Script = { Get-ChatGroup -Type Secret }; ErrorId = 'InvalidGroupType' }
    ) {
        $before = Get-AllRequestCount
        $records = @(& { try { & $Script -ErrorAction Continue } catch { $_ } } 2>&1 | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })
        $records.Count | Should -Be 1
        $records[0].FullyQualifiedErrorId | Should -BeLike "$ErrorId,*"
        Get-AllRequestCount | Should -Be $before
    }

    It 'adds, mutes and removes with every member accounted for in input order under 30% faults' {
        New-ChatGroup -Name 'Team' -GroupId team -Owner user_0001 -ErrorAction Stop | Out-Null
        $accounts = 1..60 | ForEach-Object { 'fault_{0:D3}' -f $_ }
        $accounts | New-ChatAccount -ErrorAction Stop | Out-Null
        Set-TestFaults -Faults @{ '50004' = 0.1; '50005' = 0.1; 'throttle' = 0.1; 'seed' = 11 }
        try {
            foreach ($step in @(
                    { $accounts | Add-ChatGroupMember -GroupId team -ThrottleLimit 4 -ErrorVariable failed -ErrorAction SilentlyContinue }
                    { $accounts | Set-ChatGroupMember -GroupId team -MuteFor (New-TimeSpan -Minutes 5) -ThrottleLimit 4 -ErrorVariable failed -ErrorAction SilentlyContinue }
                    { $accounts | Remove-ChatGroupMember -GroupId team -Confirm:$false -ThrottleLimit 4 -ErrorVariable failed -ErrorAction SilentlyContinue })) {
                $failed = $null
                $written = @(& $step)
                $all = @($written.Account) + @($failed | ForEach-Object { $_.TargetObject.Account })
                @($all | Sort-Object) | Should -Be $accounts
                @($written.Account) | Should -Be @($written.Account | Sort-Object)
            }
        }
        finally {
            Set-TestFaults -Faults @{}
        }
        [int]((Get-ChatEmulatorStats -Emulator $script:Emulator).faultsInjected.PSObject.Properties | Measure-Object -Property Value -Sum).Sum | Should -BeGreaterThan 0
    }

    It 'creates, edits through CSV, transfers and dissolves a group' {
        $group = New-ChatGroup -Name 'Support' -Type Work -GroupId support -Owner user_0001 -Member user_0002 -ErrorAction Stop
        $group.Type | Should -Be 'Private'
        $csv = Join-Path $TestDrive 'support.csv'
        Get-ChatGroup -GroupId support | Export-Csv -LiteralPath $csv -NoTypeInformation
        Import-Csv -LiteralPath $csv | ForEach-Object { $_.Notification = 'Read me'; $_ } | Set-ChatGroup -ErrorAction Stop | Out-Null
        (Get-ChatGroup -GroupId support).Notification | Should -Be 'Read me'
        (Set-ChatGroupOwner -GroupId support -Account user_0002 -Confirm:$false -ErrorAction Stop).Succeeded | Should -BeTrue
        (Get-ChatGroup -Account user_0002 | Where-Object GroupId -eq support).Role | Should -Be 'Owner'
        Remove-ChatGroup -GroupId support -Confirm:$false -ErrorAction Stop | Out-Null
        Get-ChatGroup -GroupId support -ErrorVariable gone -ErrorAction SilentlyContinue
        $gone[0].FullyQualifiedErrorId | Should -BeLike 'ChatGroupNotFound,*'
    }
}
