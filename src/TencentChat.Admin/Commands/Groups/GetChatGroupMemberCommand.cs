using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using TencentChat.Admin.Client.Batching;
using TencentChat.Admin.Client.Groups;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Admin.Commands
{
    /// <summary>Gets the members of group chats.</summary>
    /// <remarks>
    /// <para>
    /// Streams each group's members lazily (get_group_member_info, 200 per request): a Community pages by its Next cursor,
    /// every other type by Offset. Each member is written once, even when membership changes mid-stream. Groups come from
    /// -GroupId or the pipeline (ChatGroup objects, whose Type saves a request; strings; CSV rows) and are read up to
    /// -ThrottleLimit at once, each group's members in the server's order. An AVChatRoom has no member list: that is a
    /// GroupTypeNotSupported error naming the type, and the other groups go on.
    /// </para>
    /// <para>
    /// -Role keeps members of those roles (asked of the server). -Account reads named members instead
    /// (get_specified_group_member_info, 50 per request); one who is not a member is a ChatGroupMemberNotFound error.
    /// -Muted lists the muted members with the end of their mute (get_group_muted_account).
    /// </para>
    /// </remarks>
    /// <example>
    /// <code>
    /// Get-ChatGroupMember -GroupId team
    /// </code>
    /// Lists the members of one group with their roles and join times.
    /// </example>
    /// <example>
    /// <code>
    /// Get-ChatGroup | Get-ChatGroupMember -Role Owner, Admin -ThrottleLimit 16 | Export-Csv group-admins.csv -NoTypeInformation
    /// </code>
    /// The weekly audit: every group's owner and admins, 16 groups at once.
    /// </example>
    /// <example>
    /// <code>
    /// Get-ChatGroupMember -GroupId team -Account user_0002, user_0003 | Format-List
    /// </code>
    /// Shows two named members in full.
    /// </example>
    /// <example>
    /// <code>
    /// Get-ChatGroupMember -GroupId team -Muted
    /// </code>
    /// Lists who is muted in the group and until when.
    /// </example>
    /// <seealso cref="GetChatGroupCommand"/>
    /// <seealso cref="SetChatGroupMemberCommand"/>
    /// <seealso cref="RemoveChatGroupMemberCommand"/>
    [Cmdlet(VerbsCommon.Get, "ChatGroupMember", DefaultParameterSetName = AllSet)]
    [OutputType(typeof(ChatGroupMember))]
    public sealed class GetChatGroupMemberCommand : GroupCmdlet
    {
        private const string AllSet = "All";
        private const string NamedSet = "Named";
        private const string MutedSet = "Muted";

        private KeyedBatcher<string, string>? _named;

        /// <summary>The groups: GroupIds, or objects with a GroupId property (Get-ChatGroup's output, a CSV column).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [AllowNull]
        public string?[] GroupId { get; set; } = new string?[0];

        /// <summary>
        /// The group's type when the input carries it (a ChatGroup's Type), which spares the request that would look it up:
        /// it decides between Offset and Next paging.
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = AllSet)]
        [Alias("Type")]
        [AllowNull]
        public ChatGroupType? GroupType { get; set; }

        /// <summary>Only members with these roles: Owner, Admin, Member.</summary>
        [Parameter(ParameterSetName = AllSet)]
        [ValidateNotNullOrEmpty]
        public ChatGroupRole[]? Role { get; set; }

        /// <summary>Named members to read (get_specified_group_member_info): UserIDs, or objects with an Account, Member_Account or UserId property.</summary>
        [Parameter(Mandatory = true, ParameterSetName = NamedSet)]
        [Alias("Member_Account", "UserId")]
        [AllowEmptyString]
        [AllowNull]
        [ArgumentCompleter(typeof(Infrastructure.Completion.AccountCompleter))]
        public object?[] Account { get; set; } = new object?[0];

        /// <summary>Only the muted members, with the end of their mute.</summary>
        [Parameter(Mandatory = true, ParameterSetName = MutedSet)]
        public SwitchParameter Muted { get; set; }

        protected override string ProgressItemName => "members";

        protected override void Process()
        {
            int? total = MyInvocation.ExpectingInput ? (int?)null : GroupId.Length;
            List<string> accounts = ParameterSetName == NamedSet ? RequestedAccounts(Account, nameof(Account), "member").ToList() : new List<string>();
            foreach (string groupId in ValidGroupIds(GroupId))
            {
                switch (ParameterSetName)
                {
                    case NamedSet:
                        _named ??= FlushedAtEnd(KeyedBatcher<string, string>.Requests(GroupMemberQueries.MaxAccountsPerRequest, ReadNamed));
                        _named.Add(groupId, accounts);
                        break;
                    case MutedSet:
                        StartAccountWork(groupId, total, async (output, cancellationToken) =>
                        {
                            var muted = await GroupMemberQueries.GetMutedAsync(ActiveSession, groupId, Log, cancellationToken).ConfigureAwait(false);
                            await output.DeliverAsync(muted.Count, () => muted.ToList().ForEach(WriteObject)).ConfigureAwait(false);
                        });
                        break;
                    default:
                        var pager = new GroupMemberPager(ActiveSession, groupId, GroupType, Role, Log);
                        StartAccountWork(groupId, total, async (output, cancellationToken) =>
                        {
                            while (!pager.IsComplete)
                            {
                                var page = await pager.NextPageAsync(cancellationToken).ConfigureAwait(false);
                                await output.DeliverAsync(page.Count, () => page.ToList().ForEach(WriteObject)).ConfigureAwait(false);
                            }
                        });
                        break;
                }
            }
        }

        private void ReadNamed(KeyedBatch<string, string> batch) =>
            StartAccountWork(batch.Key, null, async (output, cancellationToken) =>
            {
                var results = await GroupMemberQueries.GetAsync(ActiveSession, batch.Key, batch.Items, Log, cancellationToken).ConfigureAwait(false);
                await output.DeliverAsync(results.Count, () =>
                {
                    foreach (var result in results)
                    {
                        if (result.Failure != null) WriteItemError(result.Failure, result.Account);
                        else WriteObject(result.Member);
                    }
                }).ConfigureAwait(false);
            });
    }
}
