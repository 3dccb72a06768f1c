#Requires -Version 5.1
# Reversible probes of top (pin and unpin, spec §2.9) (Pester 5), run only with TENCENTCHAT_CONFORMANCE_ACCOUNT=<a test
# user> and TENCENTCHAT_CONFORMANCE_WRITES=1, on that one account. They record what the real service does at the points
# Tencent leaves undocumented: how many items one request takes (100 against 101, sent as unpins of a conversation that
# is not pinned, which change nothing), the code for a 51st pinned conversation (pinning up to 50 first, only on an
# account with at least 51 conversations), and a pin of a conversation the account does not have. The last test puts
# every pin back and checks that the account's pinned conversations are exactly as before; AfterAll does it again when
# a probe broke off. Without the opt-in every entry is recorded as not probed. See docs/conformance.md.

BeforeDiscovery {
    $script:WritesAllowed = ($env:TENCENTCHAT_CONFORMANCE_WRITES -eq '1') -and [bool]$env:TENCENTCHAT_CONFORMANCE_ACCOUNT
}

BeforeAll {
    . (Join-Path (Split-Path -Parent $PSScriptRoot) 'ConformanceSupport.ps1')
    $script:Target = Connect-ConformanceTarget
    $script:Assumed = [ordered]@{
        TopMaxItems            = '100 items: 0, 101 items: 51006'
        TopPinLimitCode        = 'pinning up to 50: 0; the 51st: 50002 and nothing more pinned; get_list lists the pinned ones first'
        TopMissingConversation = 'pinning a conversation the account does not have: 50002, and it is not listed afterwards'
    }
    # A made-up peer unique to the run: no conversation of the account has it.
    $script:MissingPeer = "$($script:Target.RunId)_top"
    $script:Restored = $false

    function Invoke-Probe {
        param([string]$Command, [hashtable]$Body)
        Invoke-ConformanceRequest -Target $script:Target -Command $Command -Body (@{ From_Account = $script:Target.Account } + $Body)
    }

    function Get-ProbeList {
        # Every conversation of the account in get_list's order, each as { Id; Item (top's spelling); Pinned }. Reads
        # the whole list (AssistFlags 7: pinned stream, empty conversations, pinned paging), relying on no order.
        $cursor = @{ TimeStamp = 0; StartIndex = 0; TopTimeStamp = 0; TopStartIndex = 0 }
        for ($page = 0; $page -lt 1000; $page++) {
            $answer = Invoke-Probe get_list (@{ AssistFlags = 7 } + $cursor)
            if ([int]$answer.ErrorCode -ne 0) { throw "get_list failed with $($answer.ErrorCode): $($answer.ErrorInfo)" }
            foreach ($item in @($answer.SessionItem | Where-Object { $_ })) {
                if ([int]$item.Type -eq 1) {
                    [pscustomobject]@{ Id = "c2c_$($item.To_Account)"; Item = @{ Type = 1; To_Account = [string]$item.To_Account }; Pinned = [int]$item.TopFlag -eq 1 }
                }
                else {
                    [pscustomobject]@{ Id = "group_$($item.GroupId)"; Item = @{ Type = 2; GroupId = [string]$item.GroupId }; Pinned = [int]$item.TopFlag -eq 1 }
                }
            }
            if ([int]$answer.CompleteFlag -eq 1) { return }
            $cursor = @{ TimeStamp = $answer.TimeStamp; StartIndex = $answer.StartIndex; TopTimeStamp = $answer.TopTimeStamp; TopStartIndex = $answer.TopStartIndex }
        }
    }

    function Get-PinnedIds { @(Get-ProbeList | Where-Object Pinned | ForEach-Object Id | Sort-Object) }

    function Set-ProbePin {
        # top for these conversations, 50 per request (within any likely cap); returns the codes.
        param([object[]]$Conversations, [int]$OperationType)
        for ($i = 0; $i -lt $Conversations.Count; $i += 50) {
            $chunk = @($Conversations[$i..([Math]::Min($i + 50, $Conversations.Count) - 1)])
            Get-ConformanceCode (Invoke-Probe top @{ OperationType = $OperationType; RecentContactItem = @($chunk | ForEach-Object Item) })
        }
    }

    function Restore-ProbePins {
        # Unpins what the probes pinned, pins back what was pinned before, and takes out a made-up conversation that a
        # service which creates one on pin may have added; idempotent.
        $list = @(Get-ProbeList)
        $null = Set-ProbePin -Conversations @($list | Where-Object { $_.Pinned -and $script:Before -notcontains $_.Id }) -OperationType 2
        $null = Set-ProbePin -Conversations @($list | Where-Object { -not $_.Pinned -and $script:Before -contains $_.Id }) -OperationType 1
        if ($list | Where-Object Id -eq "c2c_$($script:MissingPeer)") {
            $null = Invoke-Probe delete @{ Type = 1; To_Account = $script:MissingPeer; ClearRamble = 0 }
        }
        $script:Restored = $true
    }

    if ($script:Target.Writes) {
        $script:Before = Get-PinnedIds
    }
}

AfterAll {
    if ($script:Target -and $script:Target.Writes -and $null -ne $script:Before -and -not $script:Restored) {
        Restore-ProbePins
        Assert-ConformanceUnchanged -Before $script:Before -After (Get-PinnedIds) -What 'pinned conversations'
    }
}

Describe 'Conformance of top (writes not opted in)' -Skip:$script:WritesAllowed {
    It 'records every pin probe as not probed' {
        Add-ConformanceNotProbed -Assumed $script:Assumed | Should -Be $null
    }
}

Describe 'Conformance of top (reversible pins on the test account)' -Skip:(-not $script:WritesAllowed) {
    It 'TopMaxItems: top takes 100 items and refuses 101' {
        # Unpins of one conversation that is not pinned: nothing changes, whatever the answer.
        $general = @(Get-ProbeList | Where-Object { -not $_.Pinned }) | Select-Object -First 1
        if (-not $general) {
            Add-ConformanceEntry -Name TopMaxItems -Assumed $script:Assumed.TopMaxItems -Observed 'not probed: every conversation of the account is pinned' -Agrees $null
            return
        }
        $at = Get-ConformanceCode (Invoke-Probe top @{ OperationType = 2; RecentContactItem = @(1..100 | ForEach-Object { $general.Item }) })
        $over = Get-ConformanceCode (Invoke-Probe top @{ OperationType = 2; RecentContactItem = @(1..101 | ForEach-Object { $general.Item }) })
        Add-ConformanceEntry -Name TopMaxItems -Assumed $script:Assumed.TopMaxItems -Observed "100 items: $at, 101 items: $over" `
            -Agrees ($at -eq '0' -and $over -eq '51006') | Should -BeTrue
    }

    It 'TopPinLimitCode: a 51st pinned conversation is refused (probed on an account with at least 51 conversations)' {
        $list = @(Get-ProbeList)
        $pinned = @($list | Where-Object Pinned).Count
        $general = @($list | Where-Object { -not $_.Pinned })
        if ($list.Count -lt 51 -or $pinned -gt 50) {
            Add-ConformanceEntry -Name TopPinLimitCode -Assumed $script:Assumed.TopPinLimitCode `
                -Observed "not probed: the account has $($list.Count) conversations, $pinned pinned (51 needed, at most 50 pinned)" -Agrees $null
            return
        }
        $fill = @($general | Select-Object -First (50 - $pinned))
        $toFifty = @(Set-ProbePin -Conversations $fill -OperationType 1) -join '/'
        $over = Get-ConformanceCode (Invoke-Probe top @{ OperationType = 1; RecentContactItem = @($general[$fill.Count].Item) })
        $after = @(Get-ProbeList)
        $count = @($after | Where-Object Pinned).Count
        # The module reads a pinned set only up to the first conversation that is not pinned (ConversationPinning).
        $firstGeneral = [array]::FindIndex([object[]]$after, [Predicate[object]] { param($c) -not $c.Pinned })
        $pinnedFirst = $firstGeneral -lt 0 -or -not @($after | Select-Object -Skip $firstGeneral | Where-Object Pinned)
        $observed = "pinning up to 50: $(if ($toFifty) { $toFifty } else { 'none needed' }); the 51st: $over; pinned afterwards: $count; pinned listed first: $pinnedFirst"
        Add-ConformanceEntry -Name TopPinLimitCode -Assumed $script:Assumed.TopPinLimitCode -Observed $observed `
            -Agrees ((-not $toFifty -or $toFifty -match '^0(/0)*$') -and $over -eq '50002' -and $count -eq 50 -and $pinnedFirst) | Should -BeTrue
    }

    It 'TopMissingConversation: pinning a conversation the account does not have is refused' {
        $code = Get-ConformanceCode (Invoke-Probe top @{ OperationType = 1; RecentContactItem = @(@{ Type = 1; To_Account = $script:MissingPeer }) })
        $listed = [bool](Get-ProbeList | Where-Object Id -eq "c2c_$($script:MissingPeer)")
        Add-ConformanceEntry -Name TopMissingConversation -Assumed $script:Assumed.TopMissingConversation -Observed "$code, listed afterwards: $listed" `
            -Agrees ($code -eq '50002' -and -not $listed) | Should -BeTrue
    }

    It 'leaves the account''s pinned conversations exactly as they were' {
        Restore-ProbePins
        (Get-PinnedIds) -join "`n" | Should -Be ($script:Before -join "`n")
    }
}
