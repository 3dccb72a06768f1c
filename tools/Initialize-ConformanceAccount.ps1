#Requires -Version 5.1
<#
.SYNOPSIS
Prepares the emulator's conformance test account for `build.ps1 -Task Conformance`: 19 conversation groups, so that the
write probes' temporary group is its 20th and the 21st-group probe (TooManyGroupsCode) runs too. Only ever run against
the local emulator the build started; the suite itself checks that the account ends as it started from here.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)][string]$ModulePath,
    [Parameter(Mandatory = $true)][string]$Account
)
$ErrorActionPreference = 'Stop'
Import-Module -Name $ModulePath
Connect-ChatAdmin   # TENCENTCHAT_SDKAPPID, TENCENTCHAT_SECRETKEY and TENCENTCHAT_ENDPOINT, set by build.ps1
$existing = @(Get-ChatContactGroup -Account $Account).Count
for ($i = $existing + 1; $i -le 19; $i++) {
    $null = New-ChatContactGroup -Account $Account -Name ('conformance_{0:00}' -f $i) -Confirm:$false
}
Write-Host "$Account has $(@(Get-ChatContactGroup -Account $Account).Count) conversation groups."
