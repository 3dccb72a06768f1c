#Requires -Version 5.1
<#
.SYNOPSIS
The demo session of `build.ps1 -Task Demo`: imports the built module, connects to the running emulator
and shows conversations and their contact groups. build.ps1 runs it in a child PowerShell process so
that the module's dll is never loaded (and locked) in the caller's session.

.PARAMETER ModulePath
The built manifest, out/TencentChat.Admin/TencentChat.Admin.psd1.

.NOTES
The emulator's key is read from the environment variable TENCENTCHAT_DEMO_KEY (kept off the command line).
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)][string]$ModulePath,
    [Parameter(Mandatory = $true)][uri]$Endpoint,
    [long]$SdkAppId = 1400000000,
    [Parameter(Mandatory = $true)][string]$OutputDirectory,
    [string]$Account = 'user_0001'
)

$ErrorActionPreference = 'Stop'

if (-not $env:TENCENTCHAT_DEMO_KEY) { throw 'TENCENTCHAT_DEMO_KEY is not set.' }
$secretKey = ConvertTo-SecureString $env:TENCENTCHAT_DEMO_KEY -AsPlainText -Force

Import-Module $ModulePath -Force
Write-Host "Imported $((Get-Module TencentChat.Admin).Name) $((Get-Module TencentChat.Admin).Version)" -ForegroundColor Green

Write-Host "`n> Connect-ChatAdmin -SdkAppId $SdkAppId -SecretKey <SecureString> -Endpoint $Endpoint" -ForegroundColor Cyan
Connect-ChatAdmin -SdkAppId $SdkAppId -SecretKey $secretKey -Endpoint $Endpoint

# A child process whose output is redirected gets an 80-column host; the views are laid out for a 120-column
# terminal (Windows Terminal's and most terminals' default), so the demo shows them at that width.
$tableWidth = 120

Write-Host "`n> Get-ChatConversation -Account $Account | Format-Table" -ForegroundColor Cyan
Get-ChatConversation -Account $Account | Format-Table | Out-String -Width $tableWidth | Out-Host

Write-Host "`n> Get-ChatConversation -Account $Account | Search-ChatContactGroup | Format-Table" -ForegroundColor Cyan
Get-ChatConversation -Account $Account | Search-ChatContactGroup | Format-Table | Out-String -Width $tableWidth | Out-Host

$csv = Join-Path $OutputDirectory 'conversations.csv'
Write-Host "`n> Get-ChatConversation -Account $Account | Export-Csv -Path $csv -NoTypeInformation" -ForegroundColor Cyan
Get-ChatConversation -Account $Account | Export-Csv -Path $csv -NoTypeInformation -Encoding UTF8
Get-Content -LiteralPath $csv | Out-Host

Disconnect-ChatAdmin
