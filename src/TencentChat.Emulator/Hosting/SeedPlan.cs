using System.Globalization;

namespace TencentChat.Emulator.Hosting;

/// <summary>The parsed <c>--seed</c> value; the composition root builds its state (the same state again on every reset).</summary>
internal sealed record SeedPlan(string Kind, int Users, int Conversations)
{
    /// <exception cref="ArgumentException">Not demo, none or generate:USERS:CONVERSATIONS.</exception>
    public static SeedPlan Parse(string seed)
    {
        if (seed is "demo" or "none") return new SeedPlan(seed, 0, 0);
        string[] parts = seed.Split(':');
        if (parts.Length == 3 && parts[0] == "generate"
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int users) && users > 0
            && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out int conversations))
        {
            return new SeedPlan("generate", users, conversations);
        }
        throw new ArgumentException($"Unknown seed '{seed}'; use demo, none or generate:USERS:CONVERSATIONS (USERS ≥ 1).");
    }
}
