#Requires -Version 5.1
# Reversible write probes of the group message and migration commands (Pester 5; docs/groups.md), run only with
# TENCENTCHAT_CONFORMANCE_ACCOUNT=<a test user> and TENCENTCHAT_CONFORMANCE_WRITES=1. Each imports or creates a temporary
# group whose name carries the run's id, with no owner, records Tencent's answer and destroys the group again (in
# finally); AfterAll destroys whatever a broken-off probe left. The only account named is the test account, imported
# into or sending to a temporary group and gone with it. Without the opt-in every entry is recorded as not probed.

BeforeDiscovery {
    $script:WritesAllowed = ($env:TENCENTCHAT_CONFORMANCE_WRITES -eq '1') -and [bool]$env:TENCENTCHAT_CONFORMANCE_ACCOUNT
}

BeforeAll {
    . (Join-Path (Split-Path -Parent $PSScriptRoot) 'ConformanceSupport.ps1')
    $script:Target = Connect-ConformanceTarget
    $script:Assumed = [ordered]@{
        GroupImportMemberMaxItems = 'import_group_member takes 20 members per request (the module sends 20)'
        GroupMessageSeqDirection  = 'a later message has a larger MsgSeq, and history lists the newest first'
        GroupSenderRecallMark     = "delete_group_msg_by_sender leaves the messages as recalled: IsPlaceMsg 2 with WithRecalledMsg 1"
    }
    $script:Created = New-Object System.Collections.Generic.List[string]

    function New-ProbeGroup {
        # An hour old (import_group's CreateTime), so that members may be imported with a join time before now.
        $answer = Invoke-GroupProbe -Command import_group -Body @{
            Type = 'Public'; Name = "$($script:Target.RunId)_msgprobe"; CreateTime = [DateTimeOffset]::UtcNow.ToUnixTimeSeconds() - 3600
        }
        if ($answer.PSObject.Properties['Failed']) { throw "import_group failed with $($answer.ErrorCode)." }
        $script:Created.Add($answer.GroupId)
        $answer.GroupId
    }

    function Remove-ProbeGroup {
        param([string]$GroupId)
        $null = Invoke-GroupProbe -Command destroy_group -Body @{ GroupId = $GroupId }
        $null = $script:Created.Remove($GroupId)
    }

    function Send-ProbeMessage {
        param([string]$GroupId, [string]$Text, [string]$From)
        $body = @{ GroupId = $GroupId; Random = Get-Random -Minimum 1 -Maximum 2147483647; MsgBody = @(@{ MsgType = 'TIMTextElem'; MsgContent = @{ Text = $Text } }) }
        if ($From) { $body.From_Account = $From }
        Invoke-GroupProbe -Command send_group_msg -Body $body
    }
}

AfterAll {
    foreach ($id in @($script:Created)) { $null = Invoke-GroupProbe -Command destroy_group -Body @{ GroupId = $id } }
}

Describe 'Group message conformance (writes not opted in)' -Skip:$script:WritesAllowed {
    It 'records every group message write probe as not probed' {
        Add-ConformanceNotProbed -Assumed $script:Assumed | Should -Be $null
    }
}

Describe 'Group message conformance (reversible writes on a temporary group)' -Skip:(-not $script:WritesAllowed) {
    It 'GroupImportMemberMaxItems: the largest MemberList import_group_member takes (20 / 100 / 300 / 500 documented)' {
        # The test account repeated: the list's length is what is measured, and only that account joins the group.
        $group = New-ProbeGroup
        try {
            $codes = [ordered]@{}
            foreach ($size in 20, 21, 100, 101, 300, 301, 500, 501) {
                $list = @(1..$size | ForEach-Object { @{ Member_Account = $script:Target.Account } })
                $codes["$size"] = Get-ProbeCode (Invoke-GroupProbe -Command import_group_member -Body @{ GroupId = $group; MemberList = $list })
            }
        }
        finally {
            Remove-ProbeGroup -GroupId $group
        }
        $accepted = @($codes.Keys | Where-Object { $codes[$_] -eq '0' } | ForEach-Object { [int]$_ })
        $largest = if ($accepted.Count) { ($accepted | Measure-Object -Maximum).Maximum } else { 0 }
        $observed = "largest accepted $largest (" + (($codes.Keys | ForEach-Object { "$($_): $($codes[$_])" }) -join ', ') + ')'
        Add-ConformanceEntry -Name GroupImportMemberMaxItems -Assumed $script:Assumed.GroupImportMemberMaxItems -Observed $observed -Agrees ($codes['20'] -eq '0') |
            Should -BeTrue
    }

    It 'GroupMessageSeqDirection: two messages sent one after the other, then group_msg_get_simple' {
        $group = New-ProbeGroup
        try {
            $first = Send-ProbeMessage -GroupId $group -Text 'first'
            $second = Send-ProbeMessage -GroupId $group -Text 'second'
            $history = Invoke-GroupProbe -Command group_msg_get_simple -Body @{ GroupId = $group; ReqMsgNumber = 2 }
        }
        finally {
            Remove-ProbeGroup -GroupId $group
        }
        $listed = @($history.RspMsgList | ForEach-Object { [long]$_.MsgSeq })
        $observed = "sent seqs $($first.MsgSeq), $($second.MsgSeq); history lists $($listed -join ', ')"
        $agrees = ([long]$second.MsgSeq -gt [long]$first.MsgSeq) -and $listed.Count -eq 2 -and $listed[0] -eq [long]$second.MsgSeq
        Add-ConformanceEntry -Name GroupMessageSeqDirection -Assumed $script:Assumed.GroupMessageSeqDirection -Observed $observed -Agrees $agrees | Should -BeTrue
    }

    It 'GroupSenderRecallMark: what delete_group_msg_by_sender leaves in the history' {
        $group = New-ProbeGroup
        try {
            $null = Send-ProbeMessage -GroupId $group -Text 'probe' -From $script:Target.Account
            $code = Get-ProbeCode (Invoke-GroupProbe -Command delete_group_msg_by_sender -Body @{ GroupId = $group; Sender_Account = $script:Target.Account })
            $history = Invoke-GroupProbe -Command group_msg_get_simple -Body @{ GroupId = $group; ReqMsgNumber = 5; WithRecalledMsg = 1 }
        }
        finally {
            Remove-ProbeGroup -GroupId $group
        }
        $marks = @($history.RspMsgList | ForEach-Object { [int]$_.IsPlaceMsg })
        $observed = "delete_group_msg_by_sender: $code; IsPlaceMsg of the message: $($marks -join ', ')"
        Add-ConformanceEntry -Name GroupSenderRecallMark -Assumed $script:Assumed.GroupSenderRecallMark -Observed $observed `
            -Agrees ($code -eq '0' -and $marks.Count -eq 1 -and $marks[0] -eq 2) | Should -BeTrue
    }

    It 'leaves no temporary group behind' {
        @($script:Created).Count | Should -Be 0
    }
}
