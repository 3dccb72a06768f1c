using System.Globalization;
using TencentChat.Admin.Client.Authentication;
using TencentChat.Emulator.Hosting;
using TencentChat.Emulator.Protocol;
using TencentChat.Emulator.Users;

namespace TencentChat.Emulator.Http;

/// <summary>
/// The query-string and UserSig checks of every API request (spec §1.1, §4.5, §5), using the client library's
/// <see cref="UserSigCodec"/> so there is one UserSig implementation. Error texts never repeat the UserSig.
/// </summary>
internal sealed class RequestAuthenticator : IDisposable
{
    private readonly EmulatorOptions _options;
    private readonly ChatSecretKey _key;

    public RequestAuthenticator(EmulatorOptions options)
    {
        _options = options;
        _key = ChatSecretKey.FromString(options.SecretKey);
    }

    /// <summary>
    /// <paramref name="service"/> gives the code for a non-admin identifier; <paramref name="state"/> knows which
    /// accounts were kicked, whose earlier UserSigs are refused.
    /// </summary>
    /// <exception cref="ApiException">The first check that fails, in the order below.</exception>
    public void Verify(QueryParameters query, ApiService service, ChatState state)
    {
        string sdkAppIdText = query["sdkappid"] ?? throw new ApiException(ErrorCodes.SdkAppIdMissing, "The URL has no sdkappid parameter.");
        if (!uint.TryParse(sdkAppIdText, NumberStyles.None, CultureInfo.InvariantCulture, out uint sdkAppId))
            throw new ApiException(ErrorCodes.UrlUnparsable, "sdkappid must be an unsigned decimal integer.");
        // The emulator hosts exactly one app, so any other SDKAppID is an app it does not know: 70020
        // ("SDKAppID not found"). 70014 is kept for its documented meaning, a UserSig made for another app.
        if (sdkAppId != _options.SdkAppId)
            throw new ApiException(ErrorCodes.SdkAppIdNotFound, $"SDKAppID {sdkAppId} does not exist on this server (it serves {_options.SdkAppId}).");

        string identifier = query["identifier"] is { Length: > 0 } id
            ? id
            : throw new ApiException(ErrorCodes.AccountOrSignatureWrong, "The URL has no identifier parameter (the App admin account).");
        string userSig = query["usersig"] is { Length: > 0 } sig
            ? sig
            : throw new ApiException(ErrorCodes.UserSigEmpty, "The usersig parameter is missing or empty.");
        if (!uint.TryParse(query["random"], NumberStyles.None, CultureInfo.InvariantCulture, out _))
            throw new ApiException(ErrorCodes.UrlUnparsable, "random must be an unsigned 32-bit decimal integer (0..4294967295).");
        if (query["contenttype"] != "json")
            throw new ApiException(ErrorCodes.UrlUnparsable, "contenttype must be the literal 'json'.");

        VerifyUserSig(userSig, identifier, state);

        if (!_options.Administrators.Contains(identifier, StringComparer.Ordinal))
            throw new ApiException(service.AdminRequired, $"Identifier '{identifier}' is not an App admin account.");
    }

    /// <summary>The official verifiers' order (spec §4.5): sdkappid, identifier, expiry, then the HMAC.</summary>
    private void VerifyUserSig(string userSig, string identifier, ChatState state)
    {
        UserSigContents contents;
        try
        {
            contents = UserSigCodec.Decode(userSig);
        }
        catch (UserSigFormatException e)
        {
            throw new ApiException(ErrorCodes.UserSigInvalid, "The UserSig failed verification: " + e.Message);
        }
        if (contents.Version != "2.0")
            throw new ApiException(ErrorCodes.UserSigInvalid, $"The UserSig has TLS.ver '{contents.Version}'; only 2.0 is supported.");
        if (contents.SdkAppId != _options.SdkAppId)
            throw new ApiException(ErrorCodes.UserSigSdkAppIdMismatch, $"The UserSig was made for SDKAppID {contents.SdkAppId}, not {_options.SdkAppId}.");
        if (contents.Identifier != identifier)
            throw new ApiException(ErrorCodes.UserSigIdentifierMismatch, $"The UserSig was made for identifier '{contents.Identifier}', not '{identifier}'.");
        if (contents.IsExpiredAt(_options.Clock()))
            throw new ApiException(ErrorCodes.UserSigExpired, $"The UserSig expired at {contents.ExpiresAt:u}; generate a new one.");
        if (!UserSigCodec.HasValidSignature(contents, _key))
            throw new ApiException(ErrorCodes.UserSigKeyMismatch, "The UserSig's signature does not match this app's key.");
        // kick invalidates the account's earlier UserSigs (account spec §3.5). The mechanism is UNCONFIRMED; the
        // emulator refuses every UserSig issued in or before the second of the kick, so only a later one works.
        if (state.FindUser(identifier) is { KickedAt: > 0 } kicked && contents.IssuedAtUnix <= kicked.KickedAt)
            throw new ApiException(ErrorCodes.UserSigRevoked, $"The UserSig was issued at or before '{identifier}' was kicked; generate a new one.");
    }

    public void Dispose() => _key.Dispose();
}
