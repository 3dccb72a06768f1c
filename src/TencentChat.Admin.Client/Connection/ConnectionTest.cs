using System;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Client.Transport;
using TencentChat.Admin.Client.Wire;

namespace TencentChat.Admin.Client.Connection
{
    /// <summary>
    /// Test-ChatConnection's probe: one harmless request, so that a wrong key, region or endpoint shows before a
    /// runbook's real work starts rather than in the middle of it. The request is the first get_list page of the admin
    /// identifier itself with AssistFlags 0:
    /// <list type="bullet">
    /// <item>it only reads, and only the account the session signs as, which exists in every app;</item>
    /// <item>get_list is on every edition, whereas get_contact_group needs the Pro, Pro Plus or Enterprise edition
    /// (conversation groups), so it could fail on an app whose credentials are right;</item>
    /// <item>one page, whose size the server bounds, with no pinned, empty or group/mark data asked for.</item>
    /// </list>
    /// It is sent once (<see cref="ChatApiTransport.SendOnceAsync{TRequest,TResponse}"/>): no retry and no failover, so
    /// the answer comes within the session's request timeout, and the session is left as it was.
    /// </summary>
    public static class ConnectionTest
    {
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
            var request = new GetListRequest { FromAccount = session.Identifier };
            var serverDate = new StrongBox<DateTimeOffset?>();
            DateTimeOffset sentAt = session.Clock();
            var watch = Stopwatch.StartNew();
            try
            {
                await session.Transport.SendOnceAsync<GetListRequest, GetListResponse>(ChatCommand.GetList, request, serverDate, log, cancellationToken)
                    .ConfigureAwait(false);
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
                ? $"get_list {session.Identifier}: the connection works ({result.LatencyMs} ms)."
                : $"get_list {session.Identifier}: the connection test failed with {result.ErrorId} ({result.LatencyMs} ms).");
            return result;
        }
    }
}
