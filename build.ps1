#Requires -Version 5.1
<#
.SYNOPSIS
Builds, tests and demonstrates the TencentChat.Admin module. Needs only the .NET SDK: run it with the
repository's pinned PowerShell (`dotnet tool restore`, then `dotnet pwsh ./build.ps1 ...`) or any installed
PowerShell 7.4+ (the syntax is Windows PowerShell 5.1 compatible too).

.PARAMETER Task
Build - publish src/TencentChat.Admin, assemble the importable module in out/TencentChat.Admin and generate its
        help (en-US/TencentChat.Admin.dll-Help.xml) from the cmdlets' XML documentation comments.
Test  - build the solution, run every xunit project, parse every PowerShell file with PowerShell's own parser,
        Package (Build, the manifest check, the .nupkg), run the Pester tests (the install test among them);
        print one line `N passed, N failed` over all of them and fail when anything failed. The test command
        of the README and of .ci/run.
Demo  - Build, start the emulator, run the cmdlets against it, export out/demo/conversations.csv.
Package - Build, then write out/TencentChat.Admin.<version>.nupkg (the built module plus LICENSE) with
        PSResourceGet's Compress-PSResource (bundled with PowerShell 7.4+); no repository or gallery is involved.
Clean - remove out/ and the bin/obj folders under src/, tests/, tools/ and benchmarks/.
Conformance - Build, then run the conformance suite the module ships (Diagnostics/Simple and Diagnostics/Comprehensive)
        and write out/conformance/report.json and report.md. Against the endpoint of the TENCENTCHAT_* variables when
        TENCENTCHAT_ENDPOINT or TENCENTCHAT_REGION is set (read-only unless TENCENTCHAT_CONFORMANCE_ACCOUNT and
        TENCENTCHAT_CONFORMANCE_WRITES=1 are set too); otherwise against a local emulator, with writes on its test
        account user_0002 (no conversation groups), where every entry must agree and the account must end as it began. Test runs it against the emulator as well (docs/conformance.md).

.EXAMPLE
./build.ps1
dotnet tool restore; dotnet pwsh ./build.ps1 -Task Test
./build.ps1 -Task Demo -Configuration Debug
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Demo', 'Package', 'Clean', 'Conformance')]
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

function Get-PowerShellFile {
    # Every PowerShell file of the repository, not those under build output or git's own folder.
    $skipped = '[\\/](bin|obj|out|\.git|node_modules)[\\/]'
    Get-ChildItem -LiteralPath $RepositoryRoot -Recurse -File -Include '*.ps1', '*.psd1', '*.psm1' |
        Where-Object { $_.FullName.Substring($RepositoryRoot.Length) -notmatch $skipped } |
        Sort-Object FullName
}

function Test-PowerShellSyntax {
    # PowerShell's own parser over every file: one check per file, each error with its position.
    param([Parameter(Mandatory = $true)]$Tally)
    foreach ($file in Get-PowerShellFile) {
        $tokens = $null
        $errors = $null
        [System.Management.Automation.Language.Parser]::ParseFile($file.FullName, [ref]$tokens, [ref]$errors) | Out-Null
        $relative = $file.FullName.Substring($RepositoryRoot.Length + 1)
        if ($errors.Count -eq 0) {
            $Tally.Passed++
            continue
        }
        $Tally.Failed++
        foreach ($problem in $errors) {
            Write-Host ("{0}:{1}:{2}: {3}" -f $relative, $problem.Extent.StartLineNumber, $problem.Extent.StartColumnNumber, $problem.Message) -ForegroundColor Red
        }
    }
}

function Get-TestProject {
    # The solution's projects that reference Microsoft.NET.Test.Sdk.
    & dotnet sln $Solution list |
        Where-Object { $_ -match '\.csproj$' } |
        ForEach-Object { Join-Path $RepositoryRoot ($_.Trim() -replace '\\', '/') } |
        Where-Object { (Test-Path -LiteralPath $_) -and (Select-String -LiteralPath $_ -SimpleMatch 'Microsoft.NET.Test.Sdk' -Quiet) }
}

function Invoke-XunitProject {
    # One `dotnet test` per project, so each writes its own TRX file; counted from the TRX counters.
    param(
        [Parameter(Mandatory = $true)][string]$Project,
        [Parameter(Mandatory = $true)][string]$ResultsDirectory,
        [Parameter(Mandatory = $true)]$Tally
    )
    $name = [System.IO.Path]::GetFileNameWithoutExtension($Project)
    $trx = Join-Path $ResultsDirectory "$name.trx"
    Write-Host "> dotnet test $name" -ForegroundColor Cyan
    & dotnet test $Project -c $Configuration --no-build --nologo --logger "trx;LogFileName=$name.trx" `
        --logger 'console;verbosity=normal' --results-directory $ResultsDirectory | Out-Host
    $exitCode = $LASTEXITCODE
    $passed = 0
    $failed = 0
    if (Test-Path -LiteralPath $trx -PathType Leaf) {
        $counters = ([xml](Get-Content -Raw -LiteralPath $trx)).TestRun.ResultSummary.Counters
        $passed = [int]$counters.passed
        $failed = [int]$counters.failed + [int]$counters.error + [int]$counters.timeout + [int]$counters.aborted
    }
    # A non-zero exit with no failed test in the TRX (a crash, no TRX) still counts as one failure.
    if ($exitCode -ne 0 -and $failed -eq 0) { $failed = 1 }
    $Tally.Passed += $passed
    $Tally.Failed += $failed
}

function Invoke-TestStep {
    # Runs one step of the test route; a step that throws counts as one failure and the route goes on,
    # so the totals always cover everything that could run.
    param(
        [Parameter(Mandatory = $true)][string]$Name,
        [Parameter(Mandatory = $true)][scriptblock]$Step,
        [Parameter(Mandatory = $true)][AllowEmptyCollection()][System.Collections.Generic.List[object]]$Summary
    )
    Write-Host ''
    Write-Host "=== $Name ===" -ForegroundColor Cyan
    $tally = [pscustomobject]@{ Name = $Name; Passed = 0; Failed = 0 }
    try {
        & $Step $tally
    }
    catch {
        Write-Host "$Name failed: $($_.Exception.Message)" -ForegroundColor Red
        $tally.Failed++
    }
    Write-Host ("[{0}] passed={1} failed={2}" -f $Name, $tally.Passed, $tally.Failed)
    $Summary.Add($tally)
    return $tally.Failed -eq 0
}

function Invoke-TestTask {
    $results = Join-Path $OutDirectory 'test-results'
    if (Test-Path -LiteralPath $results) { Remove-Item -LiteralPath $results -Recurse -Force }
    New-Item -ItemType Directory -Path $results -Force | Out-Null
    $summary = New-Object 'System.Collections.Generic.List[object]'

    $built = Invoke-TestStep -Name 'build' -Summary $summary -Step {
        param($tally)
        Invoke-Native -FilePath 'dotnet' -ArgumentList @('build', $Solution, '-c', $Configuration, '-nologo', '-clp:NoSummary')
    }
    if ($built) {
        foreach ($project in Get-TestProject) {
            $name = [System.IO.Path]::GetFileNameWithoutExtension($project)
            Invoke-TestStep -Name "xunit $name" -Summary $summary -Step {
                param($tally)
                Invoke-XunitProject -Project $project -ResultsDirectory $results -Tally $tally
            } | Out-Null
        }
    }
    Invoke-TestStep -Name 'syntax' -Summary $summary -Step { param($tally) Test-PowerShellSyntax -Tally $tally } | Out-Null
    $moduleBuilt = $built -and (Invoke-TestStep -Name 'module' -Summary $summary -Step {
        param($tally)
        # Package builds the module (ending with Test-ModuleManifest) and writes the .nupkg that
        # tests/Package.Tests.ps1 installs by name.
        Invoke-PackageTask
        $tally.Passed++
    })
    if ($moduleBuilt) {
        Invoke-TestStep -Name 'conformance' -Summary $summary -Step {
            param($tally)
            Invoke-ConformanceRun -Tally $tally -OnEmulator
        } | Out-Null
        Invoke-TestStep -Name 'pester' -Summary $summary -Step {
            param($tally)
            $counts = Join-Path $results 'pester.json'
            $childFailure = $null
            try {
                Invoke-ChildPowerShell -ScriptPath (Join-Path $RepositoryRoot 'tools/Invoke-PesterTests.ps1') -ScriptArguments @(
                    '-Configuration', $Configuration, '-CountsFile', $counts)
            }
            catch {
                $childFailure = $_
            }
            if (Test-Path -LiteralPath $counts -PathType Leaf) {
                $pester = Get-Content -Raw -LiteralPath $counts | ConvertFrom-Json
                $tally.Passed += [int]$pester.passed
                $tally.Failed += [int]$pester.failed
            }
            # A failed run with no failed test counted (Pester could not start, a container broke) is still a failure.
            if ($childFailure -and $tally.Failed -eq 0) { throw $childFailure }
        } | Out-Null
    }

    $passed = ($summary | Measure-Object -Property Passed -Sum).Sum
    $failed = ($summary | Measure-Object -Property Failed -Sum).Sum
    Write-Host ''
    $summary | Format-Table -AutoSize Name, Passed, Failed | Out-Host
    $failing = @($summary | Where-Object { $_.Failed -gt 0 } | ForEach-Object { $_.Name })
    if ($failing.Count -gt 0) { Write-Host "failing: $($failing -join ', ')" -ForegroundColor Red }
    # The one totals line CI reads: keep it the last line of the route.
    Write-Host "$passed passed, $failed failed"
    if ($failed -gt 0) { exit 1 }
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

# The entries every conformance report holds (module/Diagnostics); each test records one.
$ConformanceEntries = @('StandardMarkBitOrder', 'GetListGroupItem', 'GetListCursorEcho', 'SearchMaxItems', 'MarkMaxItems',
    'GroupMembersMaxItems', 'MissingGroupCode', 'GroupNameTooLongCode', 'TooManyGroupsCode', 'TooManyItemsCode',
    'TopMaxItems', 'TopPinLimitCode', 'TopMissingConversation',
    'ProfileUnsetTags', 'FriendGetPaging', 'DuplicateAddCode', 'DuplicateBlockCode',
    'ChatGroupMissingCode', 'ChatGroupListOrder', 'ChatGroupAddMaxItems', 'ChatGroupAVChatRoomMembersCode', 'ChatGroupNameTooLongCode',
    'GroupImportMemberMaxItems', 'GroupMessageSeqDirection', 'GroupSenderRecallMark',
    'MessageHistoryPaging', 'MessageBatchShape', 'MessageUnknownSender', 'MessageSizeLimit')
# On the emulator: a generated user with 60 conversations and no conversation groups, so the probes that need groups
# (GetListGroupItem, TooManyGroupsCode) must set them up themselves, and the 51st-pin probe (TopPinLimitCode) has room.
$ConformanceSeed = 'generate:4:240'
$ConformanceAccount = 'user_000001'
# The second test account of the write probes that need two (relationships, one-to-one messages): the account above and this one.
$ConformancePeer = 'user_000002'

function Invoke-ConformanceRun {
    # Runs the built module's Diagnostics tests in a child PowerShell and checks out/conformance/report.json: every named
    # entry present, and, against the emulator, every entry agreeing. Counts the Pester tests plus one for the report.
    param(
        [Parameter(Mandatory = $true)]$Tally,
        [switch]$OnEmulator
    )
    $reportDirectory = Join-Path $OutDirectory 'conformance'
    if (Test-Path -LiteralPath $reportDirectory) { Remove-Item -LiteralPath $reportDirectory -Recurse -Force }
    New-Item -ItemType Directory -Path $reportDirectory -Force | Out-Null
    $manifest = Join-Path $ModuleDirectory "$ModuleName.psd1"
    $accountState = Join-Path $RepositoryRoot 'tools/Get-ConformanceAccountState.ps1'
    $stateBefore = Join-Path $reportDirectory 'account-before.txt'
    $stateAfter = Join-Path $reportDirectory 'account-after.txt'
    $variables = @('TENCENTCHAT_SDKAPPID', 'TENCENTCHAT_IDENTIFIER', 'TENCENTCHAT_SECRETKEY', 'TENCENTCHAT_USERSIG', 'TENCENTCHAT_REGION',
        'TENCENTCHAT_ENDPOINT', 'TENCENTCHAT_CONFORMANCE_ACCOUNT', 'TENCENTCHAT_CONFORMANCE_WRITES', 'TENCENTCHAT_CONFORMANCE_REPORT', 'TENCENTCHAT_CONFORMANCE_PEER')
    $saved = @{}
    foreach ($name in $variables) { $saved[$name] = [Environment]::GetEnvironmentVariable($name) }
    $emulator = $null
    try {
        if ($OnEmulator) {
            foreach ($name in $variables) { [Environment]::SetEnvironmentVariable($name, $null) }
            Invoke-Native -FilePath 'dotnet' -ArgumentList @('build', (Join-Path $RepositoryRoot 'src/TencentChat.Emulator'), '-c', $Configuration, '-nologo', '-v', 'quiet')
            # A key unique to the run; it travels to the child in the environment, never on a command line.
            $key = 'conformance-' + [guid]::NewGuid().ToString('N')
            $emulator = Start-ChatEmulator -RepositoryRoot $RepositoryRoot -Configuration $Configuration -Key $key -SdkAppId $DemoSdkAppId `
                -Seed $ConformanceSeed -LogDirectory $reportDirectory
            $env:TENCENTCHAT_SDKAPPID = "$DemoSdkAppId"
            $env:TENCENTCHAT_SECRETKEY = $key
            $env:TENCENTCHAT_ENDPOINT = $emulator.BaseUri
            $env:TENCENTCHAT_CONFORMANCE_ACCOUNT = $ConformanceAccount
            $env:TENCENTCHAT_CONFORMANCE_WRITES = '1'
            $env:TENCENTCHAT_CONFORMANCE_PEER = $ConformancePeer
            Invoke-ChildPowerShell -ScriptPath $accountState -ScriptArguments @('-ModulePath', $manifest, '-OutFile', $stateBefore)
        }
        $env:TENCENTCHAT_CONFORMANCE_REPORT = $reportDirectory
        $counts = Join-Path $reportDirectory 'pester.json'
        $childFailure = $null
        try {
            Invoke-ChildPowerShell -ScriptPath (Join-Path $RepositoryRoot 'tools/Invoke-PesterTests.ps1') -ScriptArguments @(
                '-Configuration', $Configuration, '-Path', (Join-Path $ModuleDirectory 'Diagnostics'), '-CountsFile', $counts,
                '-ResultsFile', (Join-Path $reportDirectory 'pester-results.xml'))
        }
        catch {
            $childFailure = $_
        }
        if (Test-Path -LiteralPath $counts -PathType Leaf) {
            $pester = Get-Content -Raw -LiteralPath $counts | ConvertFrom-Json
            $Tally.Passed += [int]$pester.passed
            $Tally.Failed += [int]$pester.failed
        }
        elseif ($childFailure) { throw $childFailure }

        $reportFile = Join-Path $reportDirectory 'report.json'
        $report = if (Test-Path -LiteralPath $reportFile) { @(Get-Content -Raw -LiteralPath $reportFile | ConvertFrom-Json) } else { @() }
        $missing = @($ConformanceEntries | Where-Object { $report.Name -notcontains $_ })
        $disagreeing = @($report | Where-Object { $_.Agrees -ne $true } | ForEach-Object { $_.Name })
        $changed = $null
        if ($OnEmulator) {
            Invoke-ChildPowerShell -ScriptPath $accountState -ScriptArguments @('-ModulePath', $manifest, '-OutFile', $stateAfter)
            $before = @(Get-Content -LiteralPath $stateBefore)
            $after = @(Get-Content -LiteralPath $stateAfter)
            if (@($before | Where-Object { $_ -like 'group *' }).Count -gt 0) { $changed = "$ConformanceAccount had conversation groups before the run" }
            elseif (($before -join "`n") -ne ($after -join "`n")) { $changed = "$ConformanceAccount differs after the run: $(Compare-Object $before $after | Out-String)" }
        }
        if ($missing.Count -gt 0) {
            Write-Host "The conformance report lacks: $($missing -join ', ')" -ForegroundColor Red
            $Tally.Failed++
        }
        elseif ($OnEmulator -and $disagreeing.Count -gt 0) {
            Write-Host "Against the emulator these entries do not agree: $($disagreeing -join ', ')" -ForegroundColor Red
            $Tally.Failed++
        }
        elseif ($changed) {
            Write-Host $changed -ForegroundColor Red
            $Tally.Failed++
        }
        else {
            $Tally.Passed++
        }
        Write-Host "Conformance report: $reportFile" -ForegroundColor Green
    }
    finally {
        Stop-ChatEmulator -Emulator $emulator
        foreach ($name in $variables) { [Environment]::SetEnvironmentVariable($name, $saved[$name]) }
    }
}

function Invoke-ConformanceTask {
    Invoke-BuildTask
    $tally = [pscustomobject]@{ Name = 'conformance'; Passed = 0; Failed = 0 }
    $onEmulator = -not ($env:TENCENTCHAT_ENDPOINT -or $env:TENCENTCHAT_REGION)
    Invoke-ConformanceRun -Tally $tally -OnEmulator:$onEmulator
    Write-Host "$($tally.Passed) passed, $($tally.Failed) failed"
    if ($tally.Failed -gt 0) { exit 1 }
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
    'Conformance' { Invoke-ConformanceTask }
}
