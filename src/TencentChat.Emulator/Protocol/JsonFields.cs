using System.Text.Json;

namespace TencentChat.Emulator.Protocol;

/// <summary>
/// Reads one JSON object of a request by its verbatim wire names. Every failure names the field's full path
/// (e.g. <c>MarkItem[3].ContactItem.To_Account</c>) so ErrorInfo tells the caller exactly what was wrong.
/// Account fields of the wrong JSON type and every other bad field get the service's codes (<see cref="FieldCodes"/>). A field whose value is
/// JSON <c>null</c> counts as absent (UNCONFIRMED, see docs/emulator.md): optional fields are then simply not given, and
/// required ones are reported missing. The peer SDKs leave unset fields out (the Java SDK's request classes mostly carry
/// <c>@JsonInclude(NON_NULL)</c>, the PHP SDK strips nulls), so nothing shows how Tencent reads a null.
/// </summary>
internal readonly struct JsonFields
{
    private readonly JsonElement _object;
    private readonly string _path;
    private readonly FieldCodes _codes;

    public JsonFields(JsonElement obj, string path, FieldCodes codes)
    {
        _object = obj;
        _path = path;
        _codes = codes;
    }

    /// <summary>
    /// The codes for bad fields, the command's service's (<see cref="ApiService"/>); nested objects read through
    /// <see cref="Objects"/> and <see cref="Object"/> keep them.
    /// </summary>
    public FieldCodes Codes => _codes;

    public bool Has(string name) => TryGet(name, out _);

    public string PathOf(string name) => _path.Length == 0 ? name : _path + "." + name;

    public string Account(string name) => OptionalAccount(name) ?? throw Missing(name, "a non-empty string");

    public string? OptionalAccount(string name) => OptionalAccountText(name) is { } text ? NonEmpty(name, text) : null;

    private string? OptionalAccountText(string name)
    {
        if (!TryGet(name, out JsonElement value)) return null;
        return value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new ApiException(Codes.AccountType, $"{PathOf(name)} is an account field and must be a JSON string, not {Describe(value)}.");
    }

    /// <summary>A required account field that may be empty: multiaccount_import reports an empty UserID in FailAccounts instead of failing the batch.</summary>
    public string AccountText(string name) => OptionalAccountText(name) ?? throw Missing(name, "a string");

    public string String(string name) => OptionalString(name) ?? throw Missing(name, "a non-empty string");

    public string? OptionalString(string name)
    {
        if (!TryGet(name, out JsonElement value)) return null;
        if (value.ValueKind != JsonValueKind.String)
            throw Invalid($"{PathOf(name)} must be a JSON string, not {Describe(value)}.");
        return NonEmpty(name, value.GetString()!);
    }

    /// <summary>A string that may be empty (CustomMark: "" clears it).</summary>
    public string? OptionalText(string name)
    {
        if (!TryGet(name, out JsonElement value)) return null;
        return value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw Invalid($"{PathOf(name)} must be a JSON string, not {Describe(value)}.");
    }

    public long Integer(string name) => OptionalInteger(name) ?? throw Missing(name, "an integer");

    public long? OptionalInteger(string name)
    {
        if (!TryGet(name, out JsonElement value)) return null;
        return IntegerValue(value, PathOf(name), Codes);
    }

    public static long IntegerValue(JsonElement value, string path, FieldCodes codes) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out long number)
            ? number
            : throw new ApiException(codes.Invalid, $"{path} must be a JSON integer, not {Describe(value)}.");

    public JsonElement Array(string name) => OptionalArray(name) ?? throw Missing(name, "an array");

    /// <summary>A required field of any JSON type, for values whose type depends on another field (a profile tag's Value).</summary>
    public JsonElement Element(string name) => TryGet(name, out JsonElement value) ? value : throw Missing(name, "a value");

    public JsonElement? OptionalArray(string name)
    {
        if (!TryGet(name, out JsonElement value)) return null;
        return value.ValueKind == JsonValueKind.Array
            ? value
            : throw Invalid($"{PathOf(name)} must be a JSON array, not {Describe(value)}.");
    }

    /// <summary>An array field with at most <paramref name="limit"/> elements (the documented per-call limits).</summary>
    public JsonElement Array(string name, int limit)
    {
        JsonElement array = Array(name);
        int length = array.GetArrayLength();
        return length <= limit
            ? array
            : throw Invalid($"{PathOf(name)} holds {length} items; the limit is {limit} per call.");
    }

    /// <summary>The only element of an array field that must hold exactly one ("currently exactly one per call").</summary>
    public JsonElement Single(string name)
    {
        JsonElement array = Array(name);
        int length = array.GetArrayLength();
        return length == 1
            ? array[0]
            : throw Invalid($"{PathOf(name)} must hold exactly one item per call, not {length}.");
    }

    public JsonFields Object(string name)
    {
        if (!TryGet(name, out JsonElement value)) throw Missing(name, "an object");
        return AsObject(value, PathOf(name), _codes);
    }

    public static JsonFields AsObject(JsonElement value, string path, FieldCodes codes) =>
        value.ValueKind == JsonValueKind.Object
            ? new JsonFields(value, path, codes)
            : throw new ApiException(codes.Invalid, $"{path} must be a JSON object, not {Describe(value)}.");

    /// <summary>The elements of an array field as objects, each with its indexed path.</summary>
    public IReadOnlyList<JsonFields> Objects(JsonElement array, string name)
    {
        string path = PathOf(name);
        FieldCodes codes = _codes;
        return array.EnumerateArray().Select((e, i) => AsObject(e, $"{path}[{i}]", codes)).ToList();
    }

    /// <summary>
    /// The elements of an array of UserIDs (Accounts, To_Account) as strings, empty ones included; an element that is
    /// not a string is the service's code for an account field of the wrong type.
    /// </summary>
    public IReadOnlyList<string> AccountTexts(JsonElement array, string name)
    {
        string path = PathOf(name);
        int accountType = Codes.AccountType;
        return array.EnumerateArray().Select((e, i) => e.ValueKind == JsonValueKind.String
            ? e.GetString()!
            : throw new ApiException(accountType, $"{path}[{i}] is an account and must be a JSON string, not {Describe(e)}.")).ToList();
    }

    private bool TryGet(string name, out JsonElement value) =>
        _object.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;

    private string NonEmpty(string name, string text) =>
        text.Length > 0 ? text : throw Invalid($"{PathOf(name)} must not be empty.");

    private ApiException Missing(string name, string expected) =>
        Invalid($"{PathOf(name)} is required ({expected}).");

    /// <summary>A bad field, answered with this service's code for one.</summary>
    public ApiException Invalid(string info) => new(Codes.Invalid, info);

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number " + value.GetRawText(),
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "an array",
        _ => "an object",
    };
}
