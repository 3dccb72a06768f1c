using System;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Admin.Client.Authentication
{
    /// <summary>
    /// Decodes a UserSig and predicts Tencent's verdict (spec §4.5): the checks of Tencent's official verifier in
    /// its order — SDKAppID (70014), identifier (70013), expiry (70001), then the HMAC with the key (70009). Used by
    /// ConvertFrom-ChatUserSig and by Connect-ChatAdmin -UserSig, so both judge a UserSig the same way.
    /// </summary>
    public static class UserSigInspection
    {
        /// <param name="userSig">The UserSig text.</param>
        /// <param name="expectedSdkAppId">The SDKAppID it will be used with, if known.</param>
        /// <param name="expectedIdentifier">The identifier it will be used with, if known.</param>
        /// <param name="key">The app's key, to check the HMAC; null skips that check.</param>
        /// <param name="now">The time to judge expiry at.</param>
        /// <exception cref="ChatInputException">InvalidUserSig: not decodable (Tencent would answer 70003).</exception>
        public static ChatUserSigInfo Inspect(string userSig, long? expectedSdkAppId, string? expectedIdentifier, ChatSecretKey? key, DateTimeOffset now)
        {
            UserSigContents contents;
            try
            {
                contents = UserSigCodec.Decode(userSig);
            }
            catch (UserSigFormatException e)
            {
                throw new ChatInputException("InvalidUserSig", "The UserSig cannot be decoded, so Tencent would answer 70003: " + e.Message);
            }

            var info = new ChatUserSigInfo
            {
                SdkAppId = contents.SdkAppId,
                Identifier = contents.Identifier,
                IssuedAt = contents.IssuedAt,
                ExpiresAt = contents.ExpiresAt,
                Lifetime = TimeSpan.FromSeconds(contents.LifetimeSeconds),
                IsExpired = contents.IsExpiredAt(now),
                Version = contents.Version,
                SignatureValid = key == null ? (bool?)null : UserSigCodec.HasValidSignature(contents, key),
            };
            info.LikelyErrorCode =
                expectedSdkAppId.HasValue && expectedSdkAppId.Value != contents.SdkAppId ? 70014
                : expectedIdentifier != null && !string.Equals(expectedIdentifier, contents.Identifier, StringComparison.Ordinal) ? 70013
                : info.IsExpired ? 70001
                : info.SignatureValid == false ? 70009
                : 0;
            info.LikelyError = info.LikelyErrorCode == 0 ? "None" : ChatErrorCatalog.Lookup(info.LikelyErrorCode).ErrorId;
            return info;
        }
    }
}
