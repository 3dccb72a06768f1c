using TencentChat.Admin.Client.Authentication;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Admin.Tests.Authentication;

public class UserSigInspectionTests
{
    private const string Key = "inspection-key";
    private static readonly DateTimeOffset Issued = DateTimeOffset.FromUnixTimeSeconds(1700000000);

    private static string Sign(long sdkAppId, string identifier, string key = Key, long lifetimeSeconds = 86400)
    {
        using var secret = ChatSecretKey.FromString(key);
        return UserSigCodec.Create(sdkAppId, secret, identifier, Issued, TimeSpan.FromSeconds(lifetimeSeconds));
    }

    [Theory]
    // In Tencent's verifier order: SDKAppID, identifier, expiry, HMAC.
    [InlineData(1400000001L, "administrator", Key, 0L, 70014, "UserSigSdkAppIdMismatch")]
    [InlineData(1400000000L, "someone", Key, 0L, 70013, "UserSigIdentifierMismatch")]
    [InlineData(1400000000L, "administrator", Key, 86401L, 70001, "UserSigExpired")]
    [InlineData(1400000000L, "administrator", "another-key", 0L, 70009, "UserSigKeyMismatch")]
    [InlineData(1400000000L, "administrator", Key, 86400L, 0, "None")] // valid through the final second
    public void Predicts_the_error_Tencent_would_answer(long expectedSdkAppId, string expectedIdentifier, string checkKey, long secondsLater, int code, string errorId)
    {
        string userSig = Sign(1400000000, "administrator");
        using var key = ChatSecretKey.FromString(checkKey);
        var info = UserSigInspection.Inspect(userSig, expectedSdkAppId, expectedIdentifier, key, Issued.AddSeconds(secondsLater));

        Assert.Equal(code, info.LikelyErrorCode);
        Assert.Equal(errorId, info.LikelyError);
        Assert.Equal(1400000000, info.SdkAppId);
        Assert.Equal("administrator", info.Identifier);
        Assert.Equal(Issued, info.IssuedAt);
        Assert.Equal(Issued.AddDays(1), info.ExpiresAt);
        Assert.Equal(TimeSpan.FromDays(1), info.Lifetime);
        Assert.Equal(secondsLater > 86400, info.IsExpired);
        Assert.Equal(checkKey == Key, info.SignatureValid);
    }

    [Fact]
    public void Without_a_key_the_signature_is_not_judged_and_nothing_secret_is_on_the_output()
    {
        string userSig = Sign(1, "u");
        var info = UserSigInspection.Inspect(userSig, null, null, null, Issued);
        Assert.Null(info.SignatureValid);
        Assert.Equal(0, info.LikelyErrorCode);
        var rendered = string.Join("|", typeof(TencentChat.Admin.Client.Models.ChatUserSigInfo).GetProperties().Select(p => p.GetValue(info)?.ToString()));
        Assert.DoesNotContain(UserSigCodec.Decode(userSig).Signature, rendered);
        Assert.DoesNotContain(userSig, rendered);
    }

    [Fact]
    public void An_undecodable_UserSig_is_InvalidUserSig_and_the_message_does_not_repeat_it()
    {
        var e = Assert.Throws<ChatInputException>(() => UserSigInspection.Inspect("eJnot-a-usersig", null, null, null, Issued));
        Assert.Equal("InvalidUserSig", e.ErrorId);
        Assert.Contains("70003", e.Message);
        Assert.DoesNotContain("eJnot-a-usersig", e.Message);
    }

    [Fact]
    public void A_session_signs_for_any_user_with_its_key_and_judges_with_it()
    {
        using var session = ChatSession.Open(new ChatConnectionSettings
        {
            SdkAppId = 1400000000, SecretKey = ChatSecretKey.FromString(Key), Endpoint = new Uri("http://127.0.0.1:9/"), Clock = () => Issued,
        });
        string userSig = session.SignUserSig("user_0042", TimeSpan.FromHours(2));

        var decoded = UserSigCodec.Decode(userSig);
        Assert.Equal("user_0042", decoded.Identifier);
        Assert.Equal(7200, decoded.LifetimeSeconds);
        using (var key = ChatSecretKey.FromString(Key)) Assert.True(UserSigCodec.HasValidSignature(decoded, key));

        var info = session.InspectUserSig(userSig, null, "user_0042");
        Assert.True(info.SignatureValid);
        Assert.Equal(0, info.LikelyErrorCode);
        Assert.Equal(70014, session.InspectUserSig(userSig, 1400000001, null).LikelyErrorCode);
    }

    [Fact]
    public void A_session_with_a_ready_made_UserSig_has_no_key_to_sign_with()
    {
        string adminSig = Sign(1400000000, "administrator");
        using var session = ChatSession.Open(new ChatConnectionSettings
        {
            SdkAppId = 1400000000, UserSig = adminSig, Endpoint = new Uri("http://127.0.0.1:9/"), Clock = () => Issued,
        });
        var e = Assert.Throws<ChatInputException>(() => session.SignUserSig("x", TimeSpan.FromHours(1)));
        Assert.Equal("NoSecretKey", e.ErrorId);
        Assert.Null(session.InspectUserSig(adminSig, null, null).SignatureValid);
    }

    [Theory]
    [InlineData(1400000001L, "administrator", 0L, "UserSigMismatch")]
    [InlineData(1400000000L, "someone", 0L, "UserSigMismatch")]
    [InlineData(1400000000L, "administrator", 86401L, "UserSigExpired")]
    public void Connect_with_a_ready_made_UserSig_refuses_what_Tencent_would_refuse(long sdkAppId, string identifier, long secondsLater, string errorId)
    {
        var e = Assert.Throws<ChatInputException>(() => ChatSession.Open(new ChatConnectionSettings
        {
            SdkAppId = sdkAppId, Identifier = identifier, UserSig = Sign(1400000000, "administrator"),
            Endpoint = new Uri("http://127.0.0.1:9/"), Clock = () => Issued.AddSeconds(secondsLater),
        }));
        Assert.Equal(errorId, e.ErrorId);
    }
}
