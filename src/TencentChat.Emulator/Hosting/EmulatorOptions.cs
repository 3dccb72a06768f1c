namespace TencentChat.Emulator.Hosting;

/// <summary>Configuration of one emulator instance; the command-line options map onto these one to one.</summary>
public sealed class EmulatorOptions
{
    /// <summary>A local development key, public on purpose: never use it (or any emulator key) for a real app.</summary>
    public const string DevelopmentKey = "tencentchat-emulator-dev-key";

    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>Where to listen; null (the in-process default) binds 127.0.0.1 on a free port.</summary>
    public string? Urls { get; init; }

    public long SdkAppId { get; init; } = 1400000000;

    /// <summary>The App-admin identifiers allowed to call the API (others get 60010).</summary>
    public IReadOnlyList<string> Administrators { get; init; } = new[] { "administrator" };

    public string SecretKey { get; init; } = DevelopmentKey;

    /// <summary><c>demo</c>, <c>none</c> or <c>generate:USERS:CONVERSATIONS</c> (see docs/emulator.md).</summary>
    public string Seed { get; init; } = "demo";

    /// <summary>Items per get_list / get_contact_group response.</summary>
    public int PageSize { get; init; } = 20;

    /// <summary>Delay added to every API request.</summary>
    public int LatencyMs { get; init; }

    /// <summary>
    /// Rate limiting: 0 = off; otherwise each command may take at most this many requests per second, and never more
    /// than its documented rate (200/s; 100/s for multiaccount_import, account_delete and account_check).
    /// </summary>
    public int RateLimit { get; init; }

    /// <summary>The edition whose account rules apply (cap, deletion, re-import block).</summary>
    public EmulatorEdition Edition { get; init; } = EmulatorEdition.Unrestricted;

    /// <summary>The emulator's notion of now: UserSig expiry and record Timestamps. Inject a fixed clock to check spec vectors.</summary>
    public Func<DateTimeOffset> Clock { get; init; } = () => DateTimeOffset.UtcNow;

    /// <summary>
    /// Called with the raw query string of every API request, before any check. For in-process tests only (no
    /// command-line option): the redaction tests collect every UserSig the client sent, to prove none of them
    /// reaches a log line or a message.
    /// </summary>
    public Action<string>? RequestObserver { get; init; }

    /// <exception cref="ArgumentException">An option outside its range.</exception>
    public void Validate()
    {
        if (SdkAppId <= 0 || SdkAppId > uint.MaxValue) throw new ArgumentException("sdkappid must be a positive 32-bit number.");
        if (Administrators.Count == 0 || Administrators.Any(string.IsNullOrEmpty)) throw new ArgumentException("At least one non-empty admin identifier is required.");
        if (string.IsNullOrEmpty(SecretKey)) throw new ArgumentException("The key must not be empty.");
        if (PageSize < 1) throw new ArgumentException("page-size must be at least 1.");
        if (LatencyMs < 0) throw new ArgumentException("latency-ms must not be negative.");
        if (RateLimit < 0) throw new ArgumentException("rate-limit must not be negative.");
        SeedPlan.Parse(Seed);
    }
}
