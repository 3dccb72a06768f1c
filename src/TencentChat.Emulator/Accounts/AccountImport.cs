using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;
using TencentChat.Emulator.Users;

namespace TencentChat.Emulator.Accounts;

/// <summary>
/// One account to import with the profile fields the request supplied (account spec §3.1, §3.2). Import is idempotent:
/// an existing account only gets the supplied Nick/FaceUrl written over its own (for account_import UNCONFIRMED).
/// </summary>
internal sealed record AccountImport(string UserId, string? Nick, string? FaceUrl)
{
    /// <summary>
    /// Imports or updates the account. Null on success; otherwise the failure, which account_import answers with and
    /// multiaccount_import reports as a FailAccounts entry: a bad UserID 70402, an over-long Nick/FaceUrl 40601, the
    /// edition's account cap 70398, a deleted UserID within the edition's re-import block 70402 (UNCONFIRMED).
    /// </summary>
    public ApiException? Apply(CommandContext context)
    {
        if (!AccountJson.IsValidUserId(UserId))
            return new ApiException(AccountCodes.LoginInvalidParameter, $"UserID '{UserId}' must be 1 to {AccountLimits.UserIdBytes} bytes of UTF-8.");
        if ((TooLong("Nick", Nick) ?? TooLong("FaceUrl", FaceUrl)) is { } tooLong)
            return tooLong;

        ChatState state = context.State;
        lock (state.AccountsGate)
        {
            if (state.FindUser(UserId) == null)
            {
                if (ReimportRefusal(context) is { } refused) return refused;
                if (context.Edition.AccountCap() is int cap && state.AccountCount >= cap)
                    return new ApiException(AccountCodes.AccountCapReached,
                        $"The app already has {state.AccountCount} accounts; to create more than {cap} accounts, upgrade the app to the Pro edition.");
                state.ImportUser(UserId);
            }
            state.ProfileOf(UserId)!.SetAll(ProfileTags());
        }
        return null;
    }

    /// <summary>
    /// The import's Nick and FaceUrl are the profile's Tag_Profile_IM_Nick and Tag_Profile_IM_Image (profile spec §2.1):
    /// one account, one profile, whichever command wrote it.
    /// </summary>
    private IEnumerable<KeyValuePair<string, JsonNode>> ProfileTags()
    {
        if (Nick != null) yield return KeyValuePair.Create(NickTag, (JsonNode)JsonValue.Create(Nick));
        if (FaceUrl != null) yield return KeyValuePair.Create(FaceUrlTag, (JsonNode)JsonValue.Create(FaceUrl));
    }

    internal const string NickTag = "Tag_Profile_IM_Nick";
    internal const string FaceUrlTag = "Tag_Profile_IM_Image";

    private ApiException? ReimportRefusal(CommandContext context)
    {
        if (!context.Edition.BlocksReimport() || context.State.DeletedAt(UserId) is not long deletedAt) return null;
        long until = deletedAt + (long)AccountLimits.ReimportBlock.TotalSeconds;
        return context.State.Now < until
            ? new ApiException(AccountCodes.LoginInvalidParameter, string.Create(CultureInfo.InvariantCulture,
                $"UserID '{UserId}' was deleted; this edition refuses to import it again before {DateTimeOffset.FromUnixTimeSeconds(until):u}."))
            : null;
    }

    private static ApiException? TooLong(string field, string? value)
    {
        int bytes = value == null ? 0 : Encoding.UTF8.GetByteCount(value);
        return bytes > AccountLimits.ProfileValueBytes
            ? new ApiException(AccountCodes.ProfileValueTooLong, $"{field} is {bytes} bytes of UTF-8; the limit is {AccountLimits.ProfileValueBytes}.")
            : null;
    }
}
