#Requires -Version 5.1
# Pester 5 round trips of the one-to-one message family (docs/messages.md) against the BUILT module and a BUILT emulator,
# started as tests/ConversationFamily.Tests.ps1 does (demo seed: user_0001..user_0012). Each test starts from the seed.
# Covers issue 25's "Done when" list.
#
# Run: ./build.ps1 -Task Test   (or: ./tools/Invoke-PesterTests.ps1 after a Build)

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestEnvironment.ps1')
    $script:Test = Start-ChatTestEnvironment -RepositoryRoot (Split-Path -Parent $PSScriptRoot) -Name 'messages'
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

    function Set-MessageHook {
        param([hashtable]$Settings)
        $null = Invoke-RestMethod -Uri "$($script:Emulator.BaseUri)/_emulator/messages" -Method Post -Body ($Settings | ConvertTo-Json) -ContentType 'application/json' -UseBasicParsing
    }
}

AfterAll {
    Disconnect-ChatAdmin -ErrorAction SilentlyContinue
    Stop-ChatTestEnvironment -Environment $script:Test
}

Describe 'One-to-one messages' {
    BeforeEach { Reset-TestEmulator }

    It 'sends to 1,200 recipients, 3 not imported, in 3 batches: 1,197 receipts and 3 errors targeting those 3' {
        $all = 1..1200 | ForEach-Object { 'pm_{0:D4}' -f $_ }
        $missing = 'pm_0010', 'pm_0500', 'pm_1200'
        $null = $all | Where-Object { $_ -notin $missing } | New-ChatAccount -ErrorAction Stop

        $receipts = @($all | Send-ChatMessage -From user_0001 -Text 'Maintenance tonight' -ErrorVariable failed -ErrorAction SilentlyContinue)

        Get-RequestCount -Command 'batchsendmsg' | Should -Be 3
        $receipts.Count | Should -Be 1197
        @($failed.TargetObject.To) | Should -Be $missing
        @($failed | ForEach-Object { $_.FullyQualifiedErrorId.Split(',')[0] } | Select-Object -Unique) | Should -Be 'AccountNotFound'
        @($failed.TargetObject.ResultCode | Select-Object -Unique) | Should -Be 70107
    }

    It 'reads 1,000 imported messages back once each, newest first, 30 of one second across a page boundary' {
        Set-MessageHook @{ RoamPageBytes = 100000000 }
        $base = [DateTimeOffset]::FromUnixTimeSeconds(1700000000)
        $null = 0..999 | ForEach-Object {
            $second = if ($_ -ge 885 -and $_ -lt 915) { 885 } else { $_ }
            [pscustomobject]@{ From_Account = 'user_0001'; To_Account = 'user_0002'; MsgTimeStamp = 1700000000 + $second; Text = "m$_"; MsgSeq = $_ + 1; MsgRandom = $_ + 1 }
        } | Import-ChatMessage -Historical -ErrorAction Stop

        $messages = @(Get-ChatMessage -Account user_0001 -Peer user_0002 -After $base -Before $base.AddSeconds(1000))

        $messages.Count | Should -Be 1000
        @($messages.MsgKey | Select-Object -Unique).Count | Should -Be 1000
        @($messages.Text) | Should -Be @(999..0 | ForEach-Object { "m$_" })
        @($messages | Where-Object { $_.Time -eq $base.AddSeconds(885) }).Count | Should -Be 30
        Get-RequestCount -Command 'admin_getroammsg' | Should -Be 10
    }

    It 'sends one request for -First 5' {
        $null = 1..150 | ForEach-Object { Import-ChatMessage -From user_0003 -To user_0004 -Time (Get-Date).AddMinutes(-$_) -Text "n$_" -Historical }
        $before = Get-RequestCount -Command 'admin_getroammsg'

        $first = @(Get-ChatMessage -Account user_0003 -Peer user_0004 | Select-Object -First 5)

        $first.Count | Should -Be 5
        (Get-RequestCount -Command 'admin_getroammsg') - $before | Should -Be 1
    }

    It 'round-trips every element type exactly through Export-Csv and Import-Csv | Import-ChatMessage into another pair' {
        $bodies = @(
            '[{"MsgType":"TIMTextElem","MsgContent":{"Text":"hi, beauty"}}]'
            '[{"MsgType":"TIMLocationElem","MsgContent":{"Desc":"someinfo","Latitude":29.340656774469956,"Longitude":116.77497920478824}}]'
            '[{"MsgType":"TIMFaceElem","MsgContent":{"Index":1,"Data":"content"}}]'
            '[{"MsgType":"TIMCustomElem","MsgContent":{"Data":"message","Desc":"notification","Ext":"url","Sound":"dingdong.aiff"}}]'
            '[{"MsgType":"TIMSoundElem","MsgContent":{"Url":"https://example.com/a.mp3","UUID":"305c0201","Size":62351,"Second":1,"Download_Flag":2}}]'
            '[{"MsgType":"TIMImageElem","MsgContent":{"UUID":"1853095_D6","ImageFormat":1,"ImageInfoArray":[{"Type":1,"Size":1853095,"Width":2448,"Height":3264,"URL":"http://example.com/1.jpg"}]}}]'
            '[{"MsgType":"TIMFileElem","MsgContent":{"Url":"https://example.com/a.pdf","UUID":"5_1400001_a","FileSize":1773552,"FileName":"a.pdf","Download_Flag":2}}]'
            '[{"MsgType":"TIMVideoFileElem","MsgContent":{"VideoUrl":"https://example.com/v.mp4","VideoUUID":"v1","VideoSize":1194603,"VideoSecond":5,"VideoFormat":"mp4","VideoDownloadFlag":2,"ThumbUrl":"https://example.com/t.jpg","ThumbUUID":"t1","ThumbSize":13907,"ThumbWidth":720,"ThumbHeight":1280,"ThumbFormat":"JPG","ThumbDownloadFlag":2}}]'
            '[{"MsgType":"TIMRelayElem","MsgContent":{"Title":"Chat history","MsgNum":1,"CompatibleText":"Upgrade","AbstractList":["a: hi"],"MsgList":[{"From_Account":"a","To_Account":"b","MsgSeq":1,"MsgRandom":2,"MsgTimeStamp":1700000000,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"hi"}}]}]}}]'
            '[{"MsgType":"TIMFutureElem","MsgContent":{"X":[1,2.50,{"y":null}]},"Extra":true}]'
        )
        for ($i = 0; $i -lt $bodies.Count; $i++) {
            $null = Import-ChatMessage -From user_0005 -To user_0006 -Time (Get-Date).AddMinutes(-($i + 1)) -MsgBody $bodies[$i] -CloudCustomData "cc$i" -ErrorAction Stop
        }
        $csv = Join-Path $TestDrive 'history.csv'
        Get-ChatMessage user_0005 user_0006 | Export-Csv $csv -NoTypeInformation

        $null = Import-Csv $csv | Import-ChatMessage -From user_0007 -To user_0008 -Historical -ErrorAction Stop

        $copied = @(Get-ChatMessage user_0008 user_0007)
        # Body 0 is the newest (a minute ago), so newest first is the list's order.
        @($copied.MsgBodyJson) | Should -Be $bodies
        @($copied.CloudCustomData) | Should -Be @(0..($bodies.Count - 1) | ForEach-Object { "cc$_" })
        # A rerun of the same import adds nothing.
        $null = Import-Csv $csv | Import-ChatMessage -From user_0007 -To user_0008 -Historical -ErrorAction Stop
        @(Get-ChatMessage user_0008 user_0007).Count | Should -Be $bodies.Count
    }

    It 'reads a recalled message back as IsRecalled' {
        $receipt = Send-ChatMessage -From user_0009 -To user_0010 -Text 'sent by mistake' -ErrorAction Stop
        $null = $receipt | Remove-ChatMessage -Confirm:$false -ErrorAction Stop

        $message = Get-ChatMessage -Account user_0010 -Peer user_0009
        $message.IsRecalled | Should -BeTrue
        $message.MsgKey | Should -Be $receipt.MsgKey
    }

    It 'refuses bad input with an ErrorRecord before any request, and -WhatIf sends nothing' {
        $before = Get-AllRequestCount
        { Send-ChatMessage -To user_0002 -Text ('x' * 13000) -ErrorAction Stop } | Should -Throw -ErrorId 'MessageTooLarge,TencentChat.Admin.Commands.SendChatMessageCommand'
        { Send-ChatMessage -To @() -Text hi -ErrorAction Stop } | Should -Throw
        { Send-ChatMessage -To '' -Text hi -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidAccount,TencentChat.Admin.Commands.SendChatMessageCommand'
        { Get-ChatMessage user_0001 user_0002 -After (Get-Date) -Before (Get-Date).AddDays(-1) -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidMessageTime,TencentChat.Admin.Commands.GetChatMessageCommand'
        Send-ChatMessage -To user_0002, user_0003 -Text 'hi' -WhatIf
        Remove-ChatMessage -From user_0001 -To user_0002 -MsgKey '1_2_3' -WhatIf
        (Get-AllRequestCount) - $before | Should -Be 0
    }

    It 'reads every one-to-one history of a user from Get-ChatConversation, skipping group conversations with one warning' {
        $null = Send-ChatMessage -From user_0011 -To user_0001 -Text 'hello 1'
        $messages = @(Get-ChatConversation -Account user_0001 | Get-ChatMessage -WarningVariable warned -WarningAction SilentlyContinue)
        @($messages | Where-Object Peer -eq 'user_0011').Count | Should -Be 1
        @($warned).Count | Should -Be 1
        "$($warned[0])" | Should -BeLike '*Get-ChatGroupMessage*'
    }

    It 'counts unread messages and clears them' {
        $null = Send-ChatMessage -From user_0001 -To user_0012 -Text 'a'
        $null = Send-ChatMessage -From user_0002 -To user_0012 -Text 'b'
        (Get-ChatUnreadCount -Account user_0012).UnreadCount | Should -Be 2
        (Get-ChatUnreadCount -Account user_0012 -Peer user_0001 | Set-ChatMessageRead -PassThru).UnreadCount | Should -Be 0
        (Get-ChatUnreadCount -Account user_0012).UnreadCount | Should -Be 1
    }

    It 'Archives of an hour download and expand to the messages sent in that hour' {
        $hour = [DateTimeOffset]::FromUnixTimeSeconds([DateTimeOffset]::UtcNow.ToUnixTimeSeconds() - [DateTimeOffset]::UtcNow.ToUnixTimeSeconds() % 3600)
        $null = Import-ChatMessage -From user_0001 -To user_0002 -Time $hour.AddMinutes(-1) -Text 'the hour before' -Historical
        $null = 1..3 | ForEach-Object { Send-ChatMessage -From user_0003 -To user_0004 -Text "archived $_" }
        $folder = Join-Path $TestDrive 'archives'

        $files = @(Get-ChatMessageArchive -After (Get-Date) | Save-ChatMessageArchive -Path $folder -Expand -ErrorAction Stop)

        $files.Count | Should -Be 1
        $files[0].Verified | Should -BeTrue
        $files[0].Hour.Offset | Should -Be ([TimeSpan]::FromHours(8))
        $messages = @(Get-Content -LiteralPath $files[0].ExpandedPath | ConvertFrom-Json)
        @($messages | ForEach-Object { $_.MsgBody[0].MsgContent.Text } | Sort-Object) | Should -Be @('archived 1', 'archived 2', 'archived 3')
        $messages | ForEach-Object { $_.MsgTimestamp | Should -BeGreaterOrEqual $hour.ToUnixTimeSeconds() }
        Get-RequestCount -Command 'get_history' | Should -Be 1
    }
}
