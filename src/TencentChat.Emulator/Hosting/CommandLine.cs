using System.Globalization;

namespace TencentChat.Emulator.Hosting;

/// <summary>Parses the standalone command line (<c>--name value</c> pairs; <c>--admin</c> may repeat or hold a comma list).</summary>
internal static class CommandLine
{
    /// <summary>Every option with its value and meaning: what <see cref="Parse"/> accepts and <see cref="Usage"/> lists.</summary>
    private static readonly (string Name, string Value, string Meaning)[] Options =
    {
        ("--urls", "URL", "listen address (default " + EmulatorOptions.DefaultUrls + ")"),
        ("--sdkappid", "N", "the one app this server hosts (default 1400000000)"),
        ("--admin", "ID[,ID...]", "App-admin identifier; repeat it or give a comma list (default administrator)"),
        ("--key", "SECRET", "the app key UserSigs are signed with (default: the public development key)"),
        ("--seed", "demo|none|generate:USERS:CONVERSATIONS", "initial data (default demo)"),
        ("--page-size", "N", "items per get_list / get_contact_group page (default 20)"),
        ("--latency-ms", "N", "delay added to every API request (default 0)"),
        ("--rate-limit", "N", "requests per second per command, at most its documented rate; 0 = off (default 0)"),
        ("--edition", "unrestricted|trial|pro|pro-deletion-enabled", "the edition whose account rules apply (default unrestricted)"),
    };

    private static readonly string[] HelpNames = { "--help", "-h" };

    public static readonly string Usage =
        "Usage: TencentChat.Emulator [--option value]...\n" +
        string.Concat(Options.Select(o => $"  {o.Name + " " + o.Value,-56} {o.Meaning}\n")) +
        $"  {string.Join(", ", HelpNames),-56} print this text and exit";

    /// <summary>
    /// True when --help or -h stands where an option name goes, so that a value that happens to read "-h" (a --key,
    /// say) is still a value.
    /// </summary>
    public static bool AsksForHelp(IReadOnlyList<string> args)
    {
        for (int i = 0; i < args.Count; i += 2)
        {
            if (HelpNames.Contains(args[i])) return true;
        }
        return false;
    }

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
            else if (Options.Any(o => o.Name == name)) values[name] = value;
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
