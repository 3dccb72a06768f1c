#Requires -Version 5.1
# Shared by the conformance tests in Simple/ and Comprehensive/ (dot-sourced in their BeforeAll). They compare what
# the module and its emulator ASSUME about Tencent's REST API with what the connected endpoint DOES, and write
# out/conformance/report.json and report.md for a bug report. See docs/conformance.md.
#
# The probes talk to the API directly (Invoke-RestMethod with a UserSig from the session), because what they record is
# the service's raw answer (ErrorCode, field shapes), which the cmdlets turn into ErrorIds and objects. Nothing here
# writes a URL, a UserSig or a key anywhere: requests run with -Verbose:$false and their failures are re-thrown
# without the URL.

$script:ConformanceModule = Join-Path (Split-Path -Parent $PSScriptRoot) 'TencentChat.Admin.psd1'

function Connect-ConformanceTarget {
    # The endpoint under test: the TENCENTCHAT_* variables when set (as Connect-ChatAdmin reads them), otherwise the
    # session the caller already opened. Returns what the probes need; never the key or a UserSig.
    if (-not (Get-Module -Name TencentChat.Admin)) {
        $manifest = if (Test-Path -LiteralPath $script:ConformanceModule) { $script:ConformanceModule } else { 'TencentChat.Admin' }
        Import-Module -Name $manifest -ErrorAction Stop
    }
    if ($env:TENCENTCHAT_SDKAPPID -and ($env:TENCENTCHAT_SECRETKEY -or $env:TENCENTCHAT_USERSIG)) {
        Connect-ChatAdmin -ErrorAction Stop
    }
    $session = Get-ChatConnection
    if (-not $session) {
        throw 'Not connected: set TENCENTCHAT_SDKAPPID, TENCENTCHAT_SECRETKEY (or TENCENTCHAT_USERSIG) and TENCENTCHAT_REGION (or TENCENTCHAT_ENDPOINT), or run Connect-ChatAdmin first.'
    }
    $account = if ($env:TENCENTCHAT_CONFORMANCE_ACCOUNT) { $env:TENCENTCHAT_CONFORMANCE_ACCOUNT } else { $session.Identifier }
    [pscustomobject]@{
        Session = $session
        Account = $account
        Writes  = ($env:TENCENTCHAT_CONFORMANCE_WRITES -eq '1') -and [bool]$env:TENCENTCHAT_CONFORMANCE_ACCOUNT
        # A prefix unique to this run: the temporary group and the made-up peers of the probes carry it.
        RunId   = 'cf' + [guid]::NewGuid().ToString('N').Substring(0, 8)
    }
}

function Invoke-ConformanceRequest {
    # POSTs one command (v4/recentcontact unless -Service names another) and returns the parsed answer (ActionStatus,
    # ErrorCode, ...). An HTTP or network failure is thrown with the command's name only: its own message may hold the
    # URL, which holds the UserSig.
    param(
        [Parameter(Mandatory = $true)]$Target,
        [Parameter(Mandatory = $true)][string]$Command,
        [Parameter(Mandatory = $true)][hashtable]$Body,
        [string]$Service = 'recentcontact'
    )
    $session = $Target.Session
    $userSig = if ($env:TENCENTCHAT_USERSIG) { $env:TENCENTCHAT_USERSIG } else { New-ChatUserSig -UserId $session.Identifier -AsPlainText }
    $random = Get-Random -Minimum 0 -Maximum 2147483647
    $uri = '{0}v4/{6}/{1}?sdkappid={2}&identifier={3}&usersig={4}&random={5}&contenttype=json' -f
        $session.Endpoint, $Command, $session.SdkAppId, [Uri]::EscapeDataString($session.Identifier), $userSig, $random, $Service
    $json = ConvertTo-Json -InputObject $Body -Depth 8 -Compress
    try {
        Invoke-RestMethod -Uri $uri -Method Post -Body ([Text.Encoding]::UTF8.GetBytes($json)) -ContentType 'application/json; charset=utf-8' `
            -TimeoutSec 30 -UseBasicParsing -Verbose:$false
    }
    catch {
        throw "$Command got no usable answer ($($_.Exception.GetType().Name))."
    }
}

function Get-ConformanceCode {
    # "0" for success, otherwise the ErrorCode, as text for the report.
    param($Answer)
    if ($null -eq $Answer) { return 'no answer' }
    [string]$Answer.ErrorCode
}

function Invoke-GroupProbe {
    # One group_open_http_svc command through Invoke-ChatApi (so through the module's own session): answers the fields,
    # or an object with the ErrorCode of a refusal and Failed set. Shared by the group probes, read-only and writing.
    param([string]$Command, [hashtable]$Body)
    try { Invoke-ChatApi -Command "group_open_http_svc/$Command" -Body $Body -ErrorAction Stop }
    catch { [pscustomobject]@{ ErrorCode = $_.Exception.ErrorCode; Failed = $true } }
}

function Get-ProbeCode {
    # '0', or the ErrorCode of an Invoke-GroupProbe refusal, as text for the report. A command that answers the envelope
    # alone gives no object back, which is '0' too.
    param($Answer)
    if ($null -ne $Answer -and $Answer.PSObject.Properties['Failed']) { [string]$Answer.ErrorCode } else { '0' }
}

function New-ConformancePeer {
    # Conversation items with made-up peers unique to the run (no real user is named, and none holds marks or groups).
    param([Parameter(Mandatory = $true)]$Target, [int]$Count, [int]$From = 0)
    for ($i = $From; $i -lt $From + $Count; $i++) {
        @{ Type = 1; To_Account = '{0}_{1:000}' -f $Target.RunId, $i }
    }
}

function Get-ConformanceSnapshot {
    # The account's groups (by name) and every conversation's marks and groups, from every get_contact_group page, as
    # sorted text lines; records without a mark or group are left out (a server may keep an empty record). Timestamps
    # are not compared: they change whenever anything is written, even when the result is the same.
    param([Parameter(Mandatory = $true)]$Target)
    $lines = New-Object System.Collections.Generic.List[string]
    $start = 0
    for ($page = 0; $page -lt 1000; $page++) {
        $answer = Invoke-ConformanceRequest -Target $Target -Command get_contact_group -Body @{ From_Account = $Target.Account; StartIndex = $start }
        if ([int]$answer.ErrorCode -ne 0) { throw "get_contact_group failed with $($answer.ErrorCode): $($answer.ErrorInfo)" }
        $names = @{}
        foreach ($group in @($answer.GroupItem)) {
            if ($null -eq $group) { continue }
            $names[[string]$group.GroupId] = [string]$group.GroupName
            if ($page -eq 0) { $lines.Add("group $($group.GroupName)") }
        }
        foreach ($item in @($answer.ContactItem)) {
            if ($null -eq $item) { continue }
            $peer = if ([int]$item.Type -eq 1) { "c2c_$($item.To_Account)" } else { "group_$($item.ToGroupId)" }
            $groups = @($item.ContactGroupId | Where-Object { $null -ne $_ } | ForEach-Object { $names[[string]$_] } | Sort-Object) -join ';'
            $marks = [string]$item.StandardMark
            $custom = [string]$item.CustomMark
            if ($marks.Trim('0') -or $custom -or $groups) { $lines.Add("record $peer marks=$marks custom=$custom groups=$groups") }
        }
        if ([int]$answer.CompleteFlag -eq 1) { break }
        $start = [long]$answer.NextStartIndex
    }
    @($lines | Sort-Object)
}

function Get-ConformanceReportDirectory {
    if ($env:TENCENTCHAT_CONFORMANCE_REPORT) { return $env:TENCENTCHAT_CONFORMANCE_REPORT }
    Join-Path (Get-Location).ProviderPath 'out/conformance'
}

function Assert-ConformanceUnchanged {
    # Throws unless the account's state after the run ($After, text lines) is line for line what it was before, naming
    # what is gone and what is new. $What names the state, e.g. 'groups and marks'.
    param([AllowEmptyCollection()][string[]]$Before, [AllowEmptyCollection()][string[]]$After, [Parameter(Mandatory = $true)][string]$What)
    if ((@($After) -join "`n") -ne (@($Before) -join "`n")) {
        $gone = @($Before | Where-Object { $After -notcontains $_ })
        $new = @($After | Where-Object { $Before -notcontains $_ })
        throw "The account's $What differ from before the run: gone [$($gone -join '; ')], new [$($new -join '; ')]."
    }
}

function Add-ConformanceNotProbed {
    # Records every entry of one test file as not probed, for a run without the write opt-in; writes each Agrees ($null).
    param([Parameter(Mandatory = $true)][System.Collections.IDictionary]$Assumed)
    foreach ($name in $Assumed.Keys) {
        Add-ConformanceEntry -Name $name -Assumed $Assumed[$name] -Observed 'not probed: read-only run (see docs/conformance.md)' -Agrees $null
    }
}

function Add-ConformanceEntry {
    # Records one comparison and rewrites report.json and report.md from every entry of the report directory, so the
    # report is complete after whichever test file runs last. Agrees: $true, $false, or $null when not probed.
    param(
        [Parameter(Mandatory = $true)][string]$Name,
        [Parameter(Mandatory = $true)][string]$Assumed,
        [Parameter(Mandatory = $true)][string]$Observed,
        [AllowNull()]$Agrees
    )
    $directory = Get-ConformanceReportDirectory
    $entries = Join-Path $directory 'entries'
    New-Item -ItemType Directory -Path $entries -Force | Out-Null
    $entry = [ordered]@{ Name = $Name; Assumed = $Assumed; Observed = $Observed; Agrees = $Agrees }
    ConvertTo-Json -InputObject $entry | Set-Content -LiteralPath (Join-Path $entries "$Name.json") -Encoding UTF8

    $all = @(Get-ChildItem -LiteralPath $entries -Filter '*.json' | Sort-Object Name | ForEach-Object { Get-Content -Raw -LiteralPath $_.FullName | ConvertFrom-Json })
    ConvertTo-Json -InputObject $all -Depth 3 | Set-Content -LiteralPath (Join-Path $directory 'report.json') -Encoding UTF8

    $session = Get-ChatConnection
    $module = Get-Module -Name TencentChat.Admin
    $markdown = New-Object System.Collections.Generic.List[string]
    $markdown.Add('## TencentChat.Admin conformance report')
    $markdown.Add('')
    $markdown.Add("Module $($module.Version), PowerShell $($PSVersionTable.PSVersion), endpoint host $(if ($session) { $session.Endpoint.Host }), $([DateTime]::UtcNow.ToString('u'))")
    $markdown.Add('')
    $markdown.Add('| Name | Assumed | Observed | Agrees |')
    $markdown.Add('| --- | --- | --- | --- |')
    foreach ($item in $all) {
        $verdict = if ($null -eq $item.Agrees) { 'not probed' } elseif ($item.Agrees) { 'yes' } else { '**NO**' }
        $markdown.Add("| $($item.Name) | $($item.Assumed -replace '\|', '/') | $($item.Observed -replace '\|', '/') | $verdict |")
    }
    $markdown | Set-Content -LiteralPath (Join-Path $directory 'report.md') -Encoding UTF8
    $Agrees
}
