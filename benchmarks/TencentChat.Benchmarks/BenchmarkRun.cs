using System.Globalization;

namespace TencentChat.Benchmarks;

/// <summary>What every scenario of one run shares: where the repository and the built artefacts are.</summary>
internal sealed record BenchmarkRun(string RepositoryRoot, string Configuration)
{
    /// <summary>The emulator as built by this project's reference; started as a child process, never loaded here.</summary>
    public string EmulatorAssembly => Path.Combine(RepositoryRoot, "src", "TencentChat.Emulator", "bin", Configuration, "net10.0", "TencentChat.Emulator.dll");

    /// <summary>The module as build.ps1 -Task Build lays it out.</summary>
    public string ModuleManifest => Path.Combine(RepositoryRoot, "out", "TencentChat.Admin", "TencentChat.Admin.psd1");

    /// <summary>A standalone emulator on 127.0.0.1 with a free port; dispose it to stop the process.</summary>
    public Task<StandaloneEmulator> StartEmulatorAsync(string seed, int pageSize, CancellationToken cancellationToken, int latencyMs = 0, int rateLimit = 0) =>
        StandaloneEmulator.StartAsync(EmulatorAssembly, seed, pageSize, cancellationToken, latencyMs, rateLimit);

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    public static double Median(IEnumerable<double> values)
    {
        double[] sorted = values.OrderBy(v => v).ToArray();
        if (sorted.Length == 0) throw new ArgumentException("No values.", nameof(values));
        int middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>The folder holding TencentChat.Admin.sln, searched upwards from <paramref name="start"/>.</summary>
    public static string FindRepositoryRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory != null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "TencentChat.Admin.sln"))) return directory.FullName;
        throw new InvalidOperationException($"No TencentChat.Admin.sln above {start}; run from the repository.");
    }
}
