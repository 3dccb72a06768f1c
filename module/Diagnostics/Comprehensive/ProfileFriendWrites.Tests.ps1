#Requires -Version 5.1
# Reversible write probes of the relationship family (Pester 5), run only with TENCENTCHAT_CONFORMANCE_WRITES=1 and two
# test accounts: TENCENTCHAT_CONFORMANCE_ACCOUNT and TENCENTCHAT_CONFORMANCE_PEER, which must be neither friends nor
# blocked either way (blocking would end a friendship, which cannot be put back with its data). Each probe makes the
# same request twice and records the second answer's code, then puts things back; the last test checks that the two
# accounts stand to each other exactly as before. Without the opt-in every entry is recorded as not probed.
# See docs/conformance.md and docs/profiles-friends.md.

BeforeDiscovery {
    $script:WritesAllowed = ($env:TENCENTCHAT_CONFORMANCE_WRITES -eq '1') -and [bool]$env:TENCENTCHAT_CONFORMANCE_ACCOUNT -and [bool]$env:TENCENTCHAT_CONFORMANCE_PEER
}

BeforeAll {
    . (Join-Path (Split-Path -Parent $PSScriptRoot) 'ConformanceSupport.ps1')
    $script:Target = Connect-ConformanceTarget
    $script:Peer = $env:TENCENTCHAT_CONFORMANCE_PEER
    $script:Assumed = [ordered]@{
        DuplicateAddCode   = 'a second friend_add of a friend: 30520 per item, request OK'
        DuplicateBlockCode = 'a second black_list_add: 31307 (or 30001 _Already_Exist) per item, request OK'
    }

    function Invoke-Sns {
        param([string]$Command, [hashtable]$Body)
        Invoke-ConformanceRequest -Target $script:Target -Service sns -Command $Command -Body (@{ From_Account = $script:Target.Account } + $Body)
    }

    function Get-PairState {
        # How the two accounts stand: friend_check and black_list_check both ways, as text lines.
        $friends = Invoke-Sns friend_check @{ To_Account = @($script:Peer); CheckType = 'CheckResult_Type_Both' }
        $blocks = Invoke-Sns black_list_check @{ To_Account = @($script:Peer); CheckType = 'BlackCheckResult_Type_Both' }
        @("friend $(@($friends.InfoItem)[0].Relation) ($($friends.ErrorCode))", "block $(@($blocks.BlackListCheckItem)[0].Relation) ($($blocks.ErrorCode))")
    }

    function Get-ItemCode {
        param($Answer)
        if ([int]$Answer.ErrorCode -ne 0) { return "request $($Answer.ErrorCode)" }
        $item = @($Answer.ResultItem | Where-Object { $_ }) | Select-Object -First 1
        "$($item.ResultCode) $($item.ResultInfo)".Trim()
    }

    if ($script:Peer) { $script:Before = @(Get-PairState) }
    $script:Unrelated = ($script:Before -join "`n") -eq "friend CheckResult_Type_NoRelation (0)`nblock BlackCheckResult_Type_NO (0)"
}

Describe 'Conformance of friends and blocklists (reversible writes)' {
    It 'records every entry as not probed without the write opt-in and two test accounts' -Skip:$script:WritesAllowed {
        Add-ConformanceNotProbed -Assumed $script:Assumed
    }

    It 'DuplicateAddCode: adding a friend twice' -Skip:(-not $script:WritesAllowed) {
        if (-not $script:Unrelated) {
            Add-ConformanceEntry -Name DuplicateAddCode -Assumed $script:Assumed.DuplicateAddCode -Observed "not probed: the test accounts are related ($($script:Before -join ', '))" -Agrees $null
            return
        }
        $item = @{ AddFriendItem = @(@{ To_Account = $script:Peer; AddSource = 'AddSource_Type_Probe' }); AddType = 'Add_Type_Single'; ForceAddFlags = 1 }
        try {
            $first = Get-ItemCode (Invoke-Sns friend_add $item)
            $second = Get-ItemCode (Invoke-Sns friend_add $item)
        }
        finally {
            $null = Invoke-Sns friend_delete @{ To_Account = @($script:Peer); DeleteType = 'Delete_Type_Single' }
        }
        Add-ConformanceEntry -Name DuplicateAddCode -Assumed $script:Assumed.DuplicateAddCode -Observed "first: $first; second: $second" `
            -Agrees ($first -like '0*' -and $second -like '30520*') | Should -Not -Be $false
    }

    It 'DuplicateBlockCode: blocking a user twice' -Skip:(-not $script:WritesAllowed) {
        if (-not $script:Unrelated) {
            Add-ConformanceEntry -Name DuplicateBlockCode -Assumed $script:Assumed.DuplicateBlockCode -Observed "not probed: the test accounts are related ($($script:Before -join ', '))" -Agrees $null
            return
        }
        $body = @{ To_Account = @($script:Peer) }
        try {
            $first = Get-ItemCode (Invoke-Sns black_list_add $body)
            $second = Get-ItemCode (Invoke-Sns black_list_add $body)
        }
        finally {
            $null = Invoke-Sns black_list_delete $body
        }
        Add-ConformanceEntry -Name DuplicateBlockCode -Assumed $script:Assumed.DuplicateBlockCode -Observed "first: $first; second: $second" `
            -Agrees ($first -like '0*' -and ($second -like '31307*' -or $second -like '30001*_Already_Exist')) | Should -Not -Be $false
    }

    It 'leaves the two accounts as they were' -Skip:(-not $script:WritesAllowed) {
        Assert-ConformanceUnchanged -Before $script:Before -After @(Get-PairState) -What 'friend and block relations'
    }
}
