#Requires -Version 5.1
# Pester 5 round trips of the profile and relationship families (docs/profiles-friends.md) against the BUILT module and a
# BUILT emulator, started as tests/AccountFamily.Tests.ps1 does (demo seed: user_0001..user_0012). Each test starts
# from the seed; the declared custom profile tag outlives the reset, as the console's declarations do.
#
# Run: ./build.ps1 -Task Test   (or: ./tools/Invoke-PesterTests.ps1 after a Build)

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestEnvironment.ps1')
    $script:Test = Start-ChatTestEnvironment -RepositoryRoot (Split-Path -Parent $PSScriptRoot) -Name 'profiles-friends'
    $script:Emulator = $script:Test.Emulator

    Import-Module -Name $script:Test.ManifestPath -Force -ErrorAction Stop
    Connect-ChatAdmin -SdkAppId $script:Test.SdkAppId -SecretKey $script:Test.SecretKey -Endpoint $script:Emulator.BaseUri
    $null = Invoke-RestMethod -Uri "$($script:Emulator.BaseUri)/_emulator/settings" -Method Post -ContentType 'application/json' `
        -Body '{"ProfileCustomTags":["Tag_Profile_Custom_Test"]}' -UseBasicParsing

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
}

AfterAll {
    Disconnect-ChatAdmin -ErrorAction SilentlyContinue
    Stop-ChatTestEnvironment -Environment $script:Test
}

Describe 'Profile round trips' {
    BeforeEach { Reset-TestEmulator }

    It 'restores 250 profiles with every standard tag and a custom tag exactly from CSV, reading them in 3 requests' {
        $ids = foreach ($i in 1..250) { 'pf_{0:D4}' -f $i }
        $ids | New-ChatAccount -ErrorAction Stop | Out-Null
        $genders = 'Male', 'Female', 'Unknown'
        $ids | ForEach-Object -Begin { $n = 0 } -Process {
            $n++
            [pscustomobject]@{
                Account = $_; Nick = "Nick $_ é;,`"q`""; Gender = $genders[$n % 3]; BirthDay = 19900101 + $n; Location = '0086000100020003'
                SelfSignature = "line one, $_"; AllowType = ('AllowAny', 'NeedConfirm', 'DenyAny')[$n % 3]; Language = $n; FaceUrl = "https://example.com/$_.png"
                MessageSettings = $n % 2; AdminForbidType = ('None', 'SendOut')[$n % 2]; Level = $n % 7; Role = $n % 5; CustomJson = "{`"Test`":`"v$n`"}"
            }
        } | Set-ChatUserProfile -DeclaredCustomTag Test -ErrorAction Stop | Out-Null
        Get-RequestCount -Command 'portrait_set' | Should -Be 250

        $csv = Join-Path $TestDrive 'profiles.csv'
        $before = @($ids | Get-ChatUserProfile -CustomTag Test -ErrorAction Stop)
        Get-RequestCount -Command 'portrait_get' | Should -Be 3
        $before | Export-Csv -LiteralPath $csv -NoTypeInformation

        Reset-TestEmulator
        $ids | New-ChatAccount -ErrorAction Stop | Out-Null
        Import-Csv -LiteralPath $csv | Set-ChatUserProfile -DeclaredCustomTag Test -ErrorAction Stop | Out-Null
        $after = @($ids | Get-ChatUserProfile -CustomTag Test -ErrorAction Stop)

        ($after | ConvertTo-Csv -NoTypeInformation) -join "`n" | Should -BeExactly (($before | ConvertTo-Csv -NoTypeInformation) -join "`n")
        $after[0].Custom.Test | Should -Be 'v1'
    }

    It 'writes an error targeting an account that does not exist and returns the others' {
        $profiles = @('user_0001', 'nobody', 'user_0002' | Get-ChatUserProfile -Tag Nick -ErrorVariable failed -ErrorAction SilentlyContinue)
        @($profiles.Account) | Should -Be @('user_0001', 'user_0002')
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'AccountNotFound,*'
        $failed[0].TargetObject.Account | Should -Be 'nobody'
    }

    It 'refuses an unknown Gender, a Nick over 500 bytes and an undeclared custom tag before any request' -ForEach @(
        @{ Script = { Set-ChatUserProfile -Account user_0001 -Gender Other 2>&1 }; ErrorId = 'InvalidProfileTagValue' }
        @{ Script = { Set-ChatUserProfile -Account user_0001 -Nick ('é' * 251) 2>&1 }; ErrorId = 'InvalidProfileValue' }
        @{ Script = { Set-ChatUserProfile -Account user_0001 -Custom @{ Other = 'x' } -DeclaredCustomTag Test 2>&1 }; ErrorId = 'UndeclaredCustomTag' }
    ) {
        $ErrorActionPreference = 'Continue'
        $failed = @(& $Script | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })
        $failed.Count | Should -Be 1
        $failed[0].FullyQualifiedErrorId | Should -BeLike "$ErrorId,*"
        Get-AllRequestCount | Should -Be 0
    }
}

Describe 'Friend and blocklist round trips' {
    BeforeEach { Reset-TestEmulator }

    It 'adds 300 friends both ways and each side streams them exactly once' {
        $ids = foreach ($i in 1..300) { 'fr_{0:D4}' -f $i }
        $ids | New-ChatAccount -ErrorAction Stop | Out-Null
        $ids | Set-ChatUserProfile -AllowType AllowAny -ErrorAction Stop | Out-Null

        $changes = @(Add-ChatFriend -Account user_0001 -Friend $ids -Both -ErrorAction Stop)
        @($changes | Where-Object Result -eq 'Added').Count | Should -Be 300
        Get-RequestCount -Command 'friend_add' | Should -Be 3

        $mine = @(Get-ChatFriend -Account user_0001 -ErrorAction Stop)
        $mine.Count | Should -Be 300
        @($mine.Friend | Sort-Object -Unique).Count | Should -Be 300
        $theirs = @($ids | Get-ChatFriend -ThrottleLimit 16 -ErrorAction Stop)
        $theirs.Count | Should -Be 300
        @($theirs.Account | Sort-Object -Unique).Count | Should -Be 300
        @($theirs.Friend | Sort-Object -Unique) | Should -Be @('user_0001')
    }

    It 'answers Pending, not a failure, for an account whose AllowType is NeedConfirm' {
        Set-ChatUserProfile -Account user_0002 -AllowType NeedConfirm -ErrorAction Stop | Out-Null
        $change = Add-ChatFriend -Account user_0001 -Friend user_0002 -ErrorVariable failed
        $failed | Should -BeNullOrEmpty
        $change.Result | Should -Be 'Pending'
        $change.ResultCode | Should -Be 30539
        (Test-ChatFriend -Account user_0001 -Friend user_0002 -Both).Relation | Should -Be 'NoRelation'
    }

    It 'removes the friendship both ways on blocking, and Test-ChatBlockedUser says so' {
        Add-ChatFriend -Account user_0001 -Friend user_0002 -Both -Force -ErrorAction Stop | Out-Null
        (Test-ChatFriend -Account user_0001 -Friend user_0002 -Both).Relation | Should -Be 'BothWay'

        (Block-ChatUser -Account user_0001 -User user_0002 -ErrorAction Stop).Result | Should -Be 'Blocked'

        (Test-ChatFriend -Account user_0001 -Friend user_0002 -Both).Relation | Should -Be 'NoRelation'
        (Test-ChatFriend -Account user_0002 -Friend user_0001 -Both).Relation | Should -Be 'NoRelation'
        (Test-ChatBlockedUser -Account user_0001 -User user_0002 -Both).Relation | Should -Be 'AWithB'
        (Test-ChatBlockedUser -Account user_0002 -User user_0001 -Both).Relation | Should -Be 'BWithA'
        (Get-ChatBlockedUser -Account user_0001).User | Should -Be 'user_0002'
        (Block-ChatUser -Account user_0001 -User user_0002).Result | Should -Be 'AlreadyBlocked'
    }

    It 'sends nothing with -WhatIf' {
        Add-ChatFriend -Account user_0001 -Friend user_0002 -Both -Force -WhatIf
        Remove-ChatFriend -Account user_0001 -All -WhatIf
        Block-ChatUser -Account user_0001 -User user_0002 -WhatIf
        Set-ChatUserProfile -Account user_0001 -Nick x -WhatIf
        New-ChatFriendGroup -Account user_0001 -Name Work -WhatIf
        Get-AllRequestCount | Should -Be 0
    }

    It 'refuses a remark over 96 bytes before any request' {
        Add-ChatFriend -Account user_0001 -Friend user_0002 -Remark ('r' * 97) -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'InvalidFriendValue,*'
        $failed[0].TargetObject.Friend | Should -Be 'user_0002'
        Get-AllRequestCount | Should -Be 0
    }

    It 'runs unattended without a prompt under pwsh -NonInteractive' {
        $pwsh = if ($PSVersionTable.PSEdition -eq 'Core') { Join-Path $PSHOME $(if ($IsWindows) { 'pwsh.exe' } else { 'pwsh' }) } else { 'powershell.exe' }
        $script = "Import-Module '$($script:Test.ManifestPath)'; Connect-ChatAdmin -SdkAppId $($script:Test.SdkAppId) -SecretKey (ConvertTo-SecureString '$($script:Test.Key)' -AsPlainText -Force) -Endpoint '$($script:Emulator.BaseUri)'; " +
            "Add-ChatFriend -Account user_0001 -Friend user_0002 -Force | Out-Null; Remove-ChatFriend -Account user_0001 -All 2>&1 | ForEach-Object { `$_.FullyQualifiedErrorId }; (Get-ChatFriend -Account user_0001).Friend"
        $output = & $pwsh -NoProfile -NonInteractive -Command $script
        $output | Should -Contain 'user_0002'
        ($output -join "`n") | Should -Match 'ConfirmationRequired'
    }
}
