using System.Globalization;

namespace TencentChat.Emulator.Hosting;

/// <summary>Parses the standalone command line (<c>--name value</c> pairs; <c>--admin</c> may repeat or hold a comma list).</summary>
internal static class CommandLine
{
    public const string Usage =
        "Usage: TencentChat.Emulator [--urls URL] [--sdkappid N] [--admin ID[,ID...]]... [--key SECRET]\n" +
        "                            [--seed demo|none|generate:USERS:CONVERSATIONS] [--page-size N] [--latency-ms N] [--rate-limit N]\n" +
        "                            [--edition unrestricted|trial|pro|pro-deletion-enabled]";

    /// <exception cref="ArgumentException">An unknown option, a missing value or a value out of range.</exception>
    public static EmulatorOptions Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var admins = new List<string>();
        for (int i = 0; i < args.Count; i++)
        {
            string name = args[i];
            if (!name.StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
                throw new ArgumentException($"Expected '--option value', got '{name}'.");
            string value = args[++i];
            if (name == "--admin") admins.AddRange(value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            else if (name is "--urls" or "--sdkappid" or "--key" or "--seed" or "--page-size" or "--latency-ms" or "--rate-limit" or "--edition") values[name] = value;
            else throw new ArgumentException($"Unknown option '{name}'.");
        }

        var defaults = new EmulatorOptions();
        var options = new EmulatorOptions
        {
            Urls = values.GetValueOrDefault("--urls", EmulatorOptions.DefaultUrls),
            SdkAppId = Number(values, "--sdkappid", defaults.SdkAppId),
            Administrators = admins.Count > 0 ? admins : defaults.Administrators,
            SecretKey = values.GetValueOrDefault("--key", defaults.SecretKey),
            Seed = values.GetValueOrDefault("--seed", defaults.Seed),
            PageSize = (int)Number(values, "--page-size", defaults.PageSize),
            LatencyMs = (int)Number(values, "--latency-ms", defaults.LatencyMs),
            RateLimit = (int)Number(values, "--rate-limit", defaults.RateLimit),
            Edition = Edition(values, defaults.Edition),
        };
        options.Validate();
        return options;
    }

    private static EmulatorEdition Edition(Dictionary<string, string> values, EmulatorEdition fallback)
    {
        if (!values.TryGetValue("--edition", out string? text)) return fallback;
        return EmulatorEditions.ByName.TryGetValue(text, out EmulatorEdition edition)
            ? edition
            : throw new ArgumentException($"--edition expects one of {string.Join(", ", EmulatorEditions.ByName.Keys)}, not '{text}'.");
    }

    private static long Number(Dictionary<string, string> values, string name, long fallback)
    {
        if (!values.TryGetValue(name, out string? text)) return fallback;
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long value) && value <= int.MaxValue * 2L + 1
            ? value
            : throw new ArgumentException($"{name} expects a non-negative integer, not '{text}'.");
    }
}
