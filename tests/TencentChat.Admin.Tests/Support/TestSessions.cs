using System.Collections.Concurrent;
using TencentChat.Admin.Client.Authentication;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Transport;

namespace TencentChat.Admin.Tests.Support;

/// <summary>Sessions and logs for tests. Keys are made up per run, never committed signatures.</summary>
public static class TestSessions
{
    public const string Key = "test-secret-key-0123456789abcdef0123456789abcdef";

    /// <summary>Quick retries so failure tests stay fast; the backoff shape is tested separately.</summary>
    public static RetryPolicy FastRetries(int maxAttempts = 4) => new()
    {
        MaxAttempts = maxAttempts,
        BaseDelay = TimeSpan.FromMilliseconds(5),
        ThrottleBaseDelay = TimeSpan.FromMilliseconds(10),
        MaxDelay = TimeSpan.FromMilliseconds(50),
    };

    public static ChatConnectionSettings Settings(Uri endpoint, long sdkAppId = 1400000000, string key = Key) => new()
    {
        SdkAppId = sdkAppId,
        Identifier = "administrator",
        SecretKey = ChatSecretKey.FromString(key),
        Endpoint = endpoint,
        Retry = FastRetries(),
        RequestTimeout = TimeSpan.FromSeconds(5),
        RateLimitPerSecond = 0,
    };

    public static ChatSession Open(Uri endpoint, Action<ChatConnectionSettings>? configure = null)
    {
        var settings = Settings(endpoint);
        configure?.Invoke(settings);
        return ChatSession.Open(settings);
    }

    public static ChatLog Log(ChatSession session) => new(session.Redactor);

    /// <summary>Everything a log holds, in order (draining it).</summary>
    public static List<(ChatLogLevel Level, string Text)> Drain(ChatLog log)
    {
        var lines = new List<(ChatLogLevel, string)>();
        while (log.TryTake(out var level, out var text)) lines.Add((level, text));
        return lines;
    }
}
