#Requires -Version 5.1
# Pester 5 tests of the gallery package: `./build.ps1 -Task Package` writes out/TencentChat.Admin.<version>.nupkg,
# the package holds exactly the module's files and its gallery metadata, and it installs with Install-PSResource
# from a local file repository into a clean module path, where a FRESH pwsh imports it by name.
#
# `build.ps1 -Task Test` runs the Package task before Pester; when the package is missing, BeforeAll runs that task
# itself (in a child process), so the file also runs alone.
# Every install step runs in child pwsh processes whose per-user folders (HOME and XDG_*: PSResourceGet's
# repository list and the CurrentUser module path) point into a temporary sandbox, so the machine's own
# repositories and modules are neither used nor changed. Windows has no such redirection (its known folders come
# from the registry), so there the install test is skipped; the package contents are still checked.
#
# Run: ./tools/Invoke-PesterTests.ps1 -Path tests/Package.Tests.ps1

BeforeDiscovery {
    $script:CanInstall = ($PSVersionTable.PSEdition -eq 'Core') -and -not $IsWindows -and
        [bool](Get-Command -Name Install-PSResource -ErrorAction SilentlyContinue)
}

BeforeAll {
    $script:RepositoryRoot = Split-Path -Parent $PSScriptRoot
    $script:ModuleName = 'TencentChat.Admin'
    $script:Version = (Import-PowerShellDataFile -Path (Join-Path $script:RepositoryRoot "$script:ModuleName.psd1")).ModuleVersion
    $script:PackagePath = Join-Path $script:RepositoryRoot "out/$script:ModuleName.$script:Version.nupkg"
    $script:Pwsh = Join-Path $PSHOME $(if ($IsWindows) { 'pwsh.exe' } else { 'pwsh' })

    function Invoke-FreshPwsh {
        # Runs a script in a new pwsh process with the sandbox's per-user folders; returns its output as one string
        # and fails with the child's output when it exits non-zero.
        param(
            [Parameter(Mandatory = $true)][string]$Script,
            [hashtable]$Environment = @{}
        )
        $saved = @{}
        foreach ($name in $Environment.Keys) {
            $saved[$name] = [Environment]::GetEnvironmentVariable($name)
            [Environment]::SetEnvironmentVariable($name, $Environment[$name])
        }
        try {
            $output = & $script:Pwsh -NoProfile -NonInteractive -Command $Script 2>&1 | Out-String
            $exitCode = $LASTEXITCODE
        }
        finally {
            foreach ($name in $saved.Keys) { [Environment]::SetEnvironmentVariable($name, $saved[$name]) }
        }
        if ($exitCode -ne 0) { throw "The child pwsh exited with $exitCode`:`n$output" }
        $output
    }

    # `build.ps1 -Task Test` packages before Pester runs; run alone, this file packages first itself.
    if (-not (Test-Path -LiteralPath $script:PackagePath -PathType Leaf)) {
        $packageOutput = & $script:Pwsh -NoProfile -NonInteractive -File (Join-Path $script:RepositoryRoot 'build.ps1') -Task Package 2>&1 | Out-String
        if ($LASTEXITCODE -ne 0) { throw "build.ps1 -Task Package failed with exit code $LASTEXITCODE`:`n$packageOutput" }
    }

    Add-Type -AssemblyName System.IO.Compression.FileSystem
    $zip = [System.IO.Compression.ZipFile]::OpenRead($script:PackagePath)
    try {
        $script:Entries = @($zip.Entries | ForEach-Object { [Uri]::UnescapeDataString($_.FullName) })
        $nuspecEntry = $zip.Entries | Where-Object { $_.FullName -eq "$script:ModuleName.nuspec" }
        $reader = New-Object System.IO.StreamReader($nuspecEntry.Open())
        try { $script:Nuspec = [xml]$reader.ReadToEnd() } finally { $reader.Dispose() }
    }
    finally {
        $zip.Dispose()
    }

    $script:Sandbox = Join-Path ([System.IO.Path]::GetTempPath()) ('tencentchat-package-' + [guid]::NewGuid().ToString('N'))
    $script:Repository = Join-Path $script:Sandbox 'repository'
    $sandboxHome = Join-Path $script:Sandbox 'home'
    # PSResourceGet keeps its repository list under XDG_DATA_HOME and installs CurrentUser modules under
    # $HOME/.local/share; PowerShell's user module path follows XDG_DATA_HOME. The folders must exist: .NET reports
    # a missing one as "", and PSResourceGet would then write its repository list relative to the working directory.
    $dataHome = Join-Path $sandboxHome '.local/share'
    $script:ModulePath = Join-Path $dataHome 'powershell/Modules'
    $script:SandboxEnvironment = @{
        HOME            = $sandboxHome
        XDG_DATA_HOME   = $dataHome
        XDG_CONFIG_HOME = Join-Path $sandboxHome '.config'
        XDG_CACHE_HOME  = Join-Path $sandboxHome '.cache'
    }
    New-Item -ItemType Directory -Path (@($script:Repository, $script:ModulePath) + @($script:SandboxEnvironment.Values)) -Force | Out-Null
    Copy-Item -LiteralPath $script:PackagePath -Destination $script:Repository
}

AfterAll {
    if ($script:Sandbox -and (Test-Path -LiteralPath $script:Sandbox)) {
        Remove-Item -LiteralPath $script:Sandbox -Recurse -Force -ErrorAction SilentlyContinue
    }
}

Describe 'build.ps1 -Task Package' {
    It 'writes out/TencentChat.Admin.<version>.nupkg with the manifest''s version' {
        $script:PackagePath | Should -Exist
        $script:Nuspec.package.metadata.id | Should -Be $script:ModuleName
        $script:Nuspec.package.metadata.version | Should -Be $script:Version
    }

    It 'holds exactly the module''s files: its two assemblies, their netstandard2.0 dependencies, manifest, format, help, conformance tests and LICENSE' {
        # The package's own bookkeeping (nuspec, OPC parts) is not module content.
        $content = @($script:Entries | Where-Object {
                $_ -ne "$script:ModuleName.nuspec" -and $_ -ne '[Content_Types].xml' -and $_ -notlike '_rels/*' -and $_ -notlike 'package/*'
            } | Sort-Object)
        $expected = @(
            'LICENSE'
            'TencentChat.Admin.Client.dll'
            'TencentChat.Admin.dll'
            'TencentChat.Admin.format.ps1xml'
            'TencentChat.Admin.psd1'
            'Diagnostics/Comprehensive/ConformancePins.Tests.ps1'
            'Diagnostics/Comprehensive/ConformanceWrites.Tests.ps1'
            'Diagnostics/Comprehensive/GroupConformanceWrites.Tests.ps1'
            'Diagnostics/Comprehensive/GroupMessageConformanceWrites.Tests.ps1'
            'Diagnostics/Comprehensive/MessageConformance.Tests.ps1'
            'Diagnostics/Comprehensive/ProfileFriendWrites.Tests.ps1'
            'Diagnostics/ConformanceSupport.ps1'
            'Diagnostics/Simple/Conformance.Tests.ps1'
            'Diagnostics/Simple/GroupConformance.Tests.ps1'
            'Diagnostics/Simple/ProfileFriendConformance.Tests.ps1'
            'dependencies/Microsoft.Bcl.AsyncInterfaces.dll'
            'dependencies/System.Buffers.dll'
            'dependencies/System.Memory.dll'
            'dependencies/System.Numerics.Vectors.dll'
            'dependencies/System.Runtime.CompilerServices.Unsafe.dll'
            'dependencies/System.Text.Encodings.Web.dll'
            'dependencies/System.Text.Json.dll'
            'dependencies/System.Threading.Tasks.Extensions.dll'
            'en-US/TencentChat.Admin.dll-Help.xml'
            'en-US/about_TencentChat.Admin.help.txt'
        ) | Sort-Object
        ($content -join "`n") | Should -Be ($expected -join "`n")
    }

    It 'ships the conformance suite in Diagnostics/Simple and Diagnostics/Comprehensive, as the Operation Validation Framework lays it out' {
        # An admin who installed by name runs them against their own app (docs/conformance.md).
        $script:Entries | Should -Contain 'Diagnostics/Simple/Conformance.Tests.ps1'
        $script:Entries | Should -Contain 'Diagnostics/Comprehensive/ConformanceWrites.Tests.ps1'
        $script:Entries | Should -Contain 'Diagnostics/ConformanceSupport.ps1'
    }

    It 'carries the gallery metadata: project and license addresses, release notes and tags' {
        $metadata = $script:Nuspec.package.metadata
        $metadata.projectUrl | Should -Match '^https://'
        $metadata.licenseUrl | Should -Match '^https://.+/LICENSE$'
        $metadata.releaseNotes | Should -Not -BeNullOrEmpty
        $metadata.tags -split ' ' | Should -Contain 'TencentCloud'
        $metadata.description | Should -Not -BeNullOrEmpty
    }
}

Describe 'Install-PSResource from a local file repository' -Skip:(-not $script:CanInstall) {
    BeforeAll {
        # Registered and installed in one child process with the sandbox's per-user folders.
        $installScript = @"
`$ErrorActionPreference = 'Stop'
Register-PSResourceRepository -Name TencentChatAdminLocal -Uri '$script:Repository' -Trusted
Install-PSResource -Name $script:ModuleName -Repository TencentChatAdminLocal -Scope CurrentUser -TrustRepository -Quiet
"@
        Invoke-FreshPwsh -Script $installScript -Environment $script:SandboxEnvironment | Out-Null

        # A second, fresh process finds the module by name on the clean module path only.
        $importScript = @"
`$ErrorActionPreference = 'Stop'
Import-Module -Name $script:ModuleName
`$module = Get-Module -Name $script:ModuleName
`$help = Get-Help -Name Get-ChatConversation -Full
[pscustomobject]@{
    ModuleBase    = `$module.ModuleBase
    Version       = `$module.Version.ToString()
    Cmdlets       = @(`$module.ExportedCmdlets.Keys | Sort-Object)
    Synopsis      = [string]`$help.Synopsis
    Parameters    = @(`$help.parameters.parameter | Where-Object { `$_.description } | ForEach-Object { `$_.name })
    Examples      = @(`$help.examples.example).Count
    AboutTopic    = [bool](Get-Help -Name about_TencentChat.Admin -ErrorAction SilentlyContinue)
    ConversationView = [bool](Get-FormatData -TypeName TencentChat.Admin.Client.Models.ChatConversation)
} | ConvertTo-Json -Depth 3
"@
        $environment = $script:SandboxEnvironment.Clone()
        $environment['PSModulePath'] = $script:ModulePath
        $script:Imported = Invoke-FreshPwsh -Script $importScript -Environment $environment | ConvertFrom-Json
        $script:ManifestCmdlets = @((Import-PowerShellDataFile -Path (Join-Path $script:RepositoryRoot "$script:ModuleName.psd1")).CmdletsToExport | Sort-Object)
    }

    It 'installs into the clean module path and imports from there by name' {
        $script:Imported.ModuleBase | Should -BeLike "$script:ModulePath*"
        $script:Imported.Version | Should -Be $script:Version
        Join-Path $script:Imported.ModuleBase 'LICENSE' | Should -Exist
    }

    It 'exports exactly the manifest''s cmdlets' {
        ($script:Imported.Cmdlets -join ',') | Should -Be ($script:ManifestCmdlets -join ',')
    }

    It 'has the generated help for Get-ChatConversation, the about_ topic and the table views' {
        $script:Imported.Synopsis | Should -Not -BeNullOrEmpty
        $script:Imported.Synopsis | Should -Not -Match '^\s*Get-ChatConversation\s*\['
        $script:Imported.Parameters | Should -Contain 'Account'
        $script:Imported.Examples | Should -BeGreaterThan 0
        $script:Imported.AboutTopic | Should -BeTrue
        $script:Imported.ConversationView | Should -BeTrue
    }
}
