#Requires -Version 5.1
# Reversible write probes of the group family (Pester 5; docs/groups.md), run only with
# TENCENTCHAT_CONFORMANCE_ACCOUNT=<a test user> and TENCENTCHAT_CONFORMANCE_WRITES=1. Each creates a temporary group
# whose name carries the run's id, with no owner, records Tencent's answer and destroys the group again (in finally);
# AfterAll destroys whatever a broken-off probe left. The only account named is the test account, added to a temporary
# group and gone with it. Without the opt-in every entry is recorded as not probed. See docs/conformance.md.

BeforeDiscovery {
    $script:WritesAllowed = ($env:TENCENTCHAT_CONFORMANCE_WRITES -eq '1') -and [bool]$env:TENCENTCHAT_CONFORMANCE_ACCOUNT
}

BeforeAll {
    . (Join-Path (Split-Path -Parent $PSScriptRoot) 'ConformanceSupport.ps1')
    $script:Target = Connect-ConformanceTarget
    $script:Assumed = [ordered]@{
        ChatGroupAddMaxItems           = 'add_group_member takes 20 members per request (the module sends 20)'
        ChatGroupAVChatRoomMembersCode = '10007'
        ChatGroupNameTooLongCode       = '101 bytes: 10004'
    }
    $script:Created = New-Object System.Collections.Generic.List[string]

    function New-ProbeGroup {
        param([string]$Type, [string]$Name = "$($script:Target.RunId)_probe")
        $answer = Invoke-GroupProbe -Command create_group -Body @{ Type = $Type; Name = $Name }
        if ($answer.PSObject.Properties['Failed']) { throw "create_group ($Type) failed with $($answer.ErrorCode)." }
        $script:Created.Add($answer.GroupId)
        $answer.GroupId
    }

    function Remove-ProbeGroup {
        param([string]$GroupId)
        $null = Invoke-GroupProbe -Command destroy_group -Body @{ GroupId = $GroupId }
        $null = $script:Created.Remove($GroupId)
    }
}

AfterAll {
    foreach ($id in @($script:Created)) { $null = Invoke-GroupProbe -Command destroy_group -Body @{ GroupId = $id } }
}

Describe 'Group conformance (writes not opted in)' -Skip:$script:WritesAllowed {
    It 'records every group write probe as not probed' {
        Add-ConformanceNotProbed -Assumed $script:Assumed | Should -Be $null
    }
}

Describe 'Group conformance (reversible writes on a temporary group)' -Skip:(-not $script:WritesAllowed) {
    It 'ChatGroupAddMaxItems: the largest MemberList add_group_member takes (20 / 300 / 500 documented)' {
        # The test account repeated: the list's length is what is measured, and only that account joins the group.
        $group = New-ProbeGroup -Type Public
        try {
            $codes = [ordered]@{}
            foreach ($size in 20, 21, 300, 301, 500, 501) {
                $list = @(1..$size | ForEach-Object { @{ Member_Account = $script:Target.Account } })
                $codes["$size"] = Get-ProbeCode (Invoke-GroupProbe -Command add_group_member -Body @{ GroupId = $group; Silence = 1; MemberList = $list })
            }
        }
        finally {
            Remove-ProbeGroup -GroupId $group
        }
        $accepted = @($codes.Keys | Where-Object { $codes[$_] -eq '0' } | ForEach-Object { [int]$_ })
        $largest = if ($accepted.Count) { ($accepted | Measure-Object -Maximum).Maximum } else { 0 }
        $observed = "largest accepted $largest (" + (($codes.Keys | ForEach-Object { "$($_): $($codes[$_])" }) -join ', ') + ')'
        Add-ConformanceEntry -Name ChatGroupAddMaxItems -Assumed $script:Assumed.ChatGroupAddMaxItems -Observed $observed -Agrees ($codes['20'] -eq '0') |
            Should -BeTrue
    }

    It 'ChatGroupAVChatRoomMembersCode: get_group_member_info of an AVChatRoom is refused, with which code' {
        $group = New-ProbeGroup -Type AVChatRoom
        try {
            $code = Get-ProbeCode (Invoke-GroupProbe -Command get_group_member_info -Body @{ GroupId = $group; Limit = 10; Offset = 0 })
        }
        finally {
            Remove-ProbeGroup -GroupId $group
        }
        Add-ConformanceEntry -Name ChatGroupAVChatRoomMembersCode -Assumed '10007' -Observed $code -Agrees ($code -eq '10007') | Should -BeTrue
    }

    It 'ChatGroupNameTooLongCode: create_group with a 31-byte and a 101-byte Name' {
        $codes = [ordered]@{}
        foreach ($length in 31, 101) {
            $answer = Invoke-GroupProbe -Command create_group -Body @{ Type = 'Public'; Name = ('n' * $length) }
            if (-not $answer.PSObject.Properties['Failed']) { Remove-ProbeGroup -GroupId $answer.GroupId }
            $codes["$length bytes"] = Get-ProbeCode $answer
        }
        $observed = ($codes.Keys | ForEach-Object { "$($_): $($codes[$_])" }) -join ', '
        Add-ConformanceEntry -Name ChatGroupNameTooLongCode -Assumed $script:Assumed.ChatGroupNameTooLongCode -Observed $observed `
            -Agrees ($codes['101 bytes'] -eq '10004') | Should -BeTrue
    }

    It 'leaves no temporary group behind' {
        @($script:Created).Count | Should -Be 0
    }
}
