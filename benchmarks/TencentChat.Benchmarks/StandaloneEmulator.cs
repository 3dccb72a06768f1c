using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text.Json;
using TencentChat.Admin.Client.Authentication;
using TencentChat.Admin.Client.Connection;

namespace TencentChat.Benchmarks;

/// <summary>
/// The built emulator started as its own process (<c>dotnet TencentChat.Emulator.dll</c>, as tools/EmulatorProcess.ps1
/// does) on 127.0.0.1 and a free port, so its CPU and memory never mix with the measured client's.
/// </summary>
internal sealed class StandaloneEmulator : IAsyncDisposable
{
    public const long SdkAppId = 1400000000;
    public const string Admin = "administrator";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    private readonly Process _process;
    private readonly HttpClient _control = new() { Timeout = TimeSpan.FromSeconds(30) };

    private StandaloneEmulator(Process process, Uri baseAddress, string key)
    {
        _process = process;
        BaseAddress = baseAddress;
        KeyText = key;
        Key = ChatSecretKey.FromString(key);
    }

    public Uri BaseAddress { get; }

    /// <summary>A random key for this emulator process only, so no real key is ever involved.</summary>
    public ChatSecretKey Key { get; }

    /// <summary>The same random key as text, for a child pwsh process that connects with Connect-ChatAdmin (<see cref="ConnectionEnvironment"/>).</summary>
    public string KeyText { get; }

    /// <summary>Starts the emulator; <paramref name="latencyMs"/> and <paramref name="rateLimit"/> are its --latency-ms and --rate-limit (0 = off).</summary>
    public static async Task<StandaloneEmulator> StartAsync(string assembly, string seed, int pageSize, CancellationToken cancellationToken,
        int latencyMs = 0, int rateLimit = 0)
    {
        if (!File.Exists(assembly))
            throw new FileNotFoundException($"The emulator is not built: {assembly}. Build the solution in the same configuration first.");
        int port = FreeLoopbackPort();
        string key = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(assembly)!,
        };
        foreach (string argument in new[] { assembly, "--urls", $"http://127.0.0.1:{port}", "--sdkappid", SdkAppId.ToString(), "--admin", Admin,
                     "--key", key, "--seed", seed, "--page-size", pageSize.ToString(), "--latency-ms", latencyMs.ToString(), "--rate-limit", rateLimit.ToString() })
            start.ArgumentList.Add(argument);
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        // Drained so a chatty child never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var emulator = new StandaloneEmulator(process, new Uri($"http://127.0.0.1:{port}/"), key);
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"The emulator exited with code {process.ExitCode} (seed {seed}).");
            try
            {
                await emulator.StatsAsync(cancellationToken);
                return emulator;
            }
            catch (HttpRequestException) when (deadline.Elapsed < StartTimeout)
            {
                await Task.Delay(100, cancellationToken);
            }
        }
    }

    /// <summary>Requests the emulator counted for <paramref name="command"/> (its control API, not the client's own count).</summary>
    public async Task<long> RequestCountAsync(string command, CancellationToken cancellationToken)
    {
        using JsonDocument stats = await StatsAsync(cancellationToken);
        return stats.RootElement.GetProperty("requests").GetProperty(command).GetInt64();
    }

    /// <summary>Answers the emulator's rate limit turned away with 60007, all commands (its control API).</summary>
    public async Task<long> ThrottledCountAsync(CancellationToken cancellationToken)
    {
        using JsonDocument stats = await StatsAsync(cancellationToken);
        return stats.RootElement.GetProperty("throttled").GetInt64();
    }

    /// <summary>
    /// A session as Connect-ChatAdmin opens it, pointed at this emulator; <paramref name="handler"/> replaces the
    /// session's own HTTP handler (a benchmark that watches the requests).
    /// </summary>
    public ChatSession OpenSession(double rateLimitPerSecond, HttpMessageHandler? handler = null) => ChatSession.Open(new ChatConnectionSettings
    {
        SdkAppId = SdkAppId,
        Identifier = Admin,
        // A key of its own: disposing a session zeroes its key, and a later session must still sign.
        SecretKey = ChatSecretKey.FromString(KeyText),
        Endpoint = BaseAddress,
        RateLimitPerSecond = rateLimitPerSecond,
    }, handler: handler);

    /// <summary>
    /// The variables Connect-ChatAdmin reads when given no parameters, pointing a child pwsh process at this
    /// emulator; the key travels in the environment, never on a command line.
    /// </summary>
    public IReadOnlyDictionary<string, string> ConnectionEnvironment() => new Dictionary<string, string>
    {
        [ChatEnvironment.SdkAppIdVariable] = SdkAppId.ToString(),
        [ChatEnvironment.IdentifierVariable] = Admin,
        [ChatEnvironment.SecretKeyVariable] = KeyText,
        [ChatEnvironment.EndpointVariable] = BaseAddress.ToString(),
    };

    /// <summary>A command URL with a fresh admin UserSig, for the raw baselines.</summary>
    public Uri CommandUri(string command) =>
        new(BaseAddress, $"v4/recentcontact/{command}?sdkappid={SdkAppId}&identifier={Admin}&usersig=" +
            UserSigCodec.Create(SdkAppId, Key, Admin, DateTimeOffset.UtcNow, TimeSpan.FromHours(1)) + "&random=1&contenttype=json");

    private async Task<JsonDocument> StatsAsync(CancellationToken cancellationToken)
    {
        using HttpResponseMessage response = await _control.GetAsync(new Uri(BaseAddress, "_emulator/stats"), cancellationToken);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
    }

    private static int FreeLoopbackPort()
    {
        // Port 0 lets the OS pick; released again before the emulator binds it.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try { return ((IPEndPoint)listener.LocalEndpoint).Port; }
        finally { listener.Stop(); }
    }

    public async ValueTask DisposeAsync()
    {
        _control.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }
        _process.Dispose();
    }
}
