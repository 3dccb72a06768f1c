#Requires -Version 5.1
<#
.SYNOPSIS
Writes the conformance test account's groups and marks, as the suite's own snapshot (Get-ConformanceSnapshot of the
built module's Diagnostics) sees them, to a file: `build.ps1 -Task Conformance` takes one before and one after the run
against the emulator and fails unless they are the same.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)][string]$ModulePath,
    [Parameter(Mandatory = $true)][string]$OutFile
)
$ErrorActionPreference = 'Stop'
Import-Module -Name $ModulePath
# TENCENTCHAT_SDKAPPID, TENCENTCHAT_SECRETKEY, TENCENTCHAT_ENDPOINT and TENCENTCHAT_CONFORMANCE_ACCOUNT, set by build.ps1.
. (Join-Path (Split-Path -Parent $ModulePath) 'Diagnostics/ConformanceSupport.ps1')
$target = Connect-ConformanceTarget
$lines = @(Get-ConformanceSnapshot -Target $target)
Set-Content -LiteralPath $OutFile -Value $lines -Encoding UTF8
Write-Host "$($target.Account): $(@($lines | Where-Object { $_ -like 'group *' }).Count) conversation group(s), $(@($lines | Where-Object { $_ -like 'record *' }).Count) record(s) with marks or groups."
