using System;
using System.Runtime.InteropServices;
using System.Security;

namespace TencentChat.Admin.Client.Authentication
{
    internal static class SecureStringText
    {
        /// <summary>For New-ChatUserSig, whose output is a secret: a read-only SecureString of <paramref name="text"/>.</summary>
        public static SecureString From(string text)
        {
            var secure = new SecureString();
            foreach (char c in text) secure.AppendChar(c);
            secure.MakeReadOnly();
            return secure;
        }

        /// <summary>
        /// For a ready-made UserSig, which has to become URL text on every request anyway. The secret key never
        /// goes through here: <see cref="ChatSecretKey.FromSecureString"/> turns it straight into bytes.
        /// </summary>
        public static string Read(SecureString secret)
        {
            IntPtr ptr = Marshal.SecureStringToGlobalAllocUnicode(secret);
            try
            {
                return Marshal.PtrToStringUni(ptr, secret.Length);
            }
            finally
            {
                Marshal.ZeroFreeGlobalAllocUnicode(ptr);
            }
        }
    }
}
