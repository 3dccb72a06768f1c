#Requires -Version 5.1
# Pester 5: the docs and the help of the BUILT module point only at what a reader has. The repository's Markdown names
# no path outside the repository; the help an installed package carries (the MAML file and the about_ topic) names no
# file of the repository that the package does not contain; and no help topic suggests Get-Help -Online for a cmdlet
# without a HelpUri (docs/help.md, "No -Online").
#
# Run: ./build.ps1 -Task Test   (or: ./tools/Invoke-PesterTests.ps1 after a Build)

BeforeDiscovery {
    $repositoryRoot = Split-Path -Parent $PSScriptRoot
    $manifestPath = if ($env:TENCENTCHAT_TEST_MODULE) { $env:TENCENTCHAT_TEST_MODULE }
    else { Join-Path $repositoryRoot 'out/TencentChat.Admin/TencentChat.Admin.psd1' }
    $moduleDirectory = Split-Path -Parent $manifestPath
    $skipped = '[\\/](bin|obj|out|\.git|node_modules)[\\/]'
    $Documents = @(Get-ChildItem -LiteralPath $repositoryRoot -Recurse -File -Include '*.md' -Force |
        Where-Object { $_.FullName.Substring($repositoryRoot.Length) -notmatch $skipped } |
        ForEach-Object { @{ Path = $_.FullName; Name = $_.FullName.Substring($repositoryRoot.Length + 1) } })
    $InstalledHelp = @(Get-ChildItem -LiteralPath (Join-Path $moduleDirectory 'en-US') -File -ErrorAction SilentlyContinue |
        ForEach-Object { @{ Path = $_.FullName; Name = $_.Name } })
    $CmdletNames = @((Import-PowerShellDataFile -Path $manifestPath).CmdletsToExport)
}

BeforeAll {
    $script:RepositoryRoot = [System.IO.Path]::GetFullPath((Split-Path -Parent $PSScriptRoot))
    $manifestPath = if ($env:TENCENTCHAT_TEST_MODULE) { $env:TENCENTCHAT_TEST_MODULE }
    else { Join-Path $script:RepositoryRoot 'out/TencentChat.Admin/TencentChat.Admin.psd1' }
    Import-Module -Name $manifestPath -Force -ErrorAction Stop

    function Get-OutsidePath {
        # The paths a text names that lie outside the repository: relative ones (Markdown links, ../ chains) resolved
        # from the file's folder, and absolute paths under the usual Unix roots (a machine's folders, never the repository's).
        param([Parameter(Mandatory = $true)][string]$Path)
        $text = Get-Content -Raw -LiteralPath $Path
        $folder = Split-Path -Parent $Path
        $relative = @([regex]::Matches($text, '\]\((?![a-z][a-z0-9+.-]*:|#)([^)\s#]+)') | ForEach-Object { $_.Groups[1].Value }) +
            @([regex]::Matches($text, '(?<![\w/.])(?:\.\./)+[\w./-]*') | ForEach-Object { $_.Value })
        foreach ($target in $relative) {
            $full = [System.IO.Path]::GetFullPath((Join-Path $folder $target))
            if (-not $full.StartsWith($script:RepositoryRoot, [System.StringComparison]::Ordinal)) { $target }
        }
        [regex]::Matches($text, '(?<![\w:/.])/(?:work|home|tmp|usr|opt|var|mnt|srv|root|Users)/[\w./-]+') |
            ForEach-Object { $_.Value }
    }
}

Describe 'Paths in docs and help' {
    It '<Name> names no path outside the repository' -ForEach $Documents {
        @(Get-OutsidePath -Path $Path) | Should -BeNullOrEmpty
    }

    It 'installed help <Name> names no path outside the package' -ForEach $InstalledHelp {
        @(Get-OutsidePath -Path $Path) | Should -BeNullOrEmpty
        # What a package does not contain: the repository's folders, its build script, commands run from its source.
        $text = Get-Content -Raw -LiteralPath $Path
        @([regex]::Matches($text, '\b(?:docs|src|tests|tools|benchmarks)/[\w./-]*|\bbuild\.ps1\b|dotnet run\b') | ForEach-Object { $_.Value }) |
            Should -BeNullOrEmpty
    }

    It 'finds the help an installed package carries' -ForEach @(@{ Found = @($InstalledHelp).Count }) {
        $Found | Should -BeGreaterOrEqual 2
    }
}

Describe 'Get-Help -Online' {
    It 'help of <_> suggests -Online only with a HelpUri' -ForEach $CmdletNames {
        $command = Get-Command -Name $_ -Module TencentChat.Admin
        $shown = (Get-Help -Name $_ | Out-String -Width 200) + (Get-Help -Name $_ -Full | Out-String -Width 200)
        if (-not $command.HelpUri) {
            # -Online as a word: Send-ChatGroupMessage's -OnlineOnly parameter is not it.
            $shown | Should -Not -Match '-Online\b'
        }
    }

}
