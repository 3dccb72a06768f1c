using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace TencentChat.Admin.Client.Diagnostics
{
    /// <summary>
    /// The one place secrets are removed from text. Every log line and every exception message the client
    /// produces passes through <see cref="Redact"/>. It removes the usersig query value wherever a URL appears,
    /// every UserSig this session produced or was given, and anything shaped like a UserSig (a zlib stream in
    /// Tencent's base64 always starts "eJ"), which also covers signatures echoed back by a server or proxy.
    /// </summary>
    public sealed class Redactor
    {
        public const string Mask = "***";

        private static readonly Regex UserSigQuery = new Regex(@"(usersig=)[^&\s""'<>]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        private static readonly Regex UserSigShape = new Regex(@"eJ[A-Za-z0-9*_\-]{40,}", RegexOptions.CultureInvariant);

        private readonly object _gate = new object();
        private readonly List<string> _secrets = new List<string>();
        private readonly List<IMaskableSecret> _keys = new List<IMaskableSecret>();

        /// <summary>Masks the key itself too, should it ever reach a message (pasted into the wrong parameter, echoed by a server).</summary>
        internal void Register(IMaskableSecret key)
        {
            lock (_gate) _keys.Add(key);
        }

        /// <summary>Adds a secret to mask verbatim (UserSigs the session handles). Short values are ignored so masking stays meaningful.</summary>
        public void Register(string secret)
        {
            if (string.IsNullOrEmpty(secret) || secret.Length < 8) return;
            lock (_gate)
            {
                if (!_secrets.Contains(secret)) _secrets.Add(secret);
                // A long-running session renews its signature every few hours; keep the recent ones only.
                if (_secrets.Count > 32) _secrets.RemoveAt(0);
            }
        }

        public string Redact(string? text)
        {
            if (string.IsNullOrEmpty(text)) return text ?? string.Empty;
            string result = UserSigQuery.Replace(text!, "$1" + Mask);
            lock (_gate)
            {
                foreach (string secret in _secrets)
                    result = result.Replace(secret, Mask);
                foreach (IMaskableSecret key in _keys)
                    result = key.MaskIn(result, Mask);
            }
            return UserSigShape.Replace(result, Mask);
        }
    }
}
