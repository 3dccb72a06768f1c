#Requires -Version 5.1
# Read-only conformance probes of the profile and relationship families (Pester 5): what the module assumes about
# v4/profile and v4/sns against what the connected endpoint answers, on the account named by
# TENCENTCHAT_CONFORMANCE_ACCOUNT (or the admin identifier). They change nothing. See docs/conformance.md and
# docs/profiles-friends.md ("UNCONFIRMED choices").

BeforeAll {
    . (Join-Path (Split-Path -Parent $PSScriptRoot) 'ConformanceSupport.ps1')
    $script:Target = Connect-ConformanceTarget
    $script:StandardTags = @('Tag_Profile_IM_Nick', 'Tag_Profile_IM_Gender', 'Tag_Profile_IM_BirthDay', 'Tag_Profile_IM_Location',
        'Tag_Profile_IM_SelfSignature', 'Tag_Profile_IM_AllowType', 'Tag_Profile_IM_Language', 'Tag_Profile_IM_Image',
        'Tag_Profile_IM_MsgSettings', 'Tag_Profile_IM_AdminForbidType', 'Tag_Profile_IM_Level', 'Tag_Profile_IM_Role')
}

Describe 'Conformance of profiles and friends (read-only)' {
    It 'ProfileUnsetTags: portrait_get knows every standard tag the module asks for, and which come back when unset' {
        # The module reads a tag that is left out and one that comes back defaulted alike; the entry records which tags
        # the service returns for the account, and fails when it refuses the standard list (40009: the dropped
        # Tag_Profile_IM_MsgSettings, say), since Get-ChatUserProfile asks for all of them by default.
        $answer = Invoke-ConformanceRequest -Target $script:Target -Service profile -Command portrait_get -Body @{
            To_Account = @($script:Target.Account); TagList = $script:StandardTags
        }
        $item = @($answer.UserProfileItem | Where-Object { $_ }) | Select-Object -First 1
        $returned = @($item.ProfileItem | Where-Object { $_ } | ForEach-Object { $_.Tag })
        $observed = if ([int]$answer.ErrorCode -ne 0) { "portrait_get failed with $($answer.ErrorCode): $($answer.ErrorInfo)" }
        elseif (-not $item) { 'no UserProfileItem' }
        elseif ([int]$item.ResultCode -ne 0) { "the account failed with $($item.ResultCode)" }
        else { "$($returned.Count) of 12 tags returned ($(($script:StandardTags | Where-Object { $returned -notcontains $_ } | ForEach-Object { $_ -replace '^Tag_Profile_IM_' }) -join ', ') left out)" }
        $agrees = [int]$answer.ErrorCode -eq 0 -and $item -and [int]$item.ResultCode -eq 0
        Add-ConformanceEntry -Name ProfileUnsetTags -Assumed 'all 12 standard tags accepted; unset ones left out or defaulted' -Observed $observed -Agrees $agrees |
            Should -BeTrue
    }

    It 'FriendGetPaging: friend_get pages from StartIndex with the sequences at 0 and ends with CompleteFlag' {
        $start = 0
        $pages = 0
        $friends = 0
        $largest = 0
        $observed = $null
        while ($pages -lt 100) {
            $answer = Invoke-ConformanceRequest -Target $script:Target -Service sns -Command friend_get -Body @{
                From_Account = $script:Target.Account; StartIndex = $start; StandardSequence = 0; CustomSequence = 0
            }
            $pages++
            if ([int]$answer.ErrorCode -ne 0) { $observed = "page $pages failed with $($answer.ErrorCode)"; break }
            $count = @($answer.UserDataItem | Where-Object { $_ }).Count
            $friends += $count
            if ($count -gt $largest) { $largest = $count }
            $hasFlag = [bool]$answer.PSObject.Properties['CompleteFlag']
            $next = if ($answer.PSObject.Properties['NextStartIndex']) { [long]$answer.NextStartIndex } else { 0 }
            if (($hasFlag -and [int]$answer.CompleteFlag -ne 0) -or (-not $hasFlag -and $next -eq 0)) {
                $flag = if ($hasFlag) { "CompleteFlag $($answer.CompleteFlag)" } else { 'no CompleteFlag, NextStartIndex 0' }
                $observed = "$pages page(s), $friends friend(s) of FriendNum $($answer.FriendNum), largest page $largest, ended by $flag (NextStartIndex $next)"
                break
            }
            if ($next -le $start) { $observed = "page $pages gave NextStartIndex $next after $start"; break }
            $start = $next
        }
        if (-not $observed) { $observed = "no end within $pages pages" }
        Add-ConformanceEntry -Name FriendGetPaging -Assumed 'StartIndex paging; the last page has CompleteFlag 1 (else NextStartIndex 0)' -Observed $observed `
            -Agrees ($observed -like '*ended by CompleteFlag*') | Should -BeTrue
    }
}
