using System.Globalization;
using static TencentChat.Benchmarks.BenchmarkRun;

namespace TencentChat.Benchmarks.Scenarios;

/// <summary>
/// P5 import: Import-Module of the built module (out/TencentChat.Admin, from build.ps1 -Task Build) in fresh
/// pwsh 7.6.9 processes (<c>dotnet pwsh</c>, the repository's pinned tool), next to a module holding one empty
/// cmdlet built in this run the same way (netstandard2.0, PowerShellStandard.Library 5.1.1, a manifest). The
/// time is measured inside each process around Import-Module only, so pwsh's own start-up is not counted.
/// </summary>
internal sealed class ImportTimeScenario : IBenchmarkScenario
{
    private const int Processes = 10;
    private static readonly TimeSpan ProcessTimeout = TimeSpan.FromMinutes(2);

    public string Id => "P5";

    public async Task<IReadOnlyList<BenchmarkRow>> RunAsync(BenchmarkRun run, CancellationToken cancellationToken)
    {
        if (!File.Exists(run.ModuleManifest))
            throw new FileNotFoundException($"The module is not built: {run.ModuleManifest}. Run: dotnet pwsh -NoProfile -File build.ps1 -Task Build");
        string baseline = await BuildBaselineModuleAsync(run, cancellationToken);

        // One import of each first, so both start from a warm disk cache; then alternate.
        await ImportMillisecondsAsync(run, run.ModuleManifest, cancellationToken);
        await ImportMillisecondsAsync(run, baseline, cancellationToken);
        var module = new List<double>();
        var empty = new List<double>();
        for (int i = 0; i < Processes; i++)
        {
            module.Add(await ImportMillisecondsAsync(run, run.ModuleManifest, cancellationToken));
            empty.Add(await ImportMillisecondsAsync(run, baseline, cancellationToken));
        }
        double moduleMs = Median(module), emptyMs = Median(empty);
        return new[]
        {
            new BenchmarkRow(Id, Invariant($"Import-Module in pwsh 7.6.9 (median of {Processes} fresh processes)"),
                Invariant($"{moduleMs:0} ms"), Invariant($"{emptyMs:0} ms"), Invariant($"{moduleMs / emptyMs:0.00}x (+{moduleMs - emptyMs:0} ms)"),
                "< 250 ms and <= baseline + 100 ms", moduleMs < 250 && moduleMs - emptyMs <= 100),
        };
    }

    private static async Task<double> ImportMillisecondsAsync(BenchmarkRun run, string manifest, CancellationToken cancellationToken)
    {
        string script = "$w = [System.Diagnostics.Stopwatch]::StartNew(); Import-Module -Name '" + manifest.Replace("'", "''") +
                        "' -ErrorAction Stop; $w.Stop(); $w.Elapsed.TotalMilliseconds.ToString([cultureinfo]::InvariantCulture)";
        string output = await DotnetProcess.RunAsync(run.RepositoryRoot, null, ProcessTimeout, cancellationToken, "pwsh", "-NoProfile", "-NonInteractive", "-Command", script);
        string last = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Last();
        return double.Parse(last, CultureInfo.InvariantCulture);
    }

    /// <summary>Builds the one-empty-cmdlet module into a temporary folder and returns its manifest.</summary>
    private static async Task<string> BuildBaselineModuleAsync(BenchmarkRun run, CancellationToken cancellationToken)
    {
        string root = Path.Combine(Path.GetTempPath(), "TencentChat.Benchmarks.EmptyModule");
        string output = Path.Combine(root, "module");
        Directory.CreateDirectory(root);
        await File.WriteAllTextAsync(Path.Combine(root, "EmptyModule.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>netstandard2.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="PowerShellStandard.Library" Version="5.1.1" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """, cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(root, "EmptyCmdlet.cs"), """
            using System.Management.Automation;

            [Cmdlet(VerbsCommon.Get, "EmptyBenchmark")]
            public sealed class EmptyCmdlet : PSCmdlet
            {
            }
            """, cancellationToken);
        await DotnetProcess.RunAsync(root, null, ProcessTimeout, cancellationToken, "build", "-c", run.Configuration, "-o", output, "-nologo");
        string manifest = Path.Combine(output, "EmptyModule.psd1");
        await File.WriteAllTextAsync(manifest, """
            @{
                RootModule        = 'EmptyModule.dll'
                ModuleVersion     = '1.0.0'
                GUID              = '0f6c1b1e-6d0e-4b8e-9a43-3c2f4d6b7a10'
                CmdletsToExport   = @('Get-EmptyBenchmark')
                FunctionsToExport = @()
                VariablesToExport = @()
                AliasesToExport   = @()
            }
            """, cancellationToken);
        return manifest;
    }
}
