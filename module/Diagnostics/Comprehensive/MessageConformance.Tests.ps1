#Requires -Version 5.1
# One-to-one message probes (Pester 5), run only with TENCENTCHAT_CONFORMANCE_WRITES=1, TENCENTCHAT_CONFORMANCE_ACCOUNT
# and TENCENTCHAT_CONFORMANCE_PEER: two test users the admin gives. Sends are online-only (OnlineOnlyFlag 1: nothing
# stored, no unread count); the paging probe imports four messages between the two, three days back, and recalls them
# at the end (a recall cannot be undone; the recalled messages stay listed with MsgFlagBits 8). Without the opt-in every
# entry is recorded as not probed. See docs/conformance.md and docs/messages.md.

BeforeDiscovery {
    $script:WritesAllowed = ($env:TENCENTCHAT_CONFORMANCE_WRITES -eq '1') -and [bool]$env:TENCENTCHAT_CONFORMANCE_ACCOUNT -and [bool]$env:TENCENTCHAT_CONFORMANCE_PEER
}

BeforeAll {
    . (Join-Path (Split-Path -Parent $PSScriptRoot) 'ConformanceSupport.ps1')
    $script:Target = Connect-ConformanceTarget
    $script:Peer = $env:TENCENTCHAT_CONFORMANCE_PEER
    $script:Assumed = [ordered]@{
        MessageHistoryPaging = 'pages ascending; MinTime and MaxTime inclusive; LastMsgKey leaves out itself and what follows it in its second'
        MessageBatchShape    = 'one known + one unknown: SomeError, ErrorCode 0, ErrorList [unknown 70107]; two unknown: 90012'
        MessageUnknownSender = '20003'
        MessageSizeLimit     = '10,000 bytes: 0; 12,400 bytes: 93000 (limit 12 KB)'
    }

    function Invoke-OpenIm {
        param([string]$Command, [hashtable]$Body)
        Invoke-ConformanceRequest -Target $script:Target -Service openim -Command $Command -Body $Body
    }

    function New-TextBody([string]$Text) { , @(@{ MsgType = 'TIMTextElem'; MsgContent = @{ Text = $Text } }) }

    function Send-OnlineOnly {
        # A send nobody stores (OnlineOnlyFlag 1), so the probe leaves no history.
        param([string]$Command, [hashtable]$Fields, [string]$Text = 'conformance probe')
        Invoke-OpenIm $Command (@{ MsgRandom = (Get-Random -Maximum 2147483647); OnlineOnlyFlag = 1; MsgBody = (New-TextBody $Text) } + $Fields)
    }
}

Describe 'Message conformance (writes not opted in)' -Skip:$script:WritesAllowed {
    It 'records every message probe as not probed' {
        Add-ConformanceNotProbed -Assumed $script:Assumed | Should -Be $null
    }
}

Describe 'Message conformance (between the two test accounts)' -Skip:(-not $script:WritesAllowed) {
    It 'MessageHistoryPaging: in-page order, inclusive bounds, same-second exclusion by LastMsgKey' {
        $account = $script:Target.Account
        $t = [DateTimeOffset]::UtcNow.ToUnixTimeSeconds() - 3 * 86400
        $random = Get-Random -Minimum 1 -Maximum 2147483647
        $imports = @(@{ Seq = 1; Time = $t - 1 }, @{ Seq = 2; Time = $t }, @{ Seq = 3; Time = $t }, @{ Seq = 4; Time = $t + 1 })
        foreach ($m in $imports) {
            $null = Invoke-OpenIm importmsg @{ SyncFromOldSystem = 2; From_Account = $account; To_Account = $script:Peer; MsgSeq = $m.Seq
                MsgRandom = $random; MsgTimeStamp = $m.Time; MsgBody = (New-TextBody "probe $($m.Seq)") }
        }
        function Read-Page([long]$Max, [int]$Count, [string]$LastKey) {
            $body = @{ Operator_Account = $account; Peer_Account = $script:Peer; MaxCnt = $Count; MinTime = $t - 1; MaxTime = $Max }
            if ($LastKey) { $body.LastMsgKey = $LastKey }
            Invoke-OpenIm admin_getroammsg $body
        }
        function Seqs($answer) { @($answer.MsgList | Where-Object { $_ -and $_.MsgRandom -eq $random } | ForEach-Object { [int]$_.MsgSeq }) -join ',' }
        try {
            $full = Read-Page $t 10 $null
            $first = Read-Page $t 2 $null
            $second = Read-Page ([long]$first.LastMsgTime) 2 ([string]$first.LastMsgKey)
            $observed = "range [t-1, t], MaxCnt 10: [$(Seqs $full)]; MaxCnt 2: [$(Seqs $first)] LastMsgKey $($first.LastMsgKey); next: [$(Seqs $second)]"
            $agrees = (Seqs $full) -eq '1,2,3' -and (Seqs $first) -eq '2,3' -and (Seqs $second) -eq '1'
        }
        finally {
            $all = Invoke-OpenIm admin_getroammsg @{ Operator_Account = $account; Peer_Account = $script:Peer; MaxCnt = 20; MinTime = $t - 1; MaxTime = $t + 1 }
            foreach ($m in @($all.MsgList | Where-Object { $_ -and $_.MsgRandom -eq $random })) {
                $null = Invoke-OpenIm admin_msgwithdraw @{ From_Account = $m.From_Account; To_Account = $m.To_Account; MsgKey = $m.MsgKey }
            }
        }
        Add-ConformanceEntry -Name MessageHistoryPaging -Assumed $script:Assumed.MessageHistoryPaging -Observed $observed -Agrees $agrees | Should -BeTrue
    }

    It 'MessageBatchShape: batchsendmsg with one unknown recipient, then with two' {
        $ghost = "$($script:Target.RunId)_ghost"
        $mixed = Send-OnlineOnly batchsendmsg @{ From_Account = $script:Target.Account; To_Account = @($script:Peer, "${ghost}1") }
        $unknown = Send-OnlineOnly batchsendmsg @{ From_Account = $script:Target.Account; To_Account = @("${ghost}1", "${ghost}2") }
        $list = @($mixed.ErrorList | Where-Object { $_ } | ForEach-Object { "$($_.To_Account -replace [regex]::Escape($script:Target.RunId), 'run') $($_.ErrorCode)" }) -join '; '
        $unknownList = @($unknown.ErrorList | Where-Object { $_ }).Count
        $observed = "mixed: $($mixed.ActionStatus), $($mixed.ErrorCode), ErrorList [$list]; two unknown: $($unknown.ActionStatus), $($unknown.ErrorCode), $unknownList ErrorList entries"
        $agrees = $mixed.ActionStatus -eq 'SomeError' -and [int]$mixed.ErrorCode -eq 0 -and $list -eq 'run_ghost1 70107' -and [int]$unknown.ErrorCode -eq 90012
        Add-ConformanceEntry -Name MessageBatchShape -Assumed $script:Assumed.MessageBatchShape -Observed $observed -Agrees $agrees | Should -BeTrue
    }

    It 'MessageUnknownSender: sendmsg from an account that does not exist' {
        $answer = Send-OnlineOnly sendmsg @{ From_Account = "$($script:Target.RunId)_nobody"; To_Account = $script:Peer }
        $code = Get-ConformanceCode $answer
        Add-ConformanceEntry -Name MessageUnknownSender -Assumed $script:Assumed.MessageUnknownSender -Observed $code -Agrees ($code -eq '20003') | Should -BeTrue
    }

    It 'MessageSizeLimit: a 10,000-byte and a 12,400-byte message' {
        # The body's JSON is 52 bytes around the text.
        $small = Get-ConformanceCode (Send-OnlineOnly sendmsg @{ From_Account = $script:Target.Account; To_Account = $script:Peer } -Text ('a' * (10000 - 52)))
        $large = Get-ConformanceCode (Send-OnlineOnly sendmsg @{ From_Account = $script:Target.Account; To_Account = $script:Peer } -Text ('a' * (12400 - 52)))
        $observed = "10,000 bytes: $small; 12,400 bytes: $large"
        Add-ConformanceEntry -Name MessageSizeLimit -Assumed $script:Assumed.MessageSizeLimit -Observed $observed -Agrees ($small -eq '0' -and $large -eq '93000') | Should -BeTrue
    }
}
