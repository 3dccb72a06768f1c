using System;
using System.Runtime.InteropServices;
using System.Security;

namespace TencentChat.Admin.Client.Authentication
{
    internal static class SecureStringText
    {
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
