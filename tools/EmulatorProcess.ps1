# Helpers to run the local Tencent Chat emulator as a background process (dot-sourced by build.ps1 and
# by the Pester tests). Windows PowerShell 5.1 and PowerShell 7 syntax.
#
# The emulator runs as `dotnet <built TencentChat.Emulator.dll> ...` rather than `dotnet run`: `dotnet run`
# starts the app as a second process, and stopping the `dotnet run` process would leave the app (and its
# port) behind. One process is stopped with one Stop-Process.

function Get-FreeTcpPort {
    # Port 0 lets the OS pick a free loopback port; it is released again before the emulator binds it.
    $listener = New-Object System.Net.Sockets.TcpListener ([System.Net.IPAddress]::Loopback, 0)
    $listener.Start()
    try {
        return $listener.LocalEndpoint.Port
    }
    finally {
        $listener.Stop()
    }
}

function Get-EmulatorAssemblyPath {
    param(
        [Parameter(Mandatory = $true)][string]$RepositoryRoot,
        [Parameter(Mandatory = $true)][string]$Configuration
    )
    $binDir = Join-Path $RepositoryRoot (Join-Path 'src/TencentChat.Emulator/bin' $Configuration)
    $dll = Get-ChildItem -Path $binDir -Filter 'TencentChat.Emulator.dll' -Recurse -File -ErrorAction SilentlyContinue |
        Where-Object { $_.DirectoryName -notmatch '[\\/](publish|ref|refint)$' } |
        Sort-Object LastWriteTimeUtc -Descending |
        Select-Object -First 1
    if (-not $dll) {
        throw "The emulator is not built: no TencentChat.Emulator.dll under '$binDir'. Run: dotnet build src/TencentChat.Emulator -c $Configuration"
    }
    return $dll.FullName
}

function Start-ChatEmulator {
    <#
    .SYNOPSIS
    Starts the built emulator on http://127.0.0.1:<Port> and waits until GET /_emulator/stats answers.
    Returns an object with Process, BaseUri, Port and the log file paths; pass it to Stop-ChatEmulator.
    #>
    param(
        [Parameter(Mandatory = $true)][string]$RepositoryRoot,
        [Parameter(Mandatory = $true)][string]$Configuration,
        [Parameter(Mandatory = $true)][string]$Key,
        [int]$Port = 0,
        [long]$SdkAppId = 1400000000,
        [string]$Admin = 'administrator',
        [string]$Seed = 'demo',
        [string]$LogDirectory = ([System.IO.Path]::GetTempPath()),
        [int]$TimeoutSeconds = 60
    )
    if ($Port -eq 0) { $Port = Get-FreeTcpPort }
    $dll = Get-EmulatorAssemblyPath -RepositoryRoot $RepositoryRoot -Configuration $Configuration
    $baseUri = "http://127.0.0.1:$Port"
    if (-not (Test-Path -LiteralPath $LogDirectory)) {
        New-Item -ItemType Directory -Path $LogDirectory -Force | Out-Null
    }
    $stdout = Join-Path $LogDirectory "emulator-$Port.out.log"
    $stderr = Join-Path $LogDirectory "emulator-$Port.err.log"

    # Start-Process joins the arguments with spaces: the assembly path is quoted; the others are single tokens.
    $arguments = @(
        "`"$dll`"",
        '--urls', $baseUri,
        '--sdkappid', "$SdkAppId",
        '--admin', $Admin,
        '--key', $Key,
        '--seed', $Seed
    )
    $process = Start-Process -FilePath 'dotnet' -ArgumentList $arguments -PassThru `
        -RedirectStandardOutput $stdout -RedirectStandardError $stderr -WorkingDirectory (Split-Path -Parent $dll)

    $emulator = [pscustomobject]@{
        Process   = $process
        Port      = $Port
        BaseUri   = $baseUri
        StdOutLog = $stdout
        StdErrLog = $stderr
    }

    $deadline = [DateTime]::UtcNow.AddSeconds($TimeoutSeconds)
    while ($true) {
        if ($process.HasExited) {
            $log = (Get-Content -LiteralPath $stdout, $stderr -ErrorAction SilentlyContinue) -join [Environment]::NewLine
            throw "The emulator exited with code $($process.ExitCode) before answering on $baseUri.$([Environment]::NewLine)$log"
        }
        try {
            $null = Invoke-RestMethod -Uri "$baseUri/_emulator/stats" -Method Get -TimeoutSec 2 -UseBasicParsing
            return $emulator
        }
        catch {
            if ([DateTime]::UtcNow -gt $deadline) {
                Stop-ChatEmulator -Emulator $emulator
                throw "The emulator did not answer GET $baseUri/_emulator/stats within $TimeoutSeconds s: $($_.Exception.Message)"
            }
            Start-Sleep -Milliseconds 250
        }
    }
}

function Stop-ChatEmulator {
    param([Parameter(Mandatory = $true)][AllowNull()][object]$Emulator)
    if ($null -eq $Emulator -or $null -eq $Emulator.Process) { return }
    if (-not $Emulator.Process.HasExited) {
        Stop-Process -Id $Emulator.Process.Id -Force -ErrorAction SilentlyContinue
        $null = $Emulator.Process.WaitForExit(10000)
    }
}

function Get-ChatEmulatorStats {
    param([Parameter(Mandatory = $true)][object]$Emulator)
    return Invoke-RestMethod -Uri "$($Emulator.BaseUri)/_emulator/stats" -Method Get -TimeoutSec 10 -UseBasicParsing
}
