#Requires -Version 5.1
<#
.SYNOPSIS
Builds, tests and demonstrates the TencentChat.Admin module. Needs the .NET SDK and PowerShell 7
(the syntax is Windows PowerShell 5.1 compatible too); the Test task also needs node/npm.

.PARAMETER Task
Build - publish src/TencentChat.Admin, assemble the importable module in out/TencentChat.Admin and generate its
        help (en-US/TencentChat.Admin.dll-Help.xml) from the cmdlets' XML documentation comments.
Test  - dotnet test of the solution, the PowerShell syntax check, Build, then the Pester tests.
Demo  - Build, start the emulator, run the cmdlets against it, export out/demo/conversations.csv.
Package - Build, then write out/TencentChat.Admin.<version>.nupkg (the built module plus LICENSE) with
        PSResourceGet's Compress-PSResource (bundled with PowerShell 7.4+); no repository or gallery is involved.
Clean - remove out/ and the bin/obj folders under src/, tests/, tools/ and benchmarks/.

.EXAMPLE
./build.ps1
./build.ps1 -Task Test
./build.ps1 -Task Demo -Configuration Debug
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Demo', 'Package', 'Clean')]
    [string]$Task = 'Build',
    [string]$Configuration = 'Release'
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 2.0

$RepositoryRoot = $PSScriptRoot
$OutDirectory = Join-Path $RepositoryRoot 'out'
$ModuleName = 'TencentChat.Admin'
$ModuleDirectory = Join-Path $OutDirectory $ModuleName
$ManifestSource = Join-Path $RepositoryRoot "$ModuleName.psd1"
$Solution = Join-Path $RepositoryRoot "$ModuleName.sln"

# The module's own assemblies go to the module root; everything else publish produces (System.Text.Json
# and its netstandard2.0 dependencies) goes to dependencies/, where the module initializer resolves it
# on Windows PowerShell 5.1. System.Management.Automation is PowerShell's own and never shipped.
$ModuleAssemblies = @('TencentChat.Admin.dll', 'TencentChat.Admin.Client.dll')
$RequiredDependencies = @(
    'System.Text.Json.dll',
    'System.Text.Encodings.Web.dll',
    'System.Memory.dll',
    'System.Buffers.dll',
    'System.Runtime.CompilerServices.Unsafe.dll',
    'System.Threading.Tasks.Extensions.dll',
    'System.Numerics.Vectors.dll',
    'Microsoft.Bcl.AsyncInterfaces.dll'
)
$ExcludedAssemblies = @('System.Management.Automation.dll')

# The emulator's development key (the emulator's default); the demo is local and uses nothing real.
$DemoKey = 'tencentchat-emulator-dev-key'
$DemoSdkAppId = 1400000000
$DemoPort = 5080

$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'
$env:DOTNET_NOLOGO = '1'

. (Join-Path $RepositoryRoot 'tools/EmulatorProcess.ps1')

function Invoke-Native {
    # Runs a native command, shows its output, and throws when it exits non-zero.
    param(
        [Parameter(Mandatory = $true)][string]$FilePath,
        [string[]]$ArgumentList = @(),
        [string]$WorkingDirectory = $RepositoryRoot
    )
    Write-Host "> $FilePath $($ArgumentList -join ' ')" -ForegroundColor Cyan
    Push-Location -LiteralPath $WorkingDirectory
    try {
        & $FilePath @ArgumentList | Out-Host
        $exitCode = $LASTEXITCODE
    }
    finally {
        Pop-Location
    }
    if ($exitCode -ne 0) {
        throw "'$FilePath $($ArgumentList -join ' ')' failed with exit code $exitCode."
    }
}

function Invoke-ChildPowerShell {
    # Runs a script file in a child process of the PowerShell running this script (pwsh, or powershell.exe
    # on 5.1), so that a module imported there is never loaded (and its dll locked) in this session.
    param(
        [Parameter(Mandatory = $true)][string]$ScriptPath,
        [string[]]$ScriptArguments = @()
    )
    $onWindows = [System.Environment]::OSVersion.Platform -eq [System.PlatformID]::Win32NT
    $executable = if ($PSVersionTable.PSEdition -eq 'Core') {
        Join-Path $PSHOME $(if ($onWindows) { 'pwsh.exe' } else { 'pwsh' })
    }
    else {
        Join-Path $PSHOME 'powershell.exe'
    }
    if (-not (Test-Path -LiteralPath $executable -PathType Leaf)) {
        # E.g. pwsh installed as a dotnet tool: fall back to this process's own executable.
        $executable = [System.Diagnostics.Process]::GetCurrentProcess().MainModule.FileName
    }
    $arguments = @('-NoProfile', '-NonInteractive')
    if ($onWindows) {
        # Execution policies exist only on Windows.
        $arguments += @('-ExecutionPolicy', 'Bypass')
    }
    $arguments += @('-File', $ScriptPath) + $ScriptArguments
    Invoke-Native -FilePath $executable -ArgumentList $arguments
}

function Copy-RequiredFile {
    param(
        [Parameter(Mandatory = $true)][string]$Path,
        [Parameter(Mandatory = $true)][string]$Destination
    )
    if (-not (Test-Path -LiteralPath $Path -PathType Leaf)) {
        throw "Expected file is missing: $Path"
    }
    Copy-Item -LiteralPath $Path -Destination $Destination -Force
}

function Invoke-BuildTask {
    if (-not (Test-Path -LiteralPath $ManifestSource -PathType Leaf)) {
        throw "The module manifest is missing: $ManifestSource"
    }
    $publishDirectory = Join-Path ([System.IO.Path]::GetTempPath()) ("$ModuleName.publish." + [guid]::NewGuid().ToString('N'))
    try {
        Invoke-Native -FilePath 'dotnet' -ArgumentList @(
            'publish', (Join-Path $RepositoryRoot "src/$ModuleName"), '-c', $Configuration, '-o', $publishDirectory, '-nologo')

        if (Test-Path -LiteralPath $ModuleDirectory) {
            Remove-Item -LiteralPath $ModuleDirectory -Recurse -Force
        }
        $dependencyDirectory = Join-Path $ModuleDirectory 'dependencies'
        New-Item -ItemType Directory -Path $dependencyDirectory -Force | Out-Null

        Copy-RequiredFile -Path $ManifestSource -Destination $ModuleDirectory
        foreach ($name in $ModuleAssemblies) {
            Copy-RequiredFile -Path (Join-Path $publishDirectory $name) -Destination $ModuleDirectory
        }

        $published = @(Get-ChildItem -LiteralPath $publishDirectory -Filter '*.dll' -File | ForEach-Object { $_.Name })
        $missing = @($RequiredDependencies | Where-Object { $published -notcontains $_ })
        if ($missing.Count -gt 0) {
            throw "dotnet publish did not produce the expected dependencies: $($missing -join ', ')"
        }
        foreach ($name in $published) {
            if ($ModuleAssemblies -contains $name -or $ExcludedAssemblies -contains $name) { continue }
            Copy-RequiredFile -Path (Join-Path $publishDirectory $name) -Destination $dependencyDirectory
        }

        # Non-compiled module files (format/types ps1xml, en-US/ help) go to the module root as they are laid out.
        $moduleSource = Join-Path $RepositoryRoot 'module'
        if (Test-Path -LiteralPath $moduleSource -PathType Container) {
            Get-ChildItem -LiteralPath $moduleSource | ForEach-Object {
                Copy-Item -LiteralPath $_.FullName -Destination $ModuleDirectory -Recurse -Force
            }
        }
        else {
            Write-Warning "No module/ folder: the built module has no format, types or about_ help files."
        }

        # Get-Help reads a compiled module's help from <culture>/<assembly>-Help.xml (MAML). The generator writes it
        # from the published assembly and its XML documentation files, and fails when a cmdlet or parameter has none.
        $helpFile = Join-Path $ModuleDirectory "en-US/$ModuleName.dll-Help.xml"
        Invoke-Native -FilePath 'dotnet' -ArgumentList @(
            'run', '--project', (Join-Path $RepositoryRoot "tools/$ModuleName.HelpGenerator"), '-c', $Configuration, '--',
            (Join-Path $publishDirectory "$ModuleName.dll"), $helpFile)
        if (-not (Test-Path -LiteralPath $helpFile -PathType Leaf)) {
            throw "The help generator did not write $helpFile"
        }

        # Fails when the manifest names a file (RootModule, FormatsToProcess, TypesToProcess, ...) that is not there.
        $manifest = Test-ModuleManifest -Path (Join-Path $ModuleDirectory "$ModuleName.psd1")
        Write-Host "Built $ModuleName $($manifest.Version) in $ModuleDirectory" -ForegroundColor Green
    }
    finally {
        if (Test-Path -LiteralPath $publishDirectory) {
            Remove-Item -LiteralPath $publishDirectory -Recurse -Force -ErrorAction SilentlyContinue
        }
    }
}

function Invoke-SyntaxCheck {
    $toolDirectory = Join-Path $RepositoryRoot '.ci/pwsh-syntax'
    Invoke-Native -FilePath 'npm' -ArgumentList @('ci', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error') -WorkingDirectory $toolDirectory
    Invoke-Native -FilePath 'node' -ArgumentList @('--test', 'test/') -WorkingDirectory $toolDirectory
    Invoke-Native -FilePath 'node' -ArgumentList @((Join-Path $toolDirectory 'check.cjs'), '--root', $RepositoryRoot)
}

function Invoke-TestTask {
    Invoke-Native -FilePath 'dotnet' -ArgumentList @('test', $Solution, '-c', $Configuration, '-nologo')
    Invoke-SyntaxCheck
    Invoke-BuildTask
    Invoke-ChildPowerShell -ScriptPath (Join-Path $RepositoryRoot 'tools/Invoke-PesterTests.ps1') -ScriptArguments @('-Configuration', $Configuration)
}

function Invoke-DemoTask {
    Invoke-BuildTask
    Invoke-Native -FilePath 'dotnet' -ArgumentList @('build', (Join-Path $RepositoryRoot 'src/TencentChat.Emulator'), '-c', $Configuration, '-nologo')

    $demoDirectory = Join-Path $OutDirectory 'demo'
    New-Item -ItemType Directory -Path $demoDirectory -Force | Out-Null
    $emulator = $null
    try {
        $emulator = Start-ChatEmulator -RepositoryRoot $RepositoryRoot -Configuration $Configuration -Key $DemoKey `
            -Port $DemoPort -SdkAppId $DemoSdkAppId -Seed 'demo' -LogDirectory $demoDirectory
        Write-Host "Emulator listening on $($emulator.BaseUri) (process $($emulator.Process.Id))" -ForegroundColor Green

        # The key travels in the environment, not on the child's command line.
        $env:TENCENTCHAT_DEMO_KEY = $DemoKey
        try {
            Invoke-ChildPowerShell -ScriptPath (Join-Path $RepositoryRoot 'tools/Invoke-Demo.ps1') -ScriptArguments @(
                '-ModulePath', (Join-Path $ModuleDirectory "$ModuleName.psd1"),
                '-Endpoint', $emulator.BaseUri,
                '-SdkAppId', "$DemoSdkAppId",
                '-OutputDirectory', $demoDirectory)
        }
        finally {
            Remove-Item -Path 'Env:TENCENTCHAT_DEMO_KEY' -ErrorAction SilentlyContinue
        }
    }
    finally {
        Stop-ChatEmulator -Emulator $emulator
        if ($emulator) { Write-Host 'Emulator stopped.' -ForegroundColor Green }
    }
}

function Invoke-PackageTask {
    # The package holds the built module folder as Build leaves it (module and dependency assemblies, manifest,
    # format file, help) plus LICENSE, staged in out/package so the built folder stays as Build made it.
    if (-not (Get-Command -Name Compress-PSResource -ErrorAction SilentlyContinue)) {
        throw 'Compress-PSResource is missing: run the Package task in PowerShell 7.4+ (it ships Microsoft.PowerShell.PSResourceGet) or install that module.'
    }
    Invoke-BuildTask

    $stagingRoot = Join-Path $OutDirectory 'package'
    if (Test-Path -LiteralPath $stagingRoot) {
        Remove-Item -LiteralPath $stagingRoot -Recurse -Force
    }
    $staging = Join-Path $stagingRoot $ModuleName
    New-Item -ItemType Directory -Path $staging -Force | Out-Null
    Get-ChildItem -LiteralPath $ModuleDirectory | ForEach-Object {
        Copy-Item -LiteralPath $_.FullName -Destination $staging -Recurse -Force
    }
    Copy-RequiredFile -Path (Join-Path $RepositoryRoot 'LICENSE') -Destination $staging

    $version = (Test-ModuleManifest -Path (Join-Path $staging "$ModuleName.psd1")).Version
    $package = Join-Path $OutDirectory "$ModuleName.$version.nupkg"
    if (Test-Path -LiteralPath $package) {
        Remove-Item -LiteralPath $package -Force
    }
    Compress-PSResource -Path $staging -DestinationPath $OutDirectory
    if (-not (Test-Path -LiteralPath $package -PathType Leaf)) {
        throw "Compress-PSResource did not write $package"
    }
    Remove-Item -LiteralPath $stagingRoot -Recurse -Force
    Write-Host "Packaged $ModuleName $version as $package" -ForegroundColor Green
}

function Invoke-CleanTask {
    if (Test-Path -LiteralPath $OutDirectory) {
        Remove-Item -LiteralPath $OutDirectory -Recurse -Force
    }
    foreach ($top in 'src', 'tests', 'tools', 'benchmarks') {
        $topPath = Join-Path $RepositoryRoot $top
        if (-not (Test-Path -LiteralPath $topPath)) { continue }
        Get-ChildItem -LiteralPath $topPath -Directory -Recurse -Force |
            Where-Object { $_.Name -eq 'bin' -or $_.Name -eq 'obj' } |
            Sort-Object { $_.FullName.Length } -Descending |
            ForEach-Object {
                if (Test-Path -LiteralPath $_.FullName) {
                    Write-Host "Removing $($_.FullName)"
                    Remove-Item -LiteralPath $_.FullName -Recurse -Force
                }
            }
    }
}

switch ($Task) {
    'Build' { Invoke-BuildTask }
    'Test' { Invoke-TestTask }
    'Demo' { Invoke-DemoTask }
    'Package' { Invoke-PackageTask }
    'Clean' { Invoke-CleanTask }
}
