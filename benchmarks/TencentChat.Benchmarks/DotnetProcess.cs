using System.Diagnostics;

namespace TencentChat.Benchmarks;

/// <summary>A <c>dotnet</c> child process (a build, or <c>dotnet pwsh</c>) run to completion with a time limit.</summary>
internal static class DotnetProcess
{
    /// <summary>
    /// Runs <c>dotnet</c> with <paramref name="arguments"/> in <paramref name="directory"/>, with
    /// <paramref name="environment"/> added to its environment (secrets go there, never on the command line);
    /// returns its standard output, or throws when it fails or runs longer than <paramref name="timeout"/>.
    /// </summary>
    public static async Task<string> RunAsync(string directory, IReadOnlyDictionary<string, string>? environment, TimeSpan timeout,
        CancellationToken cancellationToken, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        Task<string> stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        Task<string> stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"dotnet {arguments[0]} exited with {process.ExitCode}: {await stderr}{await stdout}");
        return await stdout;
    }

    /// <summary>
    /// Runs <paramref name="script"/> in <c>dotnet pwsh -NoProfile -NonInteractive</c> (the repository's 7.6.9) and returns
    /// the lines it printed that start with <paramref name="tag"/>, split at tabs (tag first).
    /// </summary>
    public static async Task<IReadOnlyList<string[]>> RunPowerShellAsync(string directory, IReadOnlyDictionary<string, string>? environment, TimeSpan timeout,
        CancellationToken cancellationToken, string script, string tag)
    {
        string output = await RunAsync(directory, environment, timeout, cancellationToken, "pwsh", "-NoProfile", "-NonInteractive", "-Command", script);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('\t')).Where(fields => fields[0] == tag).ToList();
        return lines.Count > 0 ? lines : throw new InvalidOperationException($"pwsh printed no {tag} line: {output[..Math.Min(output.Length, 2000)]}");
    }
}
