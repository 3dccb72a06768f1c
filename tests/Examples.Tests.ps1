#Requires -Version 5.1
# Pester 5: every example of every cmdlet's help, read from the BUILT module with Get-Help -Full, and the README's
# runbook examples, run as written against a BUILT emulator (tests/TestEnvironment.ps1) reset to its demo seed before
# each one. Each runs in its own runspace without a host, so a question nobody answers fails instead of waiting: it is
# connected to the emulator and holds the files the examples read, made from the emulator's data. What an example takes
# from outside (Read-Host, Azure Automation's Get-AutomationPSCredential, SecretManagement's Get-Secret, a data centre)
# is stood in for there, never edited out of the example. An example passes when it throws nothing and writes no error
# other than those listed for it below, each the point of the example.
#
# Run: ./build.ps1 -Task Test   (or: ./tools/Invoke-PesterTests.ps1 after a Build)

BeforeDiscovery {
    $repositoryRoot = Split-Path -Parent $PSScriptRoot
    $manifestPath = if ($env:TENCENTCHAT_TEST_MODULE) { $env:TENCENTCHAT_TEST_MODULE }
    else { Join-Path $repositoryRoot 'out/TencentChat.Admin/TencentChat.Admin.psd1' }
    $HelpExamples = @()
    $CmdletNames = @()
    if (Test-Path -LiteralPath $manifestPath) {
        Import-Module -Name $manifestPath -Force -ErrorAction Stop
        $CmdletNames = @((Get-Module -Name TencentChat.Admin).ExportedCmdlets.Keys | Sort-Object)
        foreach ($name in $CmdletNames) {
            $index = 0
            foreach ($example in @((Get-Help -Name $name -Full).examples.example)) {
                $index++
                $HelpExamples += @{ Name = $name; Index = $index; Code = (@($example.code) -join [Environment]::NewLine) }
            }
        }
    }
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestEnvironment.ps1')
    # The examples name the emulator's public development key (Connect-ChatAdmin's emulator example).
    $script:Test = Start-ChatTestEnvironment -RepositoryRoot (Split-Path -Parent $PSScriptRoot) -Name 'examples' -Key 'tencentchat-emulator-dev-key'
    $script:Emulator = $script:Test.Emulator
    Import-Module -Name $script:Test.ManifestPath -Force -ErrorAction Stop
    Connect-ChatAdmin -SdkAppId $script:Test.SdkAppId -SecretKey $script:Test.SecretKey -Endpoint $script:Emulator.BaseUri

    # Run in each example's runspace first: the module imported by path (as the README's build instructions do), a
    # connected session, stand-ins for what the examples take from outside, the files they read, and an admin who
    # answers Yes to every confirmation question.
    $script:Prelude = @'
param($ManifestPath, $Endpoint, $SdkAppId, $Key, $Directory)
$ErrorActionPreference = 'Stop'
Set-Location -LiteralPath $Directory
Import-Module -Name $ManifestPath
$global:TestKey = ConvertTo-SecureString -String $Key -AsPlainText -Force
$env:TENCENTCHAT_SDKAPPID = "$SdkAppId"
$env:TENCENTCHAT_SECRETKEY = $Key
$env:TENCENTCHAT_REGION = 'Singapore'

# Every data centre an example names, and the emulator's usual loopback address, is this run's emulator.
$metadata = New-Object System.Management.Automation.CommandMetadata (Get-Command -Name TencentChat.Admin\Connect-ChatAdmin)
$binding = [System.Management.Automation.ProxyCommand]::GetCmdletBindingAttribute($metadata)
$parameters = [System.Management.Automation.ProxyCommand]::GetParamBlock($metadata)
$body = "`$null = `$PSBoundParameters.Remove('Region'); `$PSBoundParameters['Endpoint'] = '$Endpoint'; TencentChat.Admin\Connect-ChatAdmin @PSBoundParameters"
Set-Item -Path Function:\global:Connect-ChatAdmin -Value ([scriptblock]::Create("$binding`nparam($parameters)`n$body"))
function global:Read-Host { param([Parameter(Position = 0)][string]$Prompt, [switch]$AsSecureString) if ($AsSecureString) { $global:TestKey } else { 'user_0001' } }
function global:Get-AutomationPSCredential { param([string]$Name) New-Object System.Management.Automation.PSCredential ('administrator', $global:TestKey) }
function global:Get-Secret { param([string]$Name) $global:TestKey }

Connect-ChatAdmin -SdkAppId $SdkAppId -SecretKey $global:TestKey

# The files the examples read, from the emulator's data.
'user_0001', 'user_0002', 'user_0003' | Set-Content accounts.txt
'user_0001', 'user_0002' | Set-Content users.txt
@('Account', 'user_0001', 'user_0002') | Set-Content users.csv
'user_0011' | Set-Content leavers.txt
'user_0012' | Set-Content leaked.txt
@('UserID,Nick,FaceUrl', 'example_0001,Mei,https://example.com/mei.png') | Set-Content new-users.csv
@('UserId', 'tester_0001', 'tester_0002') | Set-Content testers.csv
'app_user_1', 'app_user_2' | ForEach-Object { New-ChatUserSig -UserId $_ -AsPlainText } | Set-Content usersigs.txt
Get-ChatConversation -Account user_0001 | Export-Csv convs.csv -NoTypeInformation
Import-Csv convs.csv | Where-Object PeerAccount -in 'user_0010', 'user_0011' | Export-Csv stale.csv -NoTypeInformation
Import-Csv convs.csv | Where-Object PeerAccount -in 'user_0004', 'user_0005' | Export-Csv vip.csv -NoTypeInformation
Get-ChatContactGroup -Account user_0001 | Export-Csv groups.csv -NoTypeInformation
Get-ChatContactGroup -Account user_0001 | Export-Csv contact-groups.csv -NoTypeInformation
$sig = New-ChatUserSig -UserId app_user_1
$text = New-ChatUserSig -UserId app_user_1 -AsPlainText
$devKey = $global:TestKey
$ConfirmPreference = 'None'
$ErrorActionPreference = 'Continue'
'@

    function Invoke-Example {
        # Runs $Code after the prelude and $Setup in a new runspace without a host; returns its errors, terminating or not.
        param([Parameter(Mandatory = $true)][string]$Code, [string]$Setup, [Parameter(Mandatory = $true)][string]$Directory)
        $runspace = [runspacefactory]::CreateRunspace()
        $runspace.Open()
        $shell = [powershell]::Create()
        $shell.Runspace = $runspace
        try {
            $null = $shell.AddScript($script:Prelude, $false).AddArgument($script:Test.ManifestPath).AddArgument($script:Emulator.BaseUri).
                AddArgument($script:Test.SdkAppId).AddArgument($script:Test.Key).AddArgument($Directory)
            $null = $shell.Invoke()
            if ($shell.Streams.Error.Count -gt 0) { throw "The prelude failed: $($shell.Streams.Error[0])" }
            $errors = New-Object System.Collections.Generic.List[object]
            foreach ($script in @($Setup, $Code)) {
                if (-not $script) { continue }
                $shell.Commands.Clear()
                $null = $shell.AddScript($script, $false)
                try { $null = $shell.Invoke() }
                catch { $errors.Add($_.Exception.InnerException.ErrorRecord) }
            }
            $errors.AddRange(@($shell.Streams.Error))
            return , $errors
        }
        finally {
            $shell.Dispose()
            $runspace.Dispose()
        }
    }

    function Reset-TestEmulator {
        $null = Invoke-RestMethod -Uri "$($script:Emulator.BaseUri)/_emulator/reset" -Method Post -TimeoutSec 10 -UseBasicParsing
    }

    # What an example needs beyond the prelude's files, run in its runspace before it (state it acts on, its variables),
    # the errors that are its point, and what it must have done.
    $vip = 'New-ChatContactGroup -Account user_0001 -Name vip -PeerAccount user_0003'
    $declareTest = 'Invoke-RestMethod -Uri ((Get-ChatConnection).Endpoint.AbsoluteUri + ''_emulator/settings'') -Method Post -ContentType ''application/json'' -Body ''{"ProfileCustomTags":["Test"]}'' | Out-Null'
    $opsRoom = "New-ChatGroup -Name Ops -GroupId ops-room -Owner user_0001 -Member user_0002, user_0003 | Out-Null; 1..5 | ForEach-Object { Send-ChatGroupMessage -GroupId ops-room -Text `"m`$_`" -From user_0003 } | Out-Null"
    $team = 'New-ChatGroup -Name Team -GroupId team -Owner user_0001 -Member user_0002, user_0003 | Out-Null'
    $script:ExampleNeeds = @{
        'Add-ChatContactGroupMember #1'    = @{ Setup = 'New-ChatContactGroup -Account user_0001 -Name shops -PeerAccount user_0002' }
        'Add-ChatContactGroupMember #2'    = @{ Setup = $vip }
        'Add-ChatContactGroupMember #3'    = @{ Setup = $vip }
        'Get-ChatContactGroup #2'          = @{ Setup = "$vip; New-ChatContactGroup -Account user_0002 -Name vip_team" }
        'Get-ChatContactGroupMember #2'    = @{ Setup = $vip }
        'Get-ChatContactGroupMember #3'    = @{ Setup = 'New-ChatContactGroup -Account user_0001 -Name test_a -PeerAccount user_0004' }
        'Remove-ChatAccount #3'            = @{ Errors = @('AccountNotFound') }
        'Remove-ChatContactGroup #1'       = @{ Setup = 'New-ChatContactGroup -Account user_0001 -Name test_a; New-ChatContactGroup -Account user_0001 -Name test_b' }
        'Remove-ChatContactGroup #2'       = @{ Setup = "$vip; New-ChatContactGroup -Account user_0001 -Name archive" }
        'Remove-ChatContactGroup #3'       = @{
            Setup = 'New-ChatContactGroup -Account user_0001 -Name tmp1; Get-ChatContactGroup -Account user_0001 | Export-Csv contact-groups.csv -NoTypeInformation'
        }
        'Remove-ChatContactGroupMember #1' = @{ Setup = 'New-ChatContactGroup -Account user_0001 -Name shops -PeerAccount user_0002, user_0003' }
        'Remove-ChatContactGroupMember #2' = @{ Setup = 'New-ChatContactGroup -Account user_0001 -Name vip -ConversationId c2c_user_0002, group_dev' }
        'Remove-ChatConversation #1'       = @{
            Verify = { @(Get-ChatConversation -Account user_0001 -EmptyOnly).Count | Should -Be 0 -Because 'the example deletes the empty conversations' }
        }
        'Rename-ChatContactGroup #1'       = @{ Setup = $vip }
        'Rename-ChatContactGroup #2'       = @{ Setup = 'New-ChatContactGroup -Account user_0001 -Name old -PeerAccount user_0003' }
        'Test-ChatAccount #2'              = @{ Setup = "'nobody' | Add-Content accounts.txt" }
        # Profiles and friends: the custom profile tag the examples name is declared as the console would; the files they read.
        'Get-ChatUserProfile #4'           = @{ Setup = $declareTest }
        'Set-ChatUserProfile #2'           = @{ Setup = $declareTest }
        'Set-ChatUserProfile #3'           = @{ Setup = "$declareTest; Set-ChatUserProfile -Account user_0001, user_0002 -Nick Mei -Custom @{ Test = 'vip' } | Out-Null" }
        'Add-ChatFriend #3'                = @{ Setup = 'Add-ChatFriend -Account user_0001 -Friend user_0002, user_0003 -Force -Remark vip -Group Work' }
        'Block-ChatUser #2'                = @{ Setup = "@('Account,User', 'user_0001,user_0012') | Set-Content abuse.csv" }
        'Test-ChatBlockedUser #2'          = @{ Setup = "@('Account,User', 'user_0001,user_0012') | Set-Content pairs.csv" }
        'Test-ChatFriend #2'               = @{ Setup = "@('Account,Friend', 'user_0001,user_0002') | Set-Content pairs.csv" }
        # Group messages and backups: ops-room (and dev-room) with members and five messages from user_0003.
        'Get-ChatGroupMessage #1'          = @{ Setup = $opsRoom }
        'Get-ChatGroupMessage #2'          = @{ Setup = $opsRoom }
        'Get-ChatGroupMessage #3'          = @{ Setup = "$opsRoom; Remove-ChatGroupMessage -GroupId ops-room -MsgSeq 2" }
        'Get-ChatGroupMessage #4'          = @{ Setup = $opsRoom; Verify = { @(Get-ChatGroupMessage -GroupId ops-room).Count | Should -Be 0 } }
        'Send-ChatGroupMessage #1'         = @{ Setup = $opsRoom }
        'Send-ChatGroupMessage #2'         = @{ Setup = $opsRoom }
        'Send-ChatGroupMessage #3'         = @{ Setup = "$opsRoom; New-ChatGroup -Name Dev -GroupId dev-room -Owner user_0001 | Out-Null" }
        'Send-ChatGroupNotification #1'    = @{ Setup = $opsRoom }
        'Send-ChatGroupNotification #2'    = @{ Setup = $opsRoom }
        'Remove-ChatGroupMessage #1'       = @{ Setup = $opsRoom }
        'Remove-ChatGroupMessage #2'       = @{ Setup = "$opsRoom; Send-ChatGroupMessage -GroupId ops-room -Text 'see http://example.com' | Out-Null" }
        'Remove-ChatGroupMessage #3'       = @{ Setup = $opsRoom }
        'Export-ChatGroup #1'              = @{ Setup = $opsRoom }
        'Export-ChatGroup #2'              = @{ Setup = $opsRoom }
        'Import-ChatGroup #1'              = @{ Setup = "$opsRoom; Export-ChatGroup -GroupId ops-room -Path ./backup -IncludeMessages | Out-Null; Remove-ChatGroup -GroupId ops-room" }
        'Import-ChatGroup #2'              = @{ Setup = "$opsRoom; Export-ChatGroup -GroupId ops-room -Path ./backup -IncludeMessages | Out-Null; Remove-ChatGroup -GroupId ops-room" }
        # Group chats: a Public group 'team' owned by user_0001 with user_0002 and user_0003.
        'Add-ChatGroupMember #1'           = @{ Setup = $team }
        'Add-ChatGroupMember #2'           = @{ Setup = $team }
        'Add-ChatGroupMember #3'           = @{ Setup = $team }
        'Get-ChatGroup #1'                 = @{ Setup = $team }
        'Get-ChatGroup #3'                 = @{ Setup = $team; Errors = @('ChatGroupNotFound') }
        'Get-ChatGroup #4'                 = @{ Setup = $team }
        'Get-ChatGroupMember #1'           = @{ Setup = $team }
        'Get-ChatGroupMember #2'           = @{ Setup = $team }
        'Get-ChatGroupMember #3'           = @{ Setup = $team }
        'Get-ChatGroupMember #4'           = @{ Setup = "$team; Set-ChatGroupMember -GroupId team -Account user_0003 -MuteFor 01:00:00" }
        'New-ChatGroup #3'                 = @{ Errors = @('InvalidGroupId') }
        'Remove-ChatGroup #1'              = @{ Setup = $team }
        'Remove-ChatGroup #2'              = @{ Setup = "$team; New-ChatGroup -Name Empty -Type ChatRoom" }
        'Remove-ChatGroupMember #1'        = @{ Setup = $team }
        'Remove-ChatGroupMember #2'        = @{ Setup = $team }
        'Set-ChatGroup #1'                 = @{ Setup = $team }
        'Set-ChatGroup #2'                 = @{ Setup = $team; Verify = { (Get-ChatGroup -GroupId team).Name | Should -Be 'Support team (EU)' } }
        'Set-ChatGroup #3'                 = @{ Setup = $team }
        'Set-ChatGroupMember #1'           = @{ Setup = $team }
        'Set-ChatGroupMember #2'           = @{ Setup = "$team; Set-ChatGroupMember -GroupId team -Account user_0003 -MuteFor 01:00:00" }
        'Set-ChatGroupMember #3'           = @{ Setup = $team }
        'Set-ChatGroupOwner #1'            = @{ Setup = $team; Verify = { (Get-ChatGroup -GroupId team).Owner | Should -Be 'user_0002' } }
        'Set-ChatGroupOwner #2'            = @{ Setup = $team }
        'Get-ChatMessage #1'               = @{ Setup = "1..6 | ForEach-Object { Send-ChatMessage -From user_0001 -To user_0002 -Text `"note `$_`" }" }
        'Import-ChatMessage #1'            = @{ Setup = "Send-ChatMessage -From user_0001 -To user_0002 -Text 'hello'" }
        'Remove-ChatMessage #1'            = @{ Setup = "Send-ChatMessage -From user_0001 -To user_0002 -Text 'my password is 1234'" }
        'Set-ChatMessage #1'               = @{ Setup = "Send-ChatMessage -From user_0001 -To user_0002 -Text 'typo'" }
        'Get-ChatMessageArchive #1'        = @{ Setup = "Send-ChatMessage -From user_0001 -To user_0002 -Text 'for the log'" }
        'Get-ChatMessageArchive #2'        = @{ Setup = "Send-ChatMessage -From user_0001 -To user_0002 -Text 'for the log'" }
        'Save-ChatMessageArchive #1'       = @{ Setup = "Send-ChatMessage -From user_0001 -To user_0002 -Text 'for the log'" }
        'Save-ChatMessageArchive #2'       = @{ Setup = "Send-ChatMessage -From user_0001 -To user_0002 -Text 'for the log'" }
    }
}

AfterAll {
    Disconnect-ChatAdmin -ErrorAction SilentlyContinue
    Stop-ChatTestEnvironment -Environment $script:Test
}

Describe 'Help examples' {
    BeforeEach { Reset-TestEmulator }

    It 'has examples of all <Count> cmdlets' -ForEach @(@{ Count = $CmdletNames.Count; Names = $CmdletNames; Examples = $HelpExamples }) {
        $Count | Should -BeGreaterThan 0
        @($Names | Where-Object { $_ -notin $Examples.Name }) | Should -BeNullOrEmpty
    }

    It '<Name> example <Index> runs' -ForEach $HelpExamples {
        $needs = $script:ExampleNeeds["$Name #$Index"]
        if (-not $needs) { $needs = @{} }
        $errors = Invoke-Example -Code $Code -Setup $needs.Setup -Directory (New-Item -ItemType Directory -Path (Join-Path $TestDrive "$Name-$Index")).FullName
        $allowed = @($needs.Errors)
        $unexpected = @($errors | Where-Object { $allowed -notcontains ([string]$_.FullyQualifiedErrorId -split ',')[0] })
        ($unexpected | ForEach-Object { "$($_.FullyQualifiedErrorId): $_" }) -join [Environment]::NewLine | Should -BeNullOrEmpty
        if ($needs.Verify) { & $needs.Verify }
    }
}

Describe 'README examples' {
    BeforeEach { Reset-TestEmulator }

    It 'runs the parallel runbook example with the module imported by path' -Skip:($PSVersionTable.PSVersion.Major -lt 7) {
        # The README's lines from its '# Parallel runspaces' comment to the Get-ChatConnection line that ends the example.
        $readme = Get-Content -LiteralPath (Join-Path (Split-Path -Parent $PSScriptRoot) 'README.md')
        $start = [array]::FindIndex($readme, [Predicate[string]] { param($line) $line -like '# Parallel runspaces*' })
        $start | Should -BeGreaterOrEqual 0
        $end = $start + [array]::FindIndex($readme[$start..($readme.Count - 1)], [Predicate[string]] { param($line) $line -like 'Get-ChatConnection*' })
        $code = $readme[$start..$end] -join [Environment]::NewLine
        $code | Should -Match 'ForEach-Object -Parallel'
        $directory = (New-Item -ItemType Directory -Path (Join-Path $TestDrive 'parallel')).FullName

        $errors = Invoke-Example -Code $code -Directory $directory

        ($errors | ForEach-Object { "$($_.FullyQualifiedErrorId): $_" }) -join [Environment]::NewLine | Should -BeNullOrEmpty
        $rows = @(Import-Csv -LiteralPath (Join-Path $directory 'all.csv'))
        @($rows.Account | Sort-Object -Unique) | Should -Be @('user_0001', 'user_0002', 'user_0003')
        $rows.Count | Should -Be (@('user_0001', 'user_0002', 'user_0003' | Get-ChatConversation).Count)
    }
}
