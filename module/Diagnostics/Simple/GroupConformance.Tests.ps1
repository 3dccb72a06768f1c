#Requires -Version 5.1
# Read-only conformance probes of the group family (Pester 5; docs/groups.md): what the module assumes about
# v4/group_open_http_svc against what the connected endpoint answers. They read and change nothing but the answers of
# get_appid_group_list and get_group_info. Each It records one entry of out/conformance/report.json.
# See docs/conformance.md.

BeforeAll {
    . (Join-Path (Split-Path -Parent $PSScriptRoot) 'ConformanceSupport.ps1')
    $script:Target = Connect-ConformanceTarget
}

Describe 'Group conformance (read-only)' {
    It 'ChatGroupMissingCode: get_group_info answers a missing GroupId with its own ErrorCode 10010 and the request OK' {
        $answer = Invoke-GroupProbe -Command get_group_info -Body @{ GroupIdList = @("@TGS#2$($script:Target.RunId.ToUpperInvariant())") }
        $item = @($answer.GroupInfo) | Select-Object -First 1
        $observed = if ($answer.PSObject.Properties['Failed']) { "the request failed with $($answer.ErrorCode)" }
        elseif ($null -eq $item) { 'no GroupInfo item' }
        else { "per-item ErrorCode $($item.ErrorCode)" }
        Add-ConformanceEntry -Name ChatGroupMissingCode -Assumed 'per-item ErrorCode 10010' -Observed $observed -Agrees ($observed -eq 'per-item ErrorCode 10010') |
            Should -BeTrue
    }

    It 'ChatGroupListOrder: the order of get_appid_group_list (the module assumes none; the emulator lists in creation order)' {
        $answer = Invoke-GroupProbe -Command get_appid_group_list -Body @{ Limit = 50; Next = 0 }
        $ids = @($answer.GroupIdList | ForEach-Object { $_.GroupId } | Where-Object { $_ })
        $observed = if ($answer.PSObject.Properties['Failed']) { "the listing failed with $($answer.ErrorCode)" }
        elseif ($ids.Count -lt 2) { "$($ids.Count) group(s): cannot tell" }
        else {
            $info = Invoke-GroupProbe -Command get_group_info -Body @{ GroupIdList = $ids; ResponseFilter = @{ GroupBaseInfoFilter = @('CreateTime') } }
            $times = @($ids | ForEach-Object { $id = $_; [long](@($info.GroupInfo) | Where-Object GroupId -eq $id | Select-Object -First 1).CreateTime })
            $ascending = -not (1..($times.Count - 1) | Where-Object { $times[$_] -lt $times[$_ - 1] })
            $descending = -not (1..($times.Count - 1) | Where-Object { $times[$_] -gt $times[$_ - 1] })
            if ($ascending) { "creation order, oldest first ($($ids.Count) groups)" }
            elseif ($descending) { "creation order, newest first ($($ids.Count) groups)" }
            else { "not by creation time ($($ids.Count) groups)" }
        }
        # The module reads the listing as opaque (it pages by Next and never sorts), so any order agrees; the observation
        # is what a user reports back.
        $agrees = -not $answer.PSObject.Properties['Failed']
        Add-ConformanceEntry -Name ChatGroupListOrder -Assumed 'any order (the module pages by Next and never sorts)' -Observed $observed -Agrees $agrees |
            Should -BeTrue
    }
}
