using System;

namespace TencentChat.Admin.Client.Models
{
    /// <summary>
    /// What a UserSig says about itself (ConvertFrom-ChatUserSig), decoded locally without a network call, and how
    /// Tencent would likely receive it. Holds neither the signature nor any key.
    /// </summary>
    public sealed class ChatUserSigInfo
    {
        public long SdkAppId { get; set; }
        public string Identifier { get; set; } = string.Empty;
        public DateTimeOffset IssuedAt { get; set; }
        public DateTimeOffset ExpiresAt { get; set; }
        public TimeSpan Lifetime { get; set; }
        public bool IsExpired { get; set; }
        public string Version { get; set; } = string.Empty;

        /// <summary>True or false when a key was available to check the HMAC against; empty otherwise.</summary>
        public bool? SignatureValid { get; set; }

        /// <summary>
        /// The Tencent error the UserSig would most likely get against the expected SDKAppID and identifier, in the
        /// order Tencent's verifier checks (70014, 70013, 70001, 70009); 0 when none of these applies.
        /// </summary>
        public int LikelyErrorCode { get; set; }

        /// <summary>The module's ErrorId for <see cref="LikelyErrorCode"/>, or "None".</summary>
        public string LikelyError { get; set; } = "None";

        public override string ToString() => $"{Identifier}@{SdkAppId} (expires {ExpiresAt:u})";
    }
}
