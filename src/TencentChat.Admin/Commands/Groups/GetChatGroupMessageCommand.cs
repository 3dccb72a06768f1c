using System;
using System.Collections.Generic;
using System.Management.Automation;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Groups.Messages;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>Gets the message history of group chats, newest first.</summary>
    /// <remarks>
    /// <para>
    /// Sends group_msg_get_simple requests of up to 20 messages and writes each page as it arrives, newest message first:
    /// each next request asks for the messages below the smallest seq of the last page, until seq 1. Holes (messages
    /// that expired or were deleted, which still use up a seq) are skipped; recalled messages only come with
    /// -IncludeRecalled, with IsRecalled set. AVChatRoom groups keep no history (Tencent refuses the request).
    /// </para>
    /// <para>
    /// Lazy: a group asks for its next page only once the last one is written, so | Select-Object -First 3 sends one
    /// request per group. -First and -Skip count per group: -First 5 asks for just 5 messages, one request. Groups come from
    /// -GroupId or the pipeline (strings, or objects with a GroupId property such as Get-ChatGroup's), up to
    /// -ThrottleLimit at once; each group's messages keep their order.
    /// </para>
    /// <para>
    /// Each ChatGroupMessage has Text (the text elements joined), Elements (the body, typed) and MsgBodyJson (the body
    /// exactly as Tencent returned it), so Export-Csv keeps every message, whatever its element types. GroupId and MsgSeq
    /// bind Remove-ChatGroupMessage.
    /// </para>
    /// </remarks>
    /// <example>
    /// <code>
    /// Get-ChatGroupMessage -GroupId ops-room -First 5
    /// </code>
    /// Shows the five newest messages of the group ops-room, in one request.
    /// </example>
    /// <example>
    /// <code>
    /// Get-ChatGroupMessage -GroupId ops-room | Export-Csv ops-room-history.csv -NoTypeInformation
    /// </code>
    /// Exports the whole history of ops-room to a CSV file, newest first.
    /// </example>
    /// <example>
    /// <code>
    /// Get-ChatGroupMessage -GroupId ops-room -IncludeRecalled | Where-Object IsRecalled
    /// </code>
    /// Lists the messages of ops-room that were recalled.
    /// </example>
    /// <example>
    /// <code>
    /// Get-ChatGroupMessage -GroupId ops-room | Where-Object From -eq user_0003 | Remove-ChatGroupMessage -Confirm:$false
    /// </code>
    /// Recalls every message user_0003 sent to ops-room.
    /// </example>
    /// <seealso cref="SendChatGroupMessageCommand"/>
    /// <seealso cref="RemoveChatGroupMessageCommand"/>
    [Cmdlet(VerbsCommon.Get, "ChatGroupMessage", SupportsPaging = true)]
    [OutputType(typeof(ChatGroupMessage))]
    public sealed class GetChatGroupMessageCommand : ChatApiCmdlet
    {
        /// <summary>The groups whose history to read: GroupIds, from the pipeline as strings or as objects with a GroupId property.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        public string[] GroupId { get; set; } = new string[0];

        /// <summary>Also write recalled messages (IsRecalled true, without a body).</summary>
        [Parameter]
        public SwitchParameter IncludeRecalled { get; set; }

        protected override string ProgressItemName => "messages";

        protected override string ProgressJobName => "groups";

        protected override void Begin()
        {
            if (PagingParameters.IncludeTotalCount)
                // Tencent reports no count of a group's messages (NextMsgSeq counts holes and recalled ones too).
                WriteObject(PagingParameters.NewTotalCount(0, 0.0));
        }

        protected override void Process()
        {
            int? total = MyInvocation.ExpectingInput ? (int?)null : GroupId.Length;
            ulong first = PagingParameters.First;
            ulong skip = PagingParameters.Skip;
            // How many of each group's newest messages to read at most: -Skip plus -First, without overflowing when -First is not given.
            ulong wanted = first > ulong.MaxValue - skip ? ulong.MaxValue : skip + first;
            // A group needs no more than -Skip plus -First messages: ask for just that many when it is under a page.
            int pageSize = (int)Math.Min(20UL, Math.Max(1UL, wanted));
            foreach (string? given in GroupId)
            {
                string groupId;
                try
                {
                    groupId = GroupIds.Validate(given);
                }
                catch (ChatInputException e)
                {
                    WriteItemError(e, given);
                    continue;
                }
                if (first == 0) continue;
                StartAccountWork(groupId, total, async (output, cancellationToken) =>
                {
                    var pager = new GroupMessagePager(ActiveSession, groupId, IncludeRecalled, Log, pageSize);
                    ulong seen = 0;
                    while (!pager.IsComplete && seen < wanted)
                    {
                        IReadOnlyList<ChatGroupMessage> page = await pager.NextPageAsync(cancellationToken).ConfigureAwait(false);
                        ulong before = seen;
                        seen += (ulong)page.Count;
                        await output.DeliverAsync(page.Count, () =>
                        {
                            for (int i = 0; i < page.Count; i++)
                            {
                                ulong position = before + (ulong)i;
                                if (position >= skip && position < wanted) WriteObject(page[i]);
                            }
                        }).ConfigureAwait(false);
                    }
                });
            }
        }
    }
}
