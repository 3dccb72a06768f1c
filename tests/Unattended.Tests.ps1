#Requires -Version 5.1
# Pester 5: the module as an unattended runbook runs it, in a REAL `pwsh -NonInteractive` child process (the console
# host that cannot prompt), against the BUILT module and a BUILT emulator (tests/TestEnvironment.ps1). Every question
# PowerShell cannot ask there is a ConfirmationRequired error that names -Confirm:$false, never an UnexpectedError.
#
# Run: ./build.ps1 -Task Test   (or: ./tools/Invoke-PesterTests.ps1 after a Build)

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestEnvironment.ps1')
    $script:Test = Start-ChatTestEnvironment -RepositoryRoot (Split-Path -Parent $PSScriptRoot) -Name 'unattended'
    $script:Emulator = $script:Test.Emulator
    # The PowerShell running these tests, as a child: pwsh (also as a dotnet tool, whose $PSHOME holds pwsh) or powershell.exe.
    $script:Shell = if ($PSVersionTable.PSEdition -eq 'Core') { Join-Path $PSHOME $(if ($IsWindows) { 'pwsh.exe' } else { 'pwsh' }) }
    else { Join-Path $PSHOME 'powershell.exe' }

    function Invoke-Runbook {
        # Runs $Script in `pwsh -NonInteractive` connected to the emulator; returns the child's output as one string.
        param([Parameter(Mandatory = $true)][string]$Script)
        $prelude = "`$ErrorView = 'NormalView'; Import-Module -Name '$($script:Test.ManifestPath)' -ErrorAction Stop`n" +
            "Connect-ChatAdmin -SdkAppId $($script:Test.SdkAppId) -SecretKey (ConvertTo-SecureString -String `$env:TENCENTCHAT_TEST_KEY -AsPlainText -Force) -Endpoint '$($script:Emulator.BaseUri)'`n"
        $env:TENCENTCHAT_TEST_KEY = $script:Test.Key
        try {
            $encoded = [Convert]::ToBase64String([Text.Encoding]::Unicode.GetBytes($prelude + $Script))
            return (& $script:Shell -NoProfile -NonInteractive -EncodedCommand $encoded 2>&1 | Out-String)
        }
        finally {
            Remove-Item -Path Env:TENCENTCHAT_TEST_KEY
        }
    }

    function Get-RequestCount {
        param([Parameter(Mandatory = $true)][string]$Command)
        [int](Get-ChatEmulatorStats -Emulator $script:Emulator).requests.$Command
    }
}

AfterAll {
    Stop-ChatTestEnvironment -Environment $script:Test
}

Describe 'pwsh -NonInteractive' {
    BeforeAll {
        # One child process for the whole runbook (a pwsh start costs seconds); each step tags its lines.
        $null = Invoke-RestMethod -Uri "$($script:Emulator.BaseUri)/_emulator/reset" -Method Post -TimeoutSec 10 -UseBasicParsing
        $script:Output = Invoke-Runbook @'
Remove-ChatConversation -Account user_0001 -PeerAccount user_0002, user_0003 -ErrorAction SilentlyContinue -ErrorVariable refused
foreach ($e in $refused) { "REMOVE=$($e.FullyQualifiedErrorId)"; "ADVICE=$($e.ErrorDetails.RecommendedAction)" }
Remove-ChatContactGroup -Account user_0001 -Name group_0001 -ErrorAction SilentlyContinue -ErrorVariable a
Set-ChatConversationMark -Account user_0001 -PeerAccount user_0002 -Set Star -Confirm -ErrorAction SilentlyContinue -ErrorVariable b
@($a) + @($b) | ForEach-Object { "OTHERS=$($_.FullyQualifiedErrorId)" }
$groups = @(Get-ChatContactGroup -Account user_0001 -Debug -ErrorVariable failed 4>$null 5>$null)
"GROUPS=$($groups.Count) ERRORS=$(@($failed).Count)"
Remove-ChatConversation -Account user_0001 -PeerAccount user_0002 -Confirm:$false -PassThru | ForEach-Object { "DELETED=$($_.ConversationId)" }
'@
    }

    It 'never reports an UnexpectedError' {
        $script:Output | Should -Not -Match 'UnexpectedError'
    }

    It 'Remove-ChatConversation without -Confirm:$false is ConfirmationRequired per conversation, naming -Confirm:$false' {
        ([regex]::Matches($script:Output, 'REMOVE=ConfirmationRequired,TencentChat.Admin.Commands.RemoveChatConversationCommand')).Count | Should -Be 2
        $script:Output | Should -Match ([regex]::Escape('ADVICE=Decide in the command: add -Confirm:$false'))
    }

    It 'Remove-ChatContactGroup and Set-ChatConversationMark -Confirm are ConfirmationRequired too' {
        ([regex]::Matches($script:Output, 'OTHERS=ConfirmationRequired,')).Count | Should -Be 2
    }

    It 'nothing refused was sent, and -Confirm:$false deletes' {
        $script:Output | Should -Match 'DELETED=c2c_user_0002'
        Get-RequestCount -Command delete | Should -Be 1
        Get-RequestCount -Command del_contact_group | Should -Be 0
        Get-RequestCount -Command mark_contact | Should -Be 0
    }

    It 'Get-ChatContactGroup -Debug reads, with no error' {
        $script:Output | Should -Match 'GROUPS=[1-9]\d* ERRORS=0'
    }
}
