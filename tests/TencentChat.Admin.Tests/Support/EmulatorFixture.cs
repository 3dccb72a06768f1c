using TencentChat.Admin.Client.Authentication;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Transport;
using TencentChat.Emulator.Hosting;

namespace TencentChat.Admin.Tests.Support;

/// <summary>
/// An in-process emulator (demo seed) on a loopback port, one per test class, plus sessions that talk to it over
/// real HTTP. Tests that change data call <see cref="Reset"/> first, so they start from the seed and zero stats.
/// </summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    public const string Key = "tencentchat-admin-tests-key";

    public EmulatorHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await EmulatorHost.StartAsync(new EmulatorOptions { SecretKey = Key, Seed = "demo" });

    public async Task DisposeAsync() => await Host.DisposeAsync();

    public void Reset() => Host.Reset();

    /// <summary>A session signed with the emulator's key; no client-side rate limit and fast retries, so tests stay quick.</summary>
    public ChatSession OpenSession() => Open(Host);

    public static ChatSession Open(EmulatorHost host) => ChatSession.Open(new ChatConnectionSettings
    {
        SdkAppId = host.Options.SdkAppId,
        Identifier = "administrator",
        SecretKey = ChatSecretKey.FromString(host.Options.SecretKey),
        Endpoint = host.BaseAddress,
        RateLimitPerSecond = 0,
        Retry = new RetryPolicy { MaxAttempts = 3, BaseDelay = TimeSpan.FromMilliseconds(1), ThrottleBaseDelay = TimeSpan.FromMilliseconds(1) },
    });

    public static ChatLog Log(ChatSession session) => new ChatLog(session.Redactor);

    /// <summary>Requests the emulator has counted for <paramref name="command"/> since the last reset.</summary>
    public long Requests(string command) => Host.Stats.Requests[command];
}
