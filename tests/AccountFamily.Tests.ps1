#Requires -Version 5.1
# Pester 5 round trips of the account family (docs/accounts.md) against the BUILT module and a BUILT emulator, started
# as tests/ConversationFamily.Tests.ps1 does (demo seed: user_0001..user_0012). Each test starts from the seed.
#
# Run: ./build.ps1 -Task Test   (or: ./tools/Invoke-PesterTests.ps1 after a Build)

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestEnvironment.ps1')
    $script:Test = Start-ChatTestEnvironment -RepositoryRoot (Split-Path -Parent $PSScriptRoot) -Name 'accounts'
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

    function Set-TestOnlineStatus {
        param([string]$UserId, [string]$Platform, [string]$Status)
        $body = @{ UserID = $UserId; Platform = $Platform; Status = $Status } | ConvertTo-Json
        $null = Invoke-RestMethod -Uri "$($script:Emulator.BaseUri)/_emulator/online" -Method Post -Body $body -ContentType 'application/json' -UseBasicParsing
    }
}

AfterAll {
    Disconnect-ChatAdmin -ErrorAction SilentlyContinue
    Stop-ChatTestEnvironment -Environment $script:Test
}

Describe 'Account round trips' {
    BeforeEach { Reset-TestEmulator }

    It 'imports CSV rows, checks them, removes one and the check and Get-ChatConversation see it gone' {
        $csv = Join-Path $TestDrive 'new-users.csv'
        @('UserID,Nick,FaceUrl', 'pester_0001,Ana,https://example.com/ana.png', 'pester_0002,,') | Set-Content -LiteralPath $csv

        $imported = @(Import-Csv $csv | New-ChatAccount -ErrorAction Stop)
        @($imported.UserId) | Should -Be @('pester_0001', 'pester_0002')
        Get-RequestCount -Command 'multiaccount_import' | Should -Be 1

        @('pester_0001', 'nobody', 'pester_0002' | Test-ChatAccount -Quiet) | Should -Be @($true, $false, $true)

        Remove-ChatAccount -UserId 'user_0003' -WhatIf
        Get-RequestCount -Command 'account_delete' | Should -Be 0
        Remove-ChatAccount -UserId 'user_0003' -Confirm:$false -ErrorAction Stop
        (Test-ChatAccount -UserId 'user_0003').Imported | Should -BeFalse
        Get-ChatConversation -Account 'user_0003' -ErrorVariable readErrors -ErrorAction SilentlyContinue
        $readErrors[0].FullyQualifiedErrorId | Should -BeLike 'AccountNotFound,*'
    }

    It 'reports the online status the control API set, and Disconnect-ChatUser leaves the user Offline' {
        Set-TestOnlineStatus -UserId 'user_0001' -Platform 'Android' -Status 'Online'

        $status = Get-ChatOnlineStatus -UserId 'user_0001' -Detail
        $status.Status | Should -Be 'Online'
        "$($status.Platforms)" | Should -Be 'Android=Online'

        Get-ChatOnlineStatus -UserId 'user_0001' | Where-Object Status -eq 'Online' | Disconnect-ChatUser -Confirm:$false -ErrorAction Stop
        (Get-ChatOnlineStatus -UserId 'user_0001').Status | Should -Be 'Offline'
    }

    It 'pipes Test-ChatAccount output into Get-ChatConversation' {
        $conversations = @('nobody', 'user_0001' | Test-ChatAccount | Where-Object Imported | Get-ChatConversation -ErrorAction Stop)
        $conversations.Count | Should -BeGreaterThan 0
        @($conversations.Account | Sort-Object -Unique) | Should -Be @('user_0001')
    }
}
