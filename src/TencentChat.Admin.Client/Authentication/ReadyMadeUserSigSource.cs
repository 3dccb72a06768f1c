using System;

namespace TencentChat.Admin.Client.Authentication
{
    /// <summary>A UserSig the admin made elsewhere (-UserSig): used as is until it expires.</summary>
    internal sealed class ReadyMadeUserSigSource : IUserSigSource
    {
        private readonly string _userSig;

        public ReadyMadeUserSigSource(string userSig, DateTimeOffset expiresAt)
        {
            _userSig = userSig;
            ExpiresAt = expiresAt;
        }

        public bool CanRenew => false;
        public DateTimeOffset ExpiresAt { get; }
        public string GetUserSig() => _userSig;
        public void Renew() { }
    }
}
