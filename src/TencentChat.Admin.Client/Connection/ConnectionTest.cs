using System;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Transport;

namespace TencentChat.Admin.Client.Connection
{
    /// <summary>
    /// Test-ChatConnection's probe: one harmless request, so that a wrong key, region or endpoint shows before a
    /// runbook's real work starts rather than in the middle of it. Which request is the composition root's choice
    /// (<see cref="Probe"/>, see ClientFamilies.cs), since every request belongs to a family. It is sent once
    /// (<see cref="ChatApiTransport.SendOnceAsync{TRequest,TResponse}"/>): no retry and no failover, so the answer comes
    /// within the session's request timeout, and the session is left as it was.
    /// </summary>
    public static class ConnectionTest
    {
        /// <summary>The probe request; <see cref="Name"/> describes it in the log.</summary>
        internal delegate Task ProbeRequest(ChatSession session, StrongBox<DateTimeOffset?> serverDate, ChatLog log, CancellationToken cancellationToken);

        internal static ProbeRequest Probe = (_, _, _, _) => throw new InvalidOperationException("No connection probe is registered.");

        /// <summary>What the probe asks, for the log line, e.g. "get_list".</summary>
        internal static string Name = string.Empty;

        /// <summary>Never throws for a failed request: the failure is the result's ErrorId and Message.</summary>
        public static async Task<ChatConnectionTest> RunAsync(ChatSession session, ChatLog log, CancellationToken cancellationToken)
        {
            if (session is null) throw new ArgumentNullException(nameof(session));
            var result = new ChatConnectionTest
            {
                Endpoint = session.Endpoint,
                Region = session.Region,
                SdkAppId = session.SdkAppId,
                Identifier = session.Identifier,
            };
            var serverDate = new StrongBox<DateTimeOffset?>();
            DateTimeOffset sentAt = session.Clock();
            var watch = Stopwatch.StartNew();
            try
            {
                await Probe(session, serverDate, log, cancellationToken).ConfigureAwait(false);
                result.Succeeded = true;
            }
            catch (ChatAdminException e)
            {
                result.ErrorId = e.ErrorId;
                result.ErrorCode = (e as ChatApiException)?.ErrorCode;
                result.Message = e.Message;
            }
            result.LatencyMs = watch.ElapsedMilliseconds;
            result.UserSigExpires = session.UserSigExpiresAt;
            // The Date header is stamped while the server answers: compare it with this machine's clock halfway through.
            if (serverDate.Value is DateTimeOffset date)
                result.ClockSkew = TimeSpan.FromSeconds(Math.Round((date - (sentAt + TimeSpan.FromMilliseconds(result.LatencyMs / 2.0))).TotalSeconds));
            log.Verbose(result.Succeeded
                ? $"{Name} {session.Identifier}: the connection works ({result.LatencyMs} ms)."
                : $"{Name} {session.Identifier}: the connection test failed with {result.ErrorId} ({result.LatencyMs} ms).");
            return result;
        }
    }
}
