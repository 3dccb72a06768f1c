using System;

namespace TencentChat.Admin.Client.Authentication
{
    /// <summary>Where a session's UserSig comes from: signed locally from the key, or handed in ready-made.</summary>
    internal interface IUserSigSource
    {
        string GetUserSig();

        /// <summary>False for a ready-made signature: nothing can replace it when it expires.</summary>
        bool CanRenew { get; }

        /// <summary>Drops the cached signature so the next call signs anew (after 70001/70052).</summary>
        void Renew();

        DateTimeOffset ExpiresAt { get; }
    }
}
