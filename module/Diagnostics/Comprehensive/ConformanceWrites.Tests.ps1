#Requires -Version 5.1
# Reversible write probes (Pester 5), run only with TENCENTCHAT_CONFORMANCE_ACCOUNT=<a test user> and
# TENCENTCHAT_CONFORMANCE_WRITES=1, on that one account. They create a temporary group with a name unique to the run,
# set and clear a mark on made-up peers, and try what should be refused (a 33-byte name, a missing group, 101
# conversations in one request, a 21st group after filling the account up to 20 with temporary groups), recording each
# answer. The last test puts
# everything back and checks that the account's groups and marks are exactly as before; AfterAll cleans up again when
# a probe broke off. Without the opt-in every entry is recorded as not probed. See docs/conformance.md.

BeforeDiscovery {
    $script:WritesAllowed = ($env:TENCENTCHAT_CONFORMANCE_WRITES -eq '1') -and [bool]$env:TENCENTCHAT_CONFORMANCE_ACCOUNT
}

BeforeAll {
    . (Join-Path (Split-Path -Parent $PSScriptRoot) 'ConformanceSupport.ps1')
    $script:Target = Connect-ConformanceTarget
    $script:Assumed = [ordered]@{
        StandardMarkBitOrder = 'SetMark [1] (Unread) reads back as "10"; ClearMark [1] as ""'
        MarkMaxItems         = '100: 0, 101: 51006'
        GroupMembersMaxItems = 'create_contact_group with 100 conversations: 0'
        MissingGroupCode     = '51009'
        GroupNameTooLongCode = '51011'
        TooManyGroupsCode    = '51010'
        TooManyItemsCode     = '51006'
    }
    $script:TempGroup = "$($script:Target.RunId)_temp"
    # The names of every group a probe may have created; all are deleted at the end.
    $script:CreatedGroups = New-Object System.Collections.Generic.List[string]
    $script:Restored = $false
    $script:AccountFull = $false

    function Invoke-Probe {
        param([string]$Command, [hashtable]$Body)
        Invoke-ConformanceRequest -Target $script:Target -Command $Command -Body (@{ From_Account = $script:Target.Account } + $Body)
    }

    function New-ProbeGroup {
        # create_contact_group; the name is remembered for clean-up even when the service was expected to refuse it.
        param([string]$Name, [int]$Conversations = 0)
        $script:CreatedGroups.Add($Name)
        Invoke-Probe create_contact_group @{ GroupContactItem = @(@{ GroupName = $Name; ContactItem = @(New-ConformancePeer -Target $script:Target -Count $Conversations) }) }
    }

    function Get-GroupCount {
        $answer = Invoke-Probe get_contact_group @{ StartIndex = 0 }
        @($answer.GroupItem | Where-Object { $_ }).Count
    }

    function Get-ProbeMark {
        # The raw StandardMark of the first made-up peer, "" when the service has no record of it.
        $answer = Invoke-Probe search_contact_group @{ ContactItem = @(New-ConformancePeer -Target $script:Target -Count 1) }
        $record = @($answer.ContactResultItem | Where-Object { $_ }) | Select-Object -First 1
        if ($record) { [string]$record.StandardMark } else { '' }
    }

    function Restore-ConformanceAccount {
        # Deletes every group the probes may have created and clears the probe mark; idempotent.
        foreach ($name in @($script:CreatedGroups | Select-Object -Unique)) {
            $null = Invoke-Probe del_contact_group @{ GroupName = @($name) }
        }
        $clear = @(New-ConformancePeer -Target $script:Target -Count 101 | ForEach-Object { @{ OptType = 1; ContactItem = $_; ClearMark = @(1, 63) } })
        $null = Invoke-Probe mark_contact @{ MarkItem = @($clear[0..99]) }
        $null = Invoke-Probe mark_contact @{ MarkItem = @($clear[100]) }
        $script:Restored = $true
    }

    if ($script:Target.Writes) {
        $script:Before = Get-ConformanceSnapshot -Target $script:Target
    }
}

AfterAll {
    # A probe broke off before the last test: clean up here, and fail the file unless the account is as it was.
    if ($script:Target -and $script:Target.Writes -and $script:Before -and -not $script:Restored) {
        Restore-ConformanceAccount
        Assert-ConformanceUnchanged -Before $script:Before -After (Get-ConformanceSnapshot -Target $script:Target) -What 'groups and marks'
    }
}

Describe 'Conformance (writes not opted in)' -Skip:$script:WritesAllowed {
    It 'records every write probe as not probed' {
        Add-ConformanceNotProbed -Assumed $script:Assumed | Should -Be $null
    }
}

Describe 'Conformance (reversible writes on the test account)' -Skip:(-not $script:WritesAllowed) {
    It 'TooManyGroupsCode: a 21st group is refused (the probe fills the account up to 20 with temporary groups)' {
        $count = Get-GroupCount
        # With 20 groups of its own the account has no room for the temporary group: creating it is the probe itself,
        # and the probes that need it are not run. With fewer, temporary groups fill it up to 20 and are deleted again.
        $script:AccountFull = $count -ge 20
        $before = Get-ConformanceSnapshot -Target $script:Target
        $made = New-Object System.Collections.Generic.List[string]
        try {
            $filled = 0
            for ($i = $count + 1; $i -le 20 -and -not $script:AccountFull; $i++) {
                $name = '{0}_{1:00}' -f $script:Target.RunId, $i
                $made.Add($name)
                $code = Get-ConformanceCode (New-ProbeGroup -Name $name)
                if ($code -ne '0') { break }
                $filled++
            }
            $name = "$($script:Target.RunId)_21st"
            $made.Add($name)
            if ($count + $filled -ge 20) {
                $code = Get-ConformanceCode (New-ProbeGroup -Name $name)
                $observed = "$code (the account had $count group(s); $filled temporary)"; $agrees = $code -eq '51010'
            }
            else {
                $observed = "not probed: temporary group $($count + $filled + 1) was refused with $code"; $agrees = $false
            }
        }
        finally {
            foreach ($name in $made) { $null = Invoke-Probe del_contact_group @{ GroupName = @($name) } }
        }
        $after = Get-ConformanceSnapshot -Target $script:Target
        Add-ConformanceEntry -Name TooManyGroupsCode -Assumed $script:Assumed.TooManyGroupsCode -Observed $observed -Agrees $agrees | Should -BeTrue
        ($after -join "`n") | Should -Be ($before -join "`n") -Because 'the temporary groups are deleted again'
    }

    It 'GroupMembersMaxItems: a temporary group is created with 100 conversations' {
        if ($script:AccountFull) {
            Add-ConformanceEntry -Name GroupMembersMaxItems -Assumed $script:Assumed.GroupMembersMaxItems -Observed 'not probed: the account has 20 groups' -Agrees $null
            return
        }
        $answer = New-ProbeGroup -Name $script:TempGroup -Conversations 100
        $listed = @((Invoke-Probe get_contact_group @{ StartIndex = 0 }).GroupItem | Where-Object { $_ -and $_.GroupName -eq $script:TempGroup }).Count
        $observed = "create with 100: $(Get-ConformanceCode $answer), listed afterwards: $listed"
        Add-ConformanceEntry -Name GroupMembersMaxItems -Assumed $script:Assumed.GroupMembersMaxItems -Observed $observed `
            -Agrees ((Get-ConformanceCode $answer) -eq '0' -and $listed -eq 1) | Should -BeTrue
    }

    It 'TooManyItemsCode: update_contact_group with 101 conversations is refused' {
        if ($script:AccountFull) {
            Add-ConformanceEntry -Name TooManyItemsCode -Assumed $script:Assumed.TooManyItemsCode -Observed 'not probed: the account has 20 groups' -Agrees $null
            return
        }
        $items = @(New-ConformancePeer -Target $script:Target -Count 101 -From 100 | ForEach-Object { @{ ContactOptType = 1; ContactItem = $_ } })
        $answer = Invoke-Probe update_contact_group @{ UpdateType = 1; UpdateGroup = @{ UpdateGroupType = 2; OldGroupName = $script:TempGroup; ContactUpdateItem = $items } }
        $code = Get-ConformanceCode $answer
        Add-ConformanceEntry -Name TooManyItemsCode -Assumed $script:Assumed.TooManyItemsCode -Observed $code -Agrees ($code -eq '51006') | Should -BeTrue
    }

    It 'GroupNameTooLongCode: a 33-byte group name is refused' {
        $code = Get-ConformanceCode (New-ProbeGroup -Name ($script:Target.RunId + '_' + ('x' * 22)))   # 10 + 1 + 22 = 33 bytes
        Add-ConformanceEntry -Name GroupNameTooLongCode -Assumed $script:Assumed.GroupNameTooLongCode -Observed $code -Agrees ($code -eq '51011') | Should -BeTrue
    }

    It 'MissingGroupCode: deleting a group the account does not have is refused' {
        $code = Get-ConformanceCode (Invoke-Probe del_contact_group @{ GroupName = @("$($script:Target.RunId)_missing") })
        Add-ConformanceEntry -Name MissingGroupCode -Assumed $script:Assumed.MissingGroupCode -Observed $code -Agrees ($code -eq '51009') | Should -BeTrue
    }

    It 'StandardMarkBitOrder: bit 1 set reads back as "10", cleared as ""' {
        $peer = @(New-ConformancePeer -Target $script:Target -Count 1)[0]
        $set = Get-ConformanceCode (Invoke-Probe mark_contact @{ MarkItem = @(@{ OptType = 1; ContactItem = $peer; SetMark = @(1) }) })
        $afterSet = Get-ProbeMark
        $clear = Get-ConformanceCode (Invoke-Probe mark_contact @{ MarkItem = @(@{ OptType = 1; ContactItem = $peer; ClearMark = @(1) }) })
        $afterClear = Get-ProbeMark
        $observed = "set: $set, reads `"$afterSet`"; clear: $clear, reads `"$afterClear`""
        Add-ConformanceEntry -Name StandardMarkBitOrder -Assumed $script:Assumed.StandardMarkBitOrder -Observed $observed `
            -Agrees ($set -eq '0' -and $afterSet -eq '10' -and $clear -eq '0' -and $afterClear.Trim('0') -eq '') | Should -BeTrue
    }

    It 'MarkMaxItems: mark_contact takes 100 items and refuses 101' {
        # ClearMark of an app-defined bit on made-up peers: nothing is set, whatever the answer.
        $items = @(New-ConformancePeer -Target $script:Target -Count 101 | ForEach-Object { @{ OptType = 1; ContactItem = $_; ClearMark = @(63) } })
        $at = Get-ConformanceCode (Invoke-Probe mark_contact @{ MarkItem = @($items[0..99]) })
        $over = Get-ConformanceCode (Invoke-Probe mark_contact @{ MarkItem = $items })
        Add-ConformanceEntry -Name MarkMaxItems -Assumed $script:Assumed.MarkMaxItems -Observed "100: $at, 101: $over" `
            -Agrees ($at -eq '0' -and $over -eq '51006') | Should -BeTrue
    }

    It 'leaves the account''s groups and marks exactly as they were' {
        Restore-ConformanceAccount
        $after = Get-ConformanceSnapshot -Target $script:Target
        ($after -join "`n") | Should -Be ($script:Before -join "`n")
    }
}
