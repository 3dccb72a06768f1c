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
}
