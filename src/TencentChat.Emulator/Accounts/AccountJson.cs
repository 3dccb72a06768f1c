using System.Text;
using System.Text.Json;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Accounts;

/// <summary>Request fields shared by the account commands.</summary>
internal static class AccountJson
{
    /// <summary>
    /// <c>UserID</c>, or <c>Identifier</c>, its older name that some SDKs still send (account spec §0); UserID wins
    /// when both are given. Empty is refused.
    /// </summary>
    public static string UserId(JsonFields fields) => fields.Account(UserIdField(fields));

    /// <summary>As <see cref="UserId"/>, but an empty string is returned rather than refused.</summary>
    public static string UserIdText(JsonFields fields) => fields.AccountText(UserIdField(fields));

    private static string UserIdField(JsonFields fields) => fields.Has("UserID") || !fields.Has("Identifier") ? "UserID" : "Identifier";

    /// <summary>
    /// A UserID an account can have: not empty, at most 32 bytes of UTF-8 (account spec §2). A lookup treats any other
    /// as an account that does not exist, since none can (UNCONFIRMED).
    /// </summary>
    public static bool IsValidUserId(string userId) => userId.Length > 0 && Encoding.UTF8.GetByteCount(userId) <= AccountLimits.UserIdBytes;

    /// <summary>A command's item array: required and not empty (the service's invalid-field code), at most <paramref name="limit"/> items (<paramref name="overLimitCode"/>).</summary>
    public static JsonElement Batch(JsonFields body, string name, int limit, int overLimitCode)
    {
        JsonElement array = body.Array(name);
        int length = array.GetArrayLength();
        if (length == 0) throw body.Invalid($"{body.PathOf(name)} must not be empty.");
        return length <= limit
            ? array
            : throw new ApiException(overLimitCode, $"{body.PathOf(name)} holds {length} items; the limit is {limit} per call.");
    }
}
