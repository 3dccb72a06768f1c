using System;

namespace TencentChat.Admin.Client.Connection
{
    /// <summary>
    /// What Test-ChatConnection found: where the session's requests go, whether one harmless request got a good
    /// answer, how long it took, and how far the server's clock is from this machine's. Holds no key or UserSig.
    /// </summary>
    public sealed class ChatConnectionTest
    {
        public Uri Endpoint { get; set; } = null!;
        public ChatRegion? Region { get; set; }
        public long SdkAppId { get; set; }
        public string Identifier { get; set; } = string.Empty;
        public bool Succeeded { get; set; }

        /// <summary>The module's ErrorId of the failure (as docs/errors.md lists them); empty when the request succeeded.</summary>
        public string? ErrorId { get; set; }

        /// <summary>Tencent's ErrorCode when Tencent answered with one; empty for a success or a failure without an answer.</summary>
        public int? ErrorCode { get; set; }

        /// <summary>The failure's message, redacted like every error's; empty when the request succeeded.</summary>
        public string? Message { get; set; }

        /// <summary>Milliseconds from sending the request to reading the whole answer (or to the failure).</summary>
        public long LatencyMs { get; set; }

        /// <summary>When the admin UserSig the request carried expires (a session with a key renews it before then).</summary>
        public DateTimeOffset UserSigExpires { get; set; }

        /// <summary>
        /// The server's clock minus this machine's, from the answer's HTTP Date header (whole seconds, so ±1 s is noise);
        /// empty when the answer had no Date header or there was no answer. UserSigs are signed with this machine's clock.
        /// </summary>
        public TimeSpan? ClockSkew { get; set; }

        public override string ToString() => Succeeded ? $"{Endpoint}: OK in {LatencyMs} ms" : $"{Endpoint}: {ErrorId}";
    }
}
