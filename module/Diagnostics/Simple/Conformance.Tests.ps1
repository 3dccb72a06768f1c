#Requires -Version 5.1
# Read-only conformance probes (Pester 5): what the module assumes about Tencent's REST API against what the connected
# endpoint answers. They read the account named by TENCENTCHAT_CONFORMANCE_ACCOUNT (or the admin identifier) and change
# nothing, except that with writes allowed on that account (TENCENTCHAT_CONFORMANCE_WRITES=1) GetListGroupItem sets up
# its own precondition in a temporary group it deletes again. Each It records one entry of out/conformance/report.json
# and fails when the endpoint disagrees.
# See docs/conformance.md: Invoke-Pester -Path (Join-Path (Get-Module TencentChat.Admin -ListAvailable).ModuleBase Diagnostics)

BeforeAll {
    . (Join-Path (Split-Path -Parent $PSScriptRoot) 'ConformanceSupport.ps1')
    $script:Target = Connect-ConformanceTarget
}

Describe 'Conformance (read-only)' {
    It 'ConnectionTest: one get_list of the admin identifier succeeds' {
        $test = Test-ChatConnection
        $observed = if ($test.Succeeded) { "succeeded in $($test.LatencyMs) ms, clock skew $($test.ClockSkew)" } else { "$($test.ErrorId) ($($test.ErrorCode))" }
        Add-ConformanceEntry -Name ConnectionTest -Assumed 'succeeds' -Observed $observed -Agrees $test.Succeeded | Should -BeTrue
    }

    It 'GetListGroupItem: a get_list page whose items carry ContactGroupId also carries the GroupItem dictionary' {
        # The module reads the names from GroupItem when present and otherwise asks get_contact_group once per account, so
        # either answer works; the entry records which one the service gives. When no item of the first page is in a
        # group and writes are allowed, the probe puts the first one in a temporary group of its own for the one read,
        # deletes the group again (in finally) and checks that the account's groups and marks are as before.
        $body = @{ From_Account = $script:Target.Account; TimeStamp = 0; StartIndex = 0; TopTimeStamp = 0; TopStartIndex = 0; AssistFlags = 63 }
        $answer = Invoke-ConformanceRequest -Target $script:Target -Command get_list -Body $body
        $grouped = { param($page) @($page.SessionItem | Where-Object { $_ -and $_.PSObject.Properties['ContactGroupId'] -and @($_.ContactGroupId).Count -gt 0 }).Count }
        $withGroups = & $grouped $answer
        $first = @($answer.SessionItem | Where-Object { $_ }) | Select-Object -First 1
        $setUp = ''
        $restored = $true
        if ([int]$answer.ErrorCode -eq 0 -and $withGroups -eq 0 -and $first -and $script:Target.Writes) {
            $group = "$($script:Target.RunId)_groupitem"
            $conversation = if ([int]$first.Type -eq 1) { @{ Type = 1; To_Account = $first.To_Account } } else { @{ Type = 2; ToGroupId = $first.GroupId } }
            $before = Get-ConformanceSnapshot -Target $script:Target
            try {
                $created = Invoke-ConformanceRequest -Target $script:Target -Command create_contact_group -Body @{
                    From_Account = $script:Target.Account; GroupContactItem = @(@{ GroupName = $group; ContactItem = @($conversation) })
                }
                $setUp = "; the first item put in a temporary group (create: $(Get-ConformanceCode $created))"
                $answer = Invoke-ConformanceRequest -Target $script:Target -Command get_list -Body $body
                $withGroups = & $grouped $answer
            }
            finally {
                $null = Invoke-ConformanceRequest -Target $script:Target -Command del_contact_group -Body @{ From_Account = $script:Target.Account; GroupName = @($group) }
            }
            $restored = ((Get-ConformanceSnapshot -Target $script:Target) -join "`n") -eq ($before -join "`n")
        }
        $hasGroupItem = [bool]$answer.PSObject.Properties['GroupItem']
        $observed = if ([int]$answer.ErrorCode -ne 0) { "get_list failed with $($answer.ErrorCode)" }
        elseif ($withGroups -eq 0) { "no item on the first page is in a group$($setUp): cannot tell" }
        elseif ($hasGroupItem) { "GroupItem present ($withGroups item(s) with ContactGroupId$setUp)" }
        else { "GroupItem absent ($withGroups item(s) with ContactGroupId$setUp)" }
        $agrees = if ([int]$answer.ErrorCode -ne 0) { $false } elseif ($withGroups -eq 0) { $null } else { $hasGroupItem }
        $result = Add-ConformanceEntry -Name GetListGroupItem -Assumed 'GroupItem present when items carry ContactGroupId' -Observed $observed -Agrees $agrees
        $result | Should -Not -Be $false
        $restored | Should -BeTrue -Because 'the temporary group is deleted and the account''s groups and marks are as before'
    }

    It 'GetListCursorEcho: echoing the four cursors pages through the list without a repeated cursor, ending with CompleteFlag 1' {
        $cursor = @{ TimeStamp = 0; StartIndex = 0; TopTimeStamp = 0; TopStartIndex = 0 }
        $seen = @{}
        $pages = 0
        $items = 0
        $observed = $null
        while ($pages -lt 500) {
            $body = @{ From_Account = $script:Target.Account; AssistFlags = 63 } + $cursor
            $answer = Invoke-ConformanceRequest -Target $script:Target -Command get_list -Body $body
            $pages++
            if ([int]$answer.ErrorCode -ne 0) { $observed = "page $pages failed with $($answer.ErrorCode)"; break }
            $items += @($answer.SessionItem | Where-Object { $_ }).Count
            $cursor = @{ TimeStamp = $answer.TimeStamp; StartIndex = $answer.StartIndex; TopTimeStamp = $answer.TopTimeStamp; TopStartIndex = $answer.TopStartIndex }
            if ([int]$answer.CompleteFlag -eq 1) {
                $observed = "$pages page(s), $items conversation(s), CompleteFlag 1; last cursor index parts $($answer.StartIndex)/$($answer.TopStartIndex)"
                break
            }
            $key = '{0}/{1}/{2}/{3}' -f $cursor.TimeStamp, $cursor.StartIndex, $cursor.TopTimeStamp, $cursor.TopStartIndex
            if ($seen.ContainsKey($key)) { $observed = "page $pages repeated the cursor of page $($seen[$key])"; break }
            $seen[$key] = $pages
        }
        if (-not $observed) { $observed = "no CompleteFlag 1 within $pages pages" }
        $agrees = $observed -like '*CompleteFlag 1*'
        Add-ConformanceEntry -Name GetListCursorEcho -Assumed 'cursors advance every page; CompleteFlag 1 ends the listing' -Observed $observed -Agrees $agrees |
            Should -BeTrue
    }

    It 'SearchMaxItems: search_contact_group takes 300 conversations and refuses 301' {
        $codes = foreach ($count in 300, 301) {
            $answer = Invoke-ConformanceRequest -Target $script:Target -Command search_contact_group -Body @{
                From_Account = $script:Target.Account; ContactItem = @(New-ConformancePeer -Target $script:Target -Count $count)
            }
            Get-ConformanceCode $answer
        }
        $observed = "300: $($codes[0]), 301: $($codes[1])"
        Add-ConformanceEntry -Name SearchMaxItems -Assumed '300: 0, 301: refused' -Observed $observed -Agrees ($codes[0] -eq '0' -and $codes[1] -ne '0') |
            Should -BeTrue
    }
}
