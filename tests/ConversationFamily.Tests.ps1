#Requires -Version 5.1
# Pester 5 round trips of the conversation family (docs/conversation-family.md) against the BUILT module and a
# BUILT emulator, started exactly as tests/TencentChat.Admin.Tests.ps1 does (tools/EmulatorProcess.ps1, demo
# seed). Each test starts from the seed: BeforeEach resets the emulator (POST /_emulator/reset), which also
# zeroes its request counters, so "nothing was sent" is read straight from GET /_emulator/stats.
#
# Run: ./build.ps1 -Task Test   (or: ./tools/Invoke-PesterTests.ps1 after a Build)
# Environment: TENCENTCHAT_TEST_CONFIGURATION (default Release), TENCENTCHAT_TEST_MODULE (the built .psd1).

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestEnvironment.ps1')
    $script:Test = Start-ChatTestEnvironment -RepositoryRoot (Split-Path -Parent $PSScriptRoot) -Name 'family'
    $script:ManifestPath = $script:Test.ManifestPath
    $script:Key = $script:Test.Key
    $script:SecretKey = $script:Test.SecretKey
    $script:SdkAppId = $script:Test.SdkAppId
    $script:Emulator = $script:Test.Emulator
    $script:Owner = 'user_0001'

    Import-Module -Name $script:ManifestPath -Force -ErrorAction Stop
    Connect-ChatAdmin -SdkAppId $script:SdkAppId -SecretKey $script:SecretKey -Endpoint $script:Emulator.BaseUri

    function Reset-TestEmulator {
        $null = Invoke-RestMethod -Uri "$($script:Emulator.BaseUri)/_emulator/reset" -Method Post -TimeoutSec 10 -UseBasicParsing
    }

    function Get-RequestCount {
        # Requests the emulator counted since the last reset: one command, or all eight summed.
        param([string]$Command)
        $requests = (Get-ChatEmulatorStats -Emulator $script:Emulator).requests
        if ($Command) { return [int]$requests.$Command }
        $total = 0
        foreach ($property in $requests.PSObject.Properties) { $total += [int]$property.Value }
        return $total
    }
}

AfterAll {
    Disconnect-ChatAdmin -ErrorAction SilentlyContinue
    Stop-ChatTestEnvironment -Environment $script:Test
}

Describe 'Conversation groups' {
    BeforeEach { Reset-TestEmulator }

    It 'list -> filter -> add to a group -> search shows the group' {
        $c2c = @(Get-ChatConversation -Account $script:Owner | Where-Object { $_.Type -eq 'C2C' -and -not $_.IsPinned })
        $c2c.Count | Should -BeGreaterThan 3

        $c2c | Add-ChatContactGroupMember -ContactGroupName 'group_0002' -Confirm:$false -ErrorAction Stop

        $found = @($c2c | Search-ChatContactGroup)
        $found.Count | Should -Be $c2c.Count
        foreach ($record in $found) {
            $record.ContactGroupNames | Should -Contain 'group_0002'
        }
        Get-RequestCount -Command 'update_contact_group' | Should -Be 1
    }

    It 'New -> Get -> Rename -> Get-ChatContactGroupMember -> Remove round trip' {
        $group = New-ChatContactGroup -Account $script:Owner -Name 'vip' -PeerAccount 'user_0004', 'user_0005' -Confirm:$false -ErrorAction Stop
        $group.Name | Should -Be 'vip'
        $group.Account | Should -Be $script:Owner

        Get-ChatContactGroup -Account $script:Owner -Name 'vip' |
            Rename-ChatContactGroup -NewName 'vip2' -Confirm:$false -ErrorAction Stop
        @(Get-ChatContactGroup -Account $script:Owner | ForEach-Object Name) | Should -Contain 'vip2'

        $members = @(Get-ChatContactGroup -Account $script:Owner -Name 'vip2' | Get-ChatContactGroupMember)
        @($members | ForEach-Object ConversationId | Sort-Object) | Should -Be @('c2c_user_0004', 'c2c_user_0005')

        Get-ChatContactGroup -Account $script:Owner -Name 'vip2' | Remove-ChatContactGroup -Confirm:$false -ErrorAction Stop
        @(Get-ChatContactGroup -Account $script:Owner | ForEach-Object Name) | Should -Not -Contain 'vip2'
    }

    It 'pipes conversations into New-ChatContactGroup and sends them with the create' {
        $group = Get-ChatConversation -Account $script:Owner -Type Group |
            New-ChatContactGroup -Name 'groups' -Confirm:$false -ErrorAction Stop
        @($group).Count | Should -Be 1
        Get-RequestCount -Command 'create_contact_group' | Should -Be 1
        @(Get-ChatContactGroupMember -Account $script:Owner -ContactGroupName 'groups').Count |
            Should -Be @(Get-ChatConversation -Account $script:Owner -Type Group).Count
    }

    It 'writes a failed item as a non-terminating error whose target is the change, and goes on' {
        $changes = Remove-ChatContactGroupMember -Account $script:Owner -PeerAccount 'user_0002', 'user_0004' -ContactGroupName 'group_0002' `
            -Confirm:$false -PassThru -ErrorVariable itemErrors -ErrorAction SilentlyContinue
        @($changes).Count | Should -Be 1
        $changes.ConversationId | Should -Be 'c2c_user_0002'
        $itemErrors.Count | Should -Be 1
        $itemErrors[0].FullyQualifiedErrorId | Should -BeLike 'InvalidParameter,*'
        $itemErrors[0].TargetObject.ConversationId | Should -Be 'c2c_user_0004'
        $itemErrors[0].TargetObject.Succeeded | Should -BeFalse
        $itemErrors[0].TargetObject.ResultCode | Should -Be 50002
    }

    It 'refuses a group name over 32 bytes without sending anything' {
        New-ChatContactGroup -Account $script:Owner -Name ('x' * 33) -Confirm:$false -ErrorVariable nameErrors -ErrorAction SilentlyContinue
        $nameErrors[0].FullyQualifiedErrorId | Should -BeLike 'InvalidContactGroupName,*'
        Get-RequestCount | Should -Be 0
    }
}

Describe 'Marks' {
    BeforeEach { Reset-TestEmulator }

    It 'mark -> search shows the mark' {
        Get-ChatConversation -Account $script:Owner -Type C2C | Select-Object -First 3 |
            Set-ChatConversationMark -Set 'Star', 'App40' -CustomMark 'checked' -Confirm:$false -ErrorAction Stop

        $records = @(Get-ChatConversation -Account $script:Owner -Type C2C | Select-Object -First 3 | Search-ChatContactGroup)
        $records.Count | Should -Be 3
        foreach ($record in $records) {
            $record.Marks | Should -Contain 'Star'
            $record.Marks | Should -Contain 'App40'
            $record.CustomMark | Should -Be 'checked'
        }
    }

    It 'refuses an unknown mark name before sending anything' {
        { Set-ChatConversationMark -Account $script:Owner -PeerAccount 'user_0002' -Set 'Starred' -Confirm:$false -ErrorAction Stop } |
            Should -Throw -ErrorId 'InvalidMark,*'
        Get-RequestCount | Should -Be 0
    }
}

Describe 'Remove-ChatConversation' {
    BeforeEach { Reset-TestEmulator }

    It 'deletes piped conversations with -Confirm:$false, one delete request each' {
        $doomed = @(Get-ChatConversation -Account $script:Owner | Where-Object { $_.PeerAccount -in 'user_0010', 'user_0011' })
        $doomed.Count | Should -Be 2

        $changes = @($doomed | Remove-ChatConversation -Confirm:$false -PassThru -ErrorAction Stop)

        $changes.Count | Should -Be 2
        $changes | ForEach-Object { $_.Action | Should -Be 'Delete' }
        Get-RequestCount -Command 'delete' | Should -Be 2
        @(Get-ChatConversation -Account $script:Owner | Where-Object { $_.PeerAccount -in 'user_0010', 'user_0011' }).Count | Should -Be 0
    }

    It 'deletes with -ClearHistory -Force without the extra prompt' {
        Remove-ChatConversation -Account $script:Owner -ConversationId 'group_@TGS#1B2AUI7RZ' -ClearHistory -Force -Confirm:$false -ErrorAction Stop
        Get-RequestCount -Command 'delete' | Should -Be 1
        @(Get-ChatConversation -Account $script:Owner -Type Group | Where-Object { $_.GroupId -eq '@TGS#1B2AUI7RZ' }).Count | Should -Be 0
    }

    It 'reports an unknown owner as a non-terminating AccountNotFound error targeting the change' {
        Remove-ChatConversation -Account 'nobody_here' -ConversationId 'c2c_user_0002' -Confirm:$false -ErrorVariable deleteErrors -ErrorAction SilentlyContinue
        $deleteErrors.Count | Should -Be 1
        $deleteErrors[0].FullyQualifiedErrorId | Should -BeLike 'AccountNotFound,*'
        $deleteErrors[0].TargetObject.ConversationId | Should -Be 'c2c_user_0002'
        $deleteErrors[0].TargetObject.ResultCode | Should -Be 50001
    }
}

Describe '-WhatIf sends nothing' {
    BeforeEach { Reset-TestEmulator }

    It 'list -> Remove-ChatConversation -WhatIf -> nothing changed (stats unchanged)' {
        $before = @(Get-ChatConversation -Account $script:Owner)
        $requestsBefore = Get-RequestCount

        $before | Remove-ChatConversation -ClearHistory -WhatIf

        Get-RequestCount | Should -Be $requestsBefore
        Get-RequestCount -Command 'delete' | Should -Be 0
        @(Get-ChatConversation -Account $script:Owner).Count | Should -Be $before.Count
    }

    It '<Name> -WhatIf makes zero requests' -ForEach @(
        @{ Name = 'Set-ChatConversationMark'; Run = { Set-ChatConversationMark -Account 'user_0001' -PeerAccount 'user_0002' -Set Star -WhatIf } }
        @{ Name = 'Add-ChatContactGroupMember'; Run = { Add-ChatContactGroupMember -Account 'user_0001' -PeerAccount 'user_0004' -ContactGroupName 'group_0001' -WhatIf } }
        @{ Name = 'Remove-ChatContactGroupMember'; Run = { Remove-ChatContactGroupMember -Account 'user_0001' -PeerAccount 'user_0002' -ContactGroupName 'group_0001' -WhatIf } }
        @{ Name = 'New-ChatContactGroup'; Run = { New-ChatContactGroup -Account 'user_0001' -Name 'whatif' -WhatIf } }
        @{ Name = 'Rename-ChatContactGroup'; Run = { Rename-ChatContactGroup -Account 'user_0001' -Name 'group_0001' -NewName 'renamed' -WhatIf } }
        @{ Name = 'Remove-ChatContactGroup'; Run = { Remove-ChatContactGroup -Account 'user_0001' -Name 'group_0001' -WhatIf } }
        @{ Name = 'Remove-ChatConversation'; Run = { Remove-ChatConversation -Account 'user_0001' -ConversationId 'c2c_user_0002' -WhatIf } }
        @{ Name = 'Set-ChatConversationPin'; Run = { Set-ChatConversationPin -Account 'user_0001' -PeerAccount 'user_0002' -WhatIf } }
    ) {
        & $Run
        Get-RequestCount | Should -Be 0
    }

    It '-Force does not override -WhatIf' {
        Remove-ChatConversation -Account $script:Owner -ConversationId 'c2c_user_0002' -ClearHistory -Force -WhatIf
        Get-RequestCount | Should -Be 0
    }
}

Describe 'Backup and restore' {
    BeforeEach { Reset-TestEmulator }

    It 'two lines back up, two lines restore marks, custom marks and groups (a;b, a and b); -WhatIf writes nothing' {
        New-ChatContactGroup -Account $script:Owner -Name 'a;b' -PeerAccount 'user_0004' -Confirm:$false -ErrorAction Stop
        New-ChatContactGroup -Account $script:Owner -Name 'a' -PeerAccount 'user_0005', 'user_0006' -Confirm:$false -ErrorAction Stop
        New-ChatContactGroup -Account $script:Owner -Name 'b' -PeerAccount 'user_0006' -Confirm:$false -ErrorAction Stop
        $state = { Get-ChatConversation -Account $script:Owner | Sort-Object ConversationId |
            ForEach-Object { '{0}|{1}|{2}|{3}' -f $_.ConversationId, ($_.Marks -join ','), $_.CustomMark, (($_.ContactGroupNames | Sort-Object) -join '/') } }
        $before = & $state
        $convs = Join-Path $TestDrive 'convs.csv'
        $groups = Join-Path $TestDrive 'groups.csv'

        Get-ChatConversation -Account $script:Owner | Export-Csv $convs -NoTypeInformation
        Get-ChatContactGroup -Account $script:Owner | Export-Csv $groups -NoTypeInformation

        Get-ChatContactGroup -Account $script:Owner | Remove-ChatContactGroup -Confirm:$false -ErrorAction Stop
        Set-ChatConversationMark -Account $script:Owner -PeerAccount 'user_0002' -Clear Unread -CustomMark 'changed' -Confirm:$false -ErrorAction Stop
        Set-ChatConversationMark -Account $script:Owner -PeerAccount 'user_0007' -Set Hide -CustomMark 'new' -Confirm:$false -ErrorAction Stop
        New-ChatContactGroup -Account $script:Owner -Name 'since' -PeerAccount 'user_0002', 'user_0007' -Confirm:$false -ErrorAction Stop
        (& $state) | Should -Not -Be $before

        $writes = { (Get-RequestCount -Command 'mark_contact') + (Get-RequestCount -Command 'update_contact_group') + (Get-RequestCount -Command 'create_contact_group') }
        $writesBefore = & $writes
        Import-Csv $convs | Set-ChatConversation -WhatIf -ErrorAction Stop
        & $writes | Should -Be $writesBefore

        Import-Csv $groups | New-ChatContactGroup -ErrorAction Stop
        Import-Csv $convs | Set-ChatConversation -Confirm:$false -ErrorAction Stop

        & $state | Should -Be $before
        (Get-ChatContactGroup -Account $script:Owner).Name | Should -Contain 'since'
    }

    It 'a CSV export restores every flipped pin; the rerun and -WhatIf send no top' {
        $pinned = { @(Get-ChatConversation -Account $script:Owner | Where-Object IsPinned | ForEach-Object ConversationId | Sort-Object) }
        Set-ChatConversationPin -Account $script:Owner -PeerAccount 'user_0005' -GroupId '@TGS#1B2AUI7RZ' -Confirm:$false -ErrorAction Stop
        $before = & $pinned
        $convs = Join-Path $TestDrive 'pins.csv'
        Get-ChatConversation -Account $script:Owner | Export-Csv $convs -NoTypeInformation

        $all = Get-ChatConversation -Account $script:Owner
        $all | Where-Object IsPinned | Set-ChatConversationPin -Unpin -Confirm:$false -ErrorAction Stop
        $all | Where-Object { -not $_.IsPinned } | Select-Object -First 10 | Set-ChatConversationPin -Confirm:$false -ErrorAction Stop
        (& $pinned) | Should -Not -Be $before

        $top = Get-RequestCount -Command 'top'
        Import-Csv $convs | Set-ChatConversation -WhatIf -ErrorAction Stop
        Get-RequestCount -Command 'top' | Should -Be $top
        Import-Csv $convs | Set-ChatConversation -Confirm:$false -ErrorAction Stop
        & $pinned | Should -Be $before
        $top = Get-RequestCount -Command 'top'
        Import-Csv $convs | Set-ChatConversation -Confirm:$false -ErrorAction Stop
        Get-RequestCount -Command 'top' | Should -Be $top
    }

    It 'Get-ChatConversation -EmptyOnly returns exactly what AssistFlags bit 1 adds' {
        $with = @(Get-ChatConversation -Account $script:Owner).ConversationId
        $without = @(Get-ChatConversation -Account $script:Owner -AssistFlags 61).ConversationId
        $added = @($with | Where-Object { $_ -notin $without })
        $added.Count | Should -BeGreaterThan 0
        @(Get-ChatConversation -Account $script:Owner -EmptyOnly).ConversationId | Should -Be $added
    }
}

Describe 'UserSig tools' {
    It 'New-ChatUserSig writes a SecureString by default and text only with -AsPlainText' {
        $secure = New-ChatUserSig -UserId 'user_0042' -Lifetime (New-TimeSpan -Hours 2)
        $secure | Should -BeOfType ([System.Security.SecureString])
        $plain = New-ChatUserSig -UserId 'user_0042' -AsPlainText
        $plain | Should -BeOfType ([string])
        $plain | Should -Match '^[A-Za-z0-9*_-]+$'
    }

    It 'ConvertFrom-ChatUserSig decodes, checks the HMAC with the session key and predicts the error' {
        $info = New-ChatUserSig -UserId 'user_0042' -Lifetime (New-TimeSpan -Hours 2) | ConvertFrom-ChatUserSig -Identifier 'user_0042'
        $info.Identifier | Should -Be 'user_0042'
        $info.SdkAppId | Should -Be $script:SdkAppId
        $info.SignatureValid | Should -BeTrue
        $info.IsExpired | Should -BeFalse
        $info.LikelyErrorCode | Should -Be 0

        $mismatch = New-ChatUserSig -UserId 'user_0042' | ConvertFrom-ChatUserSig -Identifier 'administrator'
        $mismatch.LikelyErrorCode | Should -Be 70013

        $wrongKey = ConvertTo-SecureString -String 'not-the-key' -AsPlainText -Force
        $foreign = New-ChatUserSig -UserId 'user_0042' -SdkAppId $script:SdkAppId -SecretKey $wrongKey | ConvertFrom-ChatUserSig
        $foreign.SignatureValid | Should -BeFalse
        $foreign.LikelyErrorCode | Should -Be 70009
    }

    It 'never writes the key or the signature' {
        $plain = New-ChatUserSig -UserId 'user_0042' -AsPlainText
        $text = (ConvertFrom-ChatUserSig -UserSig $plain | Format-List * | Out-String -Width 4096)
        $text.Contains($script:Key) | Should -BeFalse
        $text.Contains($plain) | Should -BeFalse
    }
}
