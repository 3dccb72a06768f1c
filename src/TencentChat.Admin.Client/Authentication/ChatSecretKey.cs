using System;
using System.Runtime.InteropServices;
using System.Security;
using System.Text;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Errors;

namespace TencentChat.Admin.Client.Authentication
{
    /// <summary>
    /// The app's SecretKey, held as UTF-8 bytes (spec §4.1: used as text bytes, not hex-decoded) and never as a
    /// string field, so no formatter, ToString or serializer can print it. Bytes are handed out only inside
    /// <see cref="UseBytes{T}"/> and are zeroed on <see cref="Dispose"/>.
    /// </summary>
    public sealed class ChatSecretKey : IDisposable, IMaskableSecret
    {
        private readonly byte[] _bytes;
        private bool _disposed;

        private ChatSecretKey(byte[] bytes)
        {
            // A typed input error, not ArgumentException: an empty Read-Host -AsSecureString or environment variable is a
            // user mistake, and Connect-ChatAdmin / New-ChatUserSig turn ChatInputExceptions into proper ErrorRecords.
            if (bytes.Length == 0)
                throw new ChatInputException("EmptySecretKey", "The secret key is empty; copy it from the Chat console (Basic configuration > Key).");
            _bytes = bytes;
        }

        public static ChatSecretKey FromSecureString(SecureString secret)
        {
            if (secret is null) throw new ArgumentNullException(nameof(secret));
            IntPtr ptr = Marshal.SecureStringToGlobalAllocUnicode(secret);
            char[] chars = new char[secret.Length];
            try
            {
                Marshal.Copy(ptr, chars, 0, chars.Length);
                return new ChatSecretKey(Encoding.UTF8.GetBytes(chars));
            }
            finally
            {
                Array.Clear(chars, 0, chars.Length);
                Marshal.ZeroFreeGlobalAllocUnicode(ptr);
            }
        }

        /// <summary>For keys that arrive as text anyway (an environment variable, a test).</summary>
        public static ChatSecretKey FromString(string secret)
        {
            if (secret is null) throw new ArgumentNullException(nameof(secret));
            return new ChatSecretKey(Encoding.UTF8.GetBytes(secret));
        }

        internal T UseBytes<T>(Func<byte[], T> use)
        {
            if (_disposed) throw new ObjectDisposedException(nameof(ChatSecretKey));
            return use(_bytes);
        }

        /// <summary>Replaces every occurrence of the key in <paramref name="text"/>; the key's characters live only in a cleared buffer.</summary>
        string IMaskableSecret.MaskIn(string text, string mask)
        {
            if (_disposed) return text;
            char[] key = Encoding.UTF8.GetChars(_bytes);
            try
            {
                var result = new StringBuilder(text.Length);
                int i = 0;
                while (i < text.Length)
                {
                    if (MatchesAt(text, i, key))
                    {
                        result.Append(mask);
                        i += key.Length;
                    }
                    else
                    {
                        result.Append(text[i++]);
                    }
                }
                return result.ToString();
            }
            finally
            {
                Array.Clear(key, 0, key.Length);
            }
        }

        private static bool MatchesAt(string text, int start, char[] key)
        {
            if (key.Length == 0 || start + key.Length > text.Length) return false;
            for (int j = 0; j < key.Length; j++)
                if (text[start + j] != key[j]) return false;
            return true;
        }

        public override string ToString() => "********";

        public void Dispose()
        {
            if (_disposed) return;
            Array.Clear(_bytes, 0, _bytes.Length);
            _disposed = true;
        }
    }
}
