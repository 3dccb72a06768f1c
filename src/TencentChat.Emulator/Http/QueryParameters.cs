namespace TencentChat.Emulator.Http;

/// <summary>
/// The raw query string split by hand: ASP.NET's query collection ignores case, but the service treats
/// parameter names as case-sensitive (spec §1.1), so <c>SdkAppId=</c> must not count as <c>sdkappid=</c>.
/// The first occurrence of a name wins.
/// </summary>
internal sealed class QueryParameters
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public QueryParameters(string? queryString)
    {
        foreach (string pair in (queryString ?? "").TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int eq = pair.IndexOf('=');
            string name = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
            string value = eq < 0 ? "" : Uri.UnescapeDataString(pair[(eq + 1)..]);
            _values.TryAdd(name, value);
        }
    }

    public string? this[string name] => _values.GetValueOrDefault(name);
}
