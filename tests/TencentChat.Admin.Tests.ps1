#Requires -Version 5.1
# Pester 5 tests of what only a real PowerShell proves: module import and exports, help, pipeline
# binding, Select-Object -First stopping the paging, CSV round trips, error ids, and that the secret key
# never reaches an output stream. They run against the BUILT module (out/TencentChat.Admin, made by
# `./build.ps1 -Task Build`) and a BUILT emulator (src/TencentChat.Emulator/bin/<Configuration>) that
# BeforeAll starts on a free loopback port with the `demo` seed.
#
# Run: ./build.ps1 -Task Test   (or: ./tools/Invoke-PesterTests.ps1 after a Build)
# Environment: TENCENTCHAT_TEST_CONFIGURATION (default Release), TENCENTCHAT_TEST_MODULE (the built .psd1).

BeforeDiscovery {
    # -ForEach data is needed at discovery time, before any BeforeAll runs.
    $repositoryRoot = Split-Path -Parent $PSScriptRoot
    $manifestPath = if ($env:TENCENTCHAT_TEST_MODULE) { $env:TENCENTCHAT_TEST_MODULE }
    else { Join-Path $repositoryRoot 'out/TencentChat.Admin/TencentChat.Admin.psd1' }
    if (-not (Test-Path -LiteralPath $manifestPath)) { $manifestPath = Join-Path $repositoryRoot 'TencentChat.Admin.psd1' }
    $CmdletNames = @((Import-PowerShellDataFile -Path $manifestPath).CmdletsToExport)
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestEnvironment.ps1')
    $script:Test = Start-ChatTestEnvironment -RepositoryRoot (Split-Path -Parent $PSScriptRoot) -Name 'admin'
    $script:ManifestPath = $script:Test.ManifestPath
    $script:Key = $script:Test.Key
    $script:SecretKey = $script:Test.SecretKey
    $script:SdkAppId = $script:Test.SdkAppId
    $script:Emulator = $script:Test.Emulator
    Import-Module -Name $script:ManifestPath -Force -ErrorAction Stop

    function Connect-TestEmulator {
        param([switch]$PassThru)
        Connect-ChatAdmin -SdkAppId $script:SdkAppId -SecretKey $script:SecretKey -Endpoint $script:Emulator.BaseUri -PassThru:$PassThru
    }

    function Get-GetListCount {
        $stats = Get-ChatEmulatorStats -Emulator $script:Emulator
        return [int]$stats.requests.get_list
    }

    function Assert-NoKey {
        # Fails when the secret key occurs in any of the given texts.
        param([AllowNull()][AllowEmptyCollection()][object[]]$Text)
        $joined = (@($Text) | Where-Object { $null -ne $_ } | ForEach-Object { [string]$_ }) -join "`n"
        $joined.Contains($script:Key) | Should -BeFalse -Because 'the secret key must never be written to any stream'
    }

    function ConvertTo-StreamText {
        # Everything a person or a log could see of a stream record, including an error's inner details.
        param([AllowNull()][object[]]$Record)
        foreach ($item in @($Record)) {
            if ($null -eq $item) { continue }
            $item | Out-String -Width 4096
            if ($item -is [System.Management.Automation.ErrorRecord]) {
                $item.Exception.ToString()
                [string]$item.ErrorDetails
                [string]$item.TargetObject
                [string]$item.CategoryInfo
            }
            elseif ($item -is [System.Management.Automation.InformationalRecord]) {
                $item.Message
            }
        }
    }
}

AfterAll {
    Stop-ChatTestEnvironment -Environment $script:Test
}

Describe 'Module' {
    It 'imports from the built module folder' {
        $module = Get-Module -Name TencentChat.Admin
        $module | Should -Not -BeNullOrEmpty
        $manifest = Import-PowerShellDataFile -Path $script:ManifestPath
        $module.Version | Should -Be ([version]$manifest.ModuleVersion)
    }

    It 'exports exactly the cmdlets the manifest lists in CmdletsToExport' {
        $manifest = Import-PowerShellDataFile -Path $script:ManifestPath
        $expected = @($manifest.CmdletsToExport | Sort-Object)
        $expected.Count | Should -BeGreaterThan 0
        $expected | Should -Not -Contain '*'
        $actual = @((Get-Module -Name TencentChat.Admin).ExportedCmdlets.Keys | Sort-Object)
        ($actual -join ', ') | Should -Be ($expected -join ', ')
    }

    It 'exports the core cmdlets' {
        $exported = @((Get-Module -Name TencentChat.Admin).ExportedCmdlets.Keys)
        foreach ($name in 'Connect-ChatAdmin', 'Disconnect-ChatAdmin', 'Get-ChatConnection', 'Get-ChatConversation', 'Search-ChatContactGroup') {
            $exported | Should -Contain $name
        }
    }

    It 'Get-Help <_> has a written synopsis' -ForEach $CmdletNames {
        $help = Get-Help -Name $_ -ErrorAction Stop
        [string]::IsNullOrWhiteSpace([string]$help.Synopsis) | Should -BeFalse
        # Without a help file PowerShell makes the synopsis from the syntax, ending in [<CommonParameters>].
        [string]$help.Synopsis | Should -Not -BeLike '*<CommonParameters>*'
    }
}

Describe 'Before Connect-ChatAdmin' {
    It 'Get-ChatConversation throws NotConnected' {
        $caught = $null
        try {
            Get-ChatConversation -Account 'user_0001' | Out-Null
        }
        catch {
            $caught = $_
        }
        $caught | Should -Not -BeNullOrEmpty -Because 'a call before Connect-ChatAdmin must throw'
        $caught.FullyQualifiedErrorId | Should -BeLike 'NotConnected,*'
        $caught.FullyQualifiedErrorId | Should -BeLike '*GetChatConversationCommand'
    }
}

Describe 'Connect-ChatAdmin' {
    AfterEach {
        try { Disconnect-ChatAdmin -ErrorAction SilentlyContinue } catch { Write-Verbose "Disconnect-ChatAdmin: $_" }
    }

    It 'writes nothing to the success stream without -PassThru' {
        $output = @(Connect-TestEmulator)
        $output.Count | Should -Be 0
    }

    It 'returns one session object with -PassThru, and no view of it shows the key' {
        $session = @(Connect-TestEmulator -PassThru)
        $session.Count | Should -Be 1
        Assert-NoKey -Text @(
            $session[0].ToString(),
            ($session[0] | Format-List -Property * | Out-String -Width 4096),
            ($session[0] | Format-Table -Property * | Out-String -Width 4096),
            ($session[0] | Out-String -Width 4096),
            (Get-ChatConnection | Format-List -Property * | Out-String -Width 4096)
        )
    }

    It 'accepts -Credential (user name = identifier, password = secret key)' {
        $credential = New-Object System.Management.Automation.PSCredential ('administrator', $script:SecretKey)
        Connect-ChatAdmin -SdkAppId $script:SdkAppId -Credential $credential -Endpoint $script:Emulator.BaseUri
        @(Get-ChatConversation -Account 'user_0001' | Select-Object -First 1).Count | Should -Be 1
    }

    It 'connects from the TENCENTCHAT_* environment variables when given no credentials' {
        $env:TENCENTCHAT_SDKAPPID = [string]$script:SdkAppId
        $env:TENCENTCHAT_SECRETKEY = $script:Key
        $env:TENCENTCHAT_ENDPOINT = $script:Emulator.BaseUri
        try {
            Connect-ChatAdmin
            @(Get-ChatConversation -Account 'user_0001' | Select-Object -First 1).Count | Should -Be 1
        }
        finally {
            Remove-Item -Path 'Env:TENCENTCHAT_SDKAPPID', 'Env:TENCENTCHAT_SECRETKEY', 'Env:TENCENTCHAT_ENDPOINT' -ErrorAction SilentlyContinue
        }
    }
}

Describe 'Get-ChatConversation' {
    BeforeAll {
        Connect-TestEmulator
        $script:Conversations = @(Get-ChatConversation -Account 'user_0001')
    }

    AfterAll {
        try { Disconnect-ChatAdmin -ErrorAction SilentlyContinue } catch { Write-Verbose "Disconnect-ChatAdmin: $_" }
    }

    It 'returns the seeded conversations of user_0001' {
        $script:Conversations.Count | Should -BeGreaterThan 3
        $ids = @($script:Conversations | ForEach-Object { $_.ConversationId })
        $ids | Should -Contain 'c2c_user_0002'
        $ids | Should -Contain 'c2c_user_0003'
        $ids | Should -Contain 'group_@TGS#1B2AUI7RZ'
        foreach ($conversation in $script:Conversations) {
            $conversation.Account | Should -Be 'user_0001'
            [string]$conversation.Type | Should -BeIn @('C2C', 'Group')
            $conversation.ConversationId | Should -Match '^(c2c|group)_.+'
        }
    }

    It 'maps C2C, group and pinned conversations' {
        $c2c = $script:Conversations | Where-Object { $_.ConversationId -eq 'c2c_user_0002' } | Select-Object -First 1
        [string]$c2c.Type | Should -Be 'C2C'
        $c2c.PeerAccount | Should -Be 'user_0002'
        $pinned = $script:Conversations | Where-Object { $_.ConversationId -eq 'c2c_user_0003' } | Select-Object -First 1
        $pinned.IsPinned | Should -BeTrue
        $group = $script:Conversations | Where-Object { $_.ConversationId -eq 'group_@TGS#1B2AUI7RZ' } | Select-Object -First 1
        [string]$group.Type | Should -Be 'Group'
        $group.GroupId | Should -Be '@TGS#1B2AUI7RZ'
    }

    It 'stops paging when Select-Object -First 3 has its objects: exactly one get_list request' {
        $before = Get-GetListCount
        $first = @(Get-ChatConversation -Account 'user_0001' | Select-Object -First 3)
        $after = Get-GetListCount
        $first.Count | Should -Be 3
        ($after - $before) | Should -Be 1
    }

    It 'binds accounts piped by value' {
        $piped = @('user_0001', 'user_0002' | Get-ChatConversation -ErrorVariable pipeErrors)
        $pipeErrors.Count | Should -Be 0
        $direct = @(Get-ChatConversation -Account 'user_0001', 'user_0002')
        $piped.Count | Should -Be $direct.Count
        $piped.Count | Should -BeGreaterThan 0
        foreach ($conversation in $piped) {
            $conversation.Account | Should -BeIn @('user_0001', 'user_0002')
        }
        @($piped | Where-Object { $_.Account -eq 'user_0001' }).Count | Should -Be $script:Conversations.Count
    }

    It 'binds Account piped by property name' {
        $piped = @([pscustomobject]@{ Account = 'user_0001' } | Get-ChatConversation)
        $piped.Count | Should -Be $script:Conversations.Count
    }

    It '-ThrottleLimit 8 writes what -ThrottleLimit 1 writes, each account in the server order' {
        $accounts = 1..12 | ForEach-Object { 'user_{0:D4}' -f $_ }
        $sequential = @($accounts | Get-ChatConversation -ThrottleLimit 1)
        $parallel = @($accounts | Get-ChatConversation -ThrottleLimit 8)
        $parallel.Count | Should -Be $sequential.Count
        foreach ($account in $accounts) {
            $expected = @($sequential | Where-Object Account -EQ $account | ForEach-Object ConversationId)
            $actual = @($parallel | Where-Object Account -EQ $account | ForEach-Object ConversationId)
            ($actual -join ',') | Should -Be ($expected -join ',')
        }
    }

    It 'writes a non-terminating AccountNotFound error for an unknown account and goes on with the next' {
        $results = @('nobody', 'user_0001' | Get-ChatConversation -ErrorAction SilentlyContinue -ErrorVariable accountErrors)
        $accountErrors.Count | Should -Be 1
        $accountErrors[0].FullyQualifiedErrorId | Should -BeLike 'AccountNotFound*'
        $results.Count | Should -Be $script:Conversations.Count
    }
}

Describe 'CSV round trip' {
    BeforeAll {
        Connect-TestEmulator
        $script:CsvPath = Join-Path $TestDrive 'conversations.csv'
        $script:Exported = @(Get-ChatConversation -Account 'user_0001')
        $script:Exported | Export-Csv -Path $script:CsvPath -NoTypeInformation -Encoding UTF8
        $script:Rows = @(Import-Csv -Path $script:CsvPath)
    }

    AfterAll {
        try { Disconnect-ChatAdmin -ErrorAction SilentlyContinue } catch { Write-Verbose "Disconnect-ChatAdmin: $_" }
    }

    It 'exports one row per conversation with the documented columns' {
        $script:Rows.Count | Should -Be $script:Exported.Count
        $columns = @($script:Rows[0].PSObject.Properties | ForEach-Object { $_.Name })
        foreach ($name in 'Account', 'ConversationId', 'Type', 'PeerAccount', 'GroupId', 'LastMessageTime', 'IsPinned',
            'StandardMark', 'CustomMark', 'ContactGroupIds', 'ContactGroupNames') {
            $columns | Should -Contain $name
        }
    }

    It 'has no System.* type names in any cell (lists render as a;b)' {
        foreach ($row in $script:Rows) {
            foreach ($property in $row.PSObject.Properties) {
                [string]$property.Value | Should -Not -BeLike 'System.*' -Because "column $($property.Name) of $($row.ConversationId)"
            }
        }
    }

    It 'Import-Csv | Search-ChatContactGroup returns one result per row' {
        $results = @(Import-Csv -Path $script:CsvPath | Search-ChatContactGroup)
        $results.Count | Should -Be $script:Rows.Count
        $resultIds = @($results | ForEach-Object { $_.ConversationId } | Sort-Object)
        $rowIds = @($script:Rows | ForEach-Object { $_.ConversationId } | Sort-Object)
        ($resultIds -join ',') | Should -Be ($rowIds -join ',')
    }

    It 'Get-ChatConversation | Search-ChatContactGroup returns one result per conversation' {
        $results = @(Get-ChatConversation -Account 'user_0001' | Search-ChatContactGroup)
        $results.Count | Should -Be $script:Exported.Count
    }
}

Describe 'The secret key never reaches a stream' {
    BeforeAll {
        Connect-TestEmulator
        # -Debug means Inquire on Windows PowerShell 5.1 (a prompt); there the preference variable is used.
        $script:VerboseAndDebug = @{ Verbose = $true }
        if ($PSVersionTable.PSVersion.Major -ge 6) { $script:VerboseAndDebug['Debug'] = $true }
    }

    AfterAll {
        try { Disconnect-ChatAdmin -ErrorAction SilentlyContinue } catch { Write-Verbose "Disconnect-ChatAdmin: $_" }
    }

    It 'not in the verbose (4>&1) or debug (5>&1) output of a successful call' {
        $DebugPreference = 'Continue'
        $parameters = $script:VerboseAndDebug
        $verbose = @(Get-ChatConversation -Account 'user_0001' @parameters 5>$null 4>&1)
        $debug = @(Get-ChatConversation -Account 'user_0001' @parameters 4>$null 5>&1)
        @($verbose | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }).Count | Should -BeGreaterThan 0
        Assert-NoKey -Text (@(ConvertTo-StreamText -Record $verbose) + @(ConvertTo-StreamText -Record $debug))
    }

    It 'not in any stream, nor in $Error, of a failing call (unknown account)' {
        $DebugPreference = 'Continue'
        $parameters = $script:VerboseAndDebug
        $Error.Clear()
        $records = @(& { Get-ChatConversation -Account 'nobody' -ErrorAction Continue @parameters } *>&1)
        $errors = @($records | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })
        $errors.Count | Should -BeGreaterThan 0
        $errors[0].FullyQualifiedErrorId | Should -BeLike 'AccountNotFound*'
        Assert-NoKey -Text (@(ConvertTo-StreamText -Record $records) + @(ConvertTo-StreamText -Record @($Error)))
    }

    It 'not in the error of a rejected connection (wrong key)' {
        $wrongKey = ConvertTo-SecureString -String ($script:Key + '-wrong') -AsPlainText -Force
        $records = @(& {
                try {
                    Connect-ChatAdmin -SdkAppId $script:SdkAppId -SecretKey $wrongKey -Endpoint $script:Emulator.BaseUri -Verbose
                    Get-ChatConversation -Account 'user_0001' -ErrorAction Continue -Verbose
                }
                catch {
                    $_
                }
            } *>&1)
        @($records | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] }).Count | Should -BeGreaterThan 0
        Assert-NoKey -Text @(ConvertTo-StreamText -Record $records)
    }
}

Describe 'Invoke-ChatApi' {
    BeforeAll {
        Connect-TestEmulator
    }

    AfterAll {
        try { Disconnect-ChatAdmin -ErrorAction SilentlyContinue } catch { Write-Verbose "Disconnect-ChatAdmin: $_" }
    }

    It 'reads a conversation list through the session, without the envelope' {
        $before = Get-GetListCount
        $page = Invoke-ChatApi -Command recentcontact/get_list -Body @{
            From_Account = 'user_0001'; TimeStamp = 0; StartIndex = 0; TopTimeStamp = 0; TopStartIndex = 0; AssistFlags = 63
        }
        @($page.SessionItem).Count | Should -BeGreaterThan 0
        @($page.SessionItem.To_Account) | Should -Contain 'user_0002'
        $page.PSObject.Properties.Name | Should -Not -Contain 'ErrorCode'
        (Get-GetListCount) - $before | Should -Be 1
    }

    It 'fails an unknown command with the catalogue''s ErrorId and keeps the key out of the error' {
        # 60009 is session-wide (WrongEndpoint): the command ends with a terminating error.
        $records = @(& {
                try { Invoke-ChatApi group_open_attr_http_svc/get_group_attr -Body @{ GroupId = '@TGS#1B2AUI7RZ' } -Verbose }
                catch { $_ }
            } *>&1)
        $failure = @($records | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })[0]
        $failure.FullyQualifiedErrorId | Should -BeLike 'WrongEndpoint,*InvokeChatApiCommand'
        $failure.Exception.ErrorCode | Should -Be 60009
        Assert-NoKey -Text @(ConvertTo-StreamText -Record $records)
    }

    It 'rejects a body that is not a JSON object before sending anything' {
        $before = Get-GetListCount
        $records = @(& { try { Invoke-ChatApi recentcontact/get_list -Body '[1, 2]' -ErrorAction Continue } catch { $_ } } 2>&1)
        $records[0].FullyQualifiedErrorId | Should -BeLike 'InvalidApiBody,*'
        (Get-GetListCount) | Should -Be $before
    }
}
