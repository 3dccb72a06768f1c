#Requires -Version 5.1
# Shared setup of the Pester test files, dot-sourced in their BeforeAll: the BUILT module's manifest, a key
# unique to the run, and a BUILT emulator (demo seed) started with that key on a free loopback port.
# Import-Module stays in each test file: imported from inside a function, the cmdlets could land in the
# function's scope instead of the test file's.

. (Join-Path (Split-Path -Parent $PSScriptRoot) 'tools/EmulatorProcess.ps1')

function Start-ChatTestEnvironment {
    param(
        [Parameter(Mandatory = $true)][string]$RepositoryRoot,
        # Names the key and the log folder, so a leak or a log points at the test file it came from.
        [Parameter(Mandatory = $true)][string]$Name,
        # Only for text that names a key itself, as the help examples name the emulator's public development key.
        [string]$Key
    )
    $configuration = if ($env:TENCENTCHAT_TEST_CONFIGURATION) { $env:TENCENTCHAT_TEST_CONFIGURATION } else { 'Release' }
    $manifestPath = if ($env:TENCENTCHAT_TEST_MODULE) { $env:TENCENTCHAT_TEST_MODULE }
    else { Join-Path $RepositoryRoot 'out/TencentChat.Admin/TencentChat.Admin.psd1' }
    if (-not (Test-Path -LiteralPath $manifestPath)) {
        throw "The built module is missing: $manifestPath. Run ./build.ps1 -Task Build first."
    }

    # Any appearance of this key in any output is a leak, never a coincidence.
    $key = if ($Key) { $Key } else { "pester-$Name-" + [guid]::NewGuid().ToString('N') }
    $sdkAppId = [long]1400000000

    # Connect-ChatAdmin without credentials reads these; clear them so every test states what it uses.
    $savedEnvironment = @{}
    foreach ($variable in 'TENCENTCHAT_SDKAPPID', 'TENCENTCHAT_IDENTIFIER', 'TENCENTCHAT_SECRETKEY',
        'TENCENTCHAT_USERSIG', 'TENCENTCHAT_REGION', 'TENCENTCHAT_ENDPOINT') {
        $savedEnvironment[$variable] = [Environment]::GetEnvironmentVariable($variable)
        [Environment]::SetEnvironmentVariable($variable, $null)
    }

    $logDirectory = Join-Path ([System.IO.Path]::GetTempPath()) ("tencentchat-$Name-" + [guid]::NewGuid().ToString('N'))
    $emulator = Start-ChatEmulator -RepositoryRoot $RepositoryRoot -Configuration $configuration `
        -Key $key -SdkAppId $sdkAppId -Admin 'administrator' -Seed 'demo' -LogDirectory $logDirectory

    [pscustomobject]@{
        ManifestPath     = $manifestPath
        Key              = $key
        SecretKey        = ConvertTo-SecureString -String $key -AsPlainText -Force
        SdkAppId         = $sdkAppId
        Emulator         = $emulator
        LogDirectory     = $logDirectory
        SavedEnvironment = $savedEnvironment
    }
}

function Stop-ChatTestEnvironment {
    param([AllowNull()][object]$Environment)
    Remove-Module -Name TencentChat.Admin -Force -ErrorAction SilentlyContinue
    if ($null -eq $Environment) { return }
    if ($Environment.Emulator) { Stop-ChatEmulator -Emulator $Environment.Emulator }
    foreach ($variable in @($Environment.SavedEnvironment.Keys)) {
        [Environment]::SetEnvironmentVariable($variable, $Environment.SavedEnvironment[$variable])
    }
    if (Test-Path -LiteralPath $Environment.LogDirectory) {
        Remove-Item -LiteralPath $Environment.LogDirectory -Recurse -Force -ErrorAction SilentlyContinue
    }
}
