#Requires -Version 5.1
<#
.SYNOPSIS
Runs the Pester 5 tests (tests/*.Tests.ps1) against the built module in out/TencentChat.Admin.

.DESCRIPTION
Called by `build.ps1 -Task Test` (in a child PowerShell process, so the module's dll is never loaded
into the caller's session). Pester is the version pinned in tools/TestDependencies, restored from NuGet.
The run is what `Invoke-Pester -Path tests -CI` does, minus code
coverage (which does not apply to a compiled module) and minus Pester's own `exit`: this script
exits 1 itself when any test, block or container failed, and 0 otherwise.

.PARAMETER Configuration
The build configuration whose emulator the tests start (src/TencentChat.Emulator/bin/<Configuration>).

.PARAMETER CountsFile
Optional: writes {"passed":N,"failed":N,"skipped":N,"total":N} as JSON here, for CI totals.

.PARAMETER ResultsFile
Where the NUnit XML results go (default out/pester-results.xml); the conformance run keeps its own.
#>
[CmdletBinding()]
param(
    [string]$Configuration = 'Release',
    [string]$Path,
    [string]$CountsFile,
    [string]$ResultsFile
)

$ErrorActionPreference = 'Stop'
$repositoryRoot = Split-Path -Parent $PSScriptRoot
if (-not $Path) { $Path = Join-Path $repositoryRoot 'tests' }

# Pester comes from NuGet, never from the PowerShell Gallery: restoring tools/TestDependencies brings the
# pinned package into the machine's global packages folder (through the machine's own NuGet configuration),
# and the module is imported from the package's tools/ folder.
$dependencies = Join-Path $repositoryRoot 'tools/TestDependencies/TestDependencies.csproj'
& dotnet restore $dependencies --nologo -v quiet | Out-Host
if ($LASTEXITCODE -ne 0) { throw "dotnet restore $dependencies failed with exit code $LASTEXITCODE." }
$assets = Get-Content -Raw -LiteralPath (Join-Path $repositoryRoot 'tools/TestDependencies/obj/project.assets.json') | ConvertFrom-Json
$pesterVersion = ([xml](Get-Content -Raw -LiteralPath $dependencies)).Project.ItemGroup.PackageDownload |
    Where-Object { $_.Include -eq 'Pester' } | ForEach-Object { $_.Version.Trim('[', ']') }
$pesterManifest = $assets.packageFolders.PSObject.Properties.Name |
    ForEach-Object { Join-Path $_ "pester/$pesterVersion/tools/Pester.psd1" } |
    Where-Object { Test-Path -LiteralPath $_ -PathType Leaf } |
    Select-Object -First 1
if (-not $pesterManifest) { throw "Pester $pesterVersion was restored but its tools/Pester.psd1 was not found in $($assets.packageFolders.PSObject.Properties.Name -join ', ')." }
Import-Module -Name $pesterManifest -Force

# Read by tests/TencentChat.Admin.Tests.ps1.
$env:TENCENTCHAT_TEST_CONFIGURATION = $Configuration
if (-not $env:TENCENTCHAT_TEST_MODULE) {
    $env:TENCENTCHAT_TEST_MODULE = Join-Path $repositoryRoot 'out/TencentChat.Admin/TencentChat.Admin.psd1'
}

$resultsDirectory = Join-Path $repositoryRoot 'out'
if (-not (Test-Path -LiteralPath $resultsDirectory)) {
    New-Item -ItemType Directory -Path $resultsDirectory -Force | Out-Null
}

$pesterConfiguration = New-PesterConfiguration
$pesterConfiguration.Run.Path = $Path
$pesterConfiguration.Run.PassThru = $true
$pesterConfiguration.Output.Verbosity = 'Detailed'
$pesterConfiguration.TestResult.Enabled = $true
$pesterConfiguration.TestResult.OutputFormat = 'NUnitXml'
$pesterConfiguration.TestResult.OutputPath = if ($ResultsFile) { $ResultsFile } else { Join-Path $resultsDirectory 'pester-results.xml' }

$result = Invoke-Pester -Configuration $pesterConfiguration
if ($null -eq $result) { throw 'Invoke-Pester returned no result object.' }

# A failing BeforeAll/AfterAll (blocks) or a test file that cannot load (containers) is a failure too.
$failed = [int]$result.FailedCount + [int]$result.FailedBlocksCount + [int]$result.FailedContainersCount
$counts = [ordered]@{
    passed  = [int]$result.PassedCount
    failed  = $failed
    skipped = [int]$result.SkippedCount
    total   = [int]$result.TotalCount
}
Write-Host ("pester: {0} passed, {1} failed, {2} skipped" -f $counts.passed, $counts.failed, $counts.skipped)
if ($CountsFile) {
    [pscustomobject]$counts | ConvertTo-Json | Set-Content -LiteralPath $CountsFile -Encoding UTF8
}

if ($failed -gt 0 -or $result.Result -eq 'Failed') { exit 1 }
exit 0
