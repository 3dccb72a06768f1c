using TencentChat.Admin.Client.Connection;
using TencentChat.Emulator.Hosting;
using TencentChat.Emulator;

namespace TencentChat.Admin.Tests.Support;

/// <summary>An in-process emulator on a free loopback port, and sessions of the real client pointed at it.</summary>
public sealed class EmulatorFixture : IAsyncDisposable
{
    private readonly List<ChatSession> _sessions = new();

    private EmulatorFixture(EmulatorHost host) => Host = host;

    public EmulatorHost Host { get; }

    public static async Task<EmulatorFixture> StartAsync(EmulatorOptions? options = null) =>
        new(await EmulatorHost.StartAsync(options ?? new EmulatorOptions()));

    /// <summary>A session with the emulator's app id and key and fast retries; <paramref name="configure"/> may change anything.</summary>
    public ChatSession OpenSession(Action<ChatConnectionSettings>? configure = null)
    {
        var settings = TestSessions.Settings(Host.BaseAddress, Host.Options.SdkAppId, Host.Options.SecretKey);
        configure?.Invoke(settings);
        var session = ChatSession.Open(settings);
        _sessions.Add(session);
        return session;
    }

    /// <summary>Requests the emulator has received for <paramref name="command"/>.</summary>
    public long Requests(string command) => Host.Stats.Requests.GetValueOrDefault(command);

    public long AllRequests => Host.Stats.Requests.Values.Sum();

    public async ValueTask DisposeAsync()
    {
        foreach (var session in _sessions) session.Dispose();
        await Host.DisposeAsync();
    }
}
