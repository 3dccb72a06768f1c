using System;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Conversations.Wire;
using TencentChat.Admin.Client.Diagnostics;

namespace TencentChat.Admin.Client.Conversations
{
    /// <summary>
    /// The request Test-ChatConnection sends (<see cref="ConnectionTest"/>): the first get_list page of the admin identifier
    /// itself with AssistFlags 0.
    /// <list type="bullet">
    /// <item>it only reads, and only the account the session signs as, which exists in every app;</item>
    /// <item>get_list is on every edition, whereas get_contact_group needs the Pro, Pro Plus or Enterprise edition
    /// (conversation groups), so it could fail on an app whose credentials are right;</item>
    /// <item>one page, whose size the server bounds, with no pinned, empty or group/mark data asked for.</item>
    /// </list>
    /// </summary>
    internal static class ConversationProbe
    {
        public const string Name = "get_list";

        public static Task SendAsync(ChatSession session, StrongBox<DateTimeOffset?> serverDate, ChatLog log, CancellationToken cancellationToken) =>
            session.Transport.SendOnceAsync<GetListRequest, GetListResponse>(ConversationCommands.GetList,
                new GetListRequest { FromAccount = session.Identifier }, serverDate, log, cancellationToken);
    }
}
