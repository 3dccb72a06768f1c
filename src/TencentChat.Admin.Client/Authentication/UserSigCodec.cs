using System;
using System.Globalization;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace TencentChat.Admin.Client.Authentication
{
    /// <summary>
    /// TLSSigAPIv2 UserSig signing and decoding (spec §4). The only implementation in the code base: the
    /// session's signer, New-ChatUserSig, the UserSig inspector and the emulator's verifier all call it.
    /// </summary>
    public static class UserSigCodec
    {
        /// <summary>Tencent's recommended minimum validity for admin signatures (spec §4.1, 70001).</summary>
        public static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(1);

        public static string Create(long sdkAppId, ChatSecretKey key, string identifier, DateTimeOffset issuedAt, TimeSpan lifetime)
        {
            if (key is null) throw new ArgumentNullException(nameof(key));
            if (string.IsNullOrEmpty(identifier)) throw new ArgumentException("The identifier must not be empty.", nameof(identifier));
            long time = issuedAt.ToUnixTimeSeconds();
            long expire = (long)lifetime.TotalSeconds;
            if (expire <= 0) throw new ArgumentOutOfRangeException(nameof(lifetime), "The UserSig lifetime must be at least one second.");

            string sig = key.UseBytes(k => ComputeSignature(k, identifier, sdkAppId, time, expire, userBuffer: null));

            // Compact JSON in the key order of Tencent's C# signer (spec §4.3); the server parses JSON, so order is cosmetic.
            var json = new MemoryStream();
            using (var writer = new Utf8JsonWriter(json))
            {
                writer.WriteStartObject();
                writer.WriteString("TLS.ver", "2.0");
                writer.WriteString("TLS.identifier", identifier);
                writer.WriteNumber("TLS.sdkappid", sdkAppId);
                writer.WriteNumber("TLS.expire", expire);
                writer.WriteNumber("TLS.time", time);
                writer.WriteString("TLS.sig", sig);
                writer.WriteEndObject();
            }
            return ToUrlBase64(ZlibFraming.Compress(json.ToArray()));
        }

        /// <summary>Decodes without verifying anything; throws <see cref="UserSigFormatException"/> for anything undecodable.</summary>
        public static UserSigContents Decode(string userSig)
        {
            if (string.IsNullOrEmpty(userSig))
                throw new UserSigFormatException("The UserSig is empty.");

            byte[] zlib;
            try
            {
                zlib = Convert.FromBase64String(userSig.Replace('*', '+').Replace('-', '/').Replace('_', '='));
            }
            catch (FormatException)
            {
                throw new UserSigFormatException("The UserSig is not in Tencent's base64 alphabet (A-Z a-z 0-9 * - _).");
            }

            byte[] jsonBytes;
            try
            {
                jsonBytes = ZlibFraming.Decompress(zlib);
            }
            catch (InvalidDataException e)
            {
                throw new UserSigFormatException("The UserSig is not a valid zlib stream (" + e.Message + ") — was it truncated or copied incompletely?");
            }

            try
            {
                using var doc = JsonDocument.Parse(jsonBytes);
                var root = doc.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                    throw new UserSigFormatException("The UserSig does not contain a JSON object.");
                byte[]? userBuffer = root.TryGetProperty("TLS.userbuf", out var buf) && buf.ValueKind == JsonValueKind.String
                    ? Convert.FromBase64String(buf.GetString()!)
                    : null;
                return new UserSigContents(
                    RequiredString(root, "TLS.ver"),
                    RequiredString(root, "TLS.identifier"),
                    RequiredInteger(root, "TLS.sdkappid"),
                    RequiredInteger(root, "TLS.time"),
                    RequiredInteger(root, "TLS.expire"),
                    RequiredString(root, "TLS.sig"),
                    userBuffer);
            }
            catch (Exception e) when (e is JsonException || e is FormatException && e is not UserSigFormatException)
            {
                throw new UserSigFormatException("The UserSig's content is not the JSON document Tencent's signers write.");
            }
        }

        /// <summary>True when the signature inside <paramref name="contents"/> was made with <paramref name="key"/>.</summary>
        public static bool HasValidSignature(UserSigContents contents, ChatSecretKey key)
        {
            byte[] actual;
            try
            {
                actual = Convert.FromBase64String(contents.Signature);
            }
            catch (FormatException)
            {
                return false;
            }
            string expected = key.UseBytes(k => ComputeSignature(k, contents.Identifier, contents.SdkAppId, contents.IssuedAtUnix, contents.LifetimeSeconds, contents.UserBuffer));
            return FixedTimeEquals(Convert.FromBase64String(expected), actual);
        }

        /// <summary>base64(HMAC-SHA256(key, the four or five "TLS.name:value\n" lines)) — spec §4.2.</summary>
        internal static string ComputeSignature(byte[] key, string identifier, long sdkAppId, long time, long expire, byte[]? userBuffer)
        {
            var text = new StringBuilder()
                .Append("TLS.identifier:").Append(identifier).Append('\n')
                .Append("TLS.sdkappid:").Append(sdkAppId.ToString(CultureInfo.InvariantCulture)).Append('\n')
                .Append("TLS.time:").Append(time.ToString(CultureInfo.InvariantCulture)).Append('\n')
                .Append("TLS.expire:").Append(expire.ToString(CultureInfo.InvariantCulture)).Append('\n');
            if (userBuffer != null)
                text.Append("TLS.userbuf:").Append(Convert.ToBase64String(userBuffer)).Append('\n');
            using var hmac = new HMACSHA256(key);
            return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(text.ToString())));
        }

        private static string ToUrlBase64(byte[] data) =>
            Convert.ToBase64String(data).Replace('+', '*').Replace('/', '-').Replace('=', '_');

        private static string RequiredString(JsonElement root, string name) =>
            root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()!
                : throw new UserSigFormatException($"The UserSig has no string field '{name}'.");

        private static long RequiredInteger(JsonElement root, string name) =>
            root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out long number)
                ? number
                : throw new UserSigFormatException($"The UserSig has no integer field '{name}'.");

        private static bool FixedTimeEquals(byte[] a, byte[] b)
        {
            if (a.Length != b.Length) return false;
            int diff = 0;
            for (int i = 0; i < a.Length; i++) diff |= a[i] ^ b[i];
            return diff == 0;
        }
    }
}
