using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using TencentChat.Admin.Client.Batching;
using TencentChat.Admin.Client.Groups;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Client.Paging;

namespace TencentChat.Admin.Commands
{
    /// <summary>Gets the app's group chats, or named groups, or the groups a user is in, with their profiles.</summary>
    /// <remarks>
    /// <para>
    /// Without -GroupId or -Account it lists every group of the app: get_appid_group_list (documented at 1 call per second;
    /// the session's rate limiter holds every runspace to it, so listings in a row wait for their turn instead of being
    /// throttled) streamed by its Next cursor, and the profiles 50 per get_group_info as the IDs arrive. It is lazy:
    /// | Select-Object -First 3 sends one listing and one get_group_info. -IdOnly skips the profiles.
    /// </para>
    /// <para>
    /// -GroupId (many, or piped strings or objects with a GroupId property) reads those groups, 50 per get_group_info;
    /// a group that does not exist is written as a ChatGroupNotFound error (ObjectNotFound) targeting its GroupId, and the
    /// others still come back. -Account lists the groups each user is in (get_joined_group_list, paged, AVChatRoom
    /// included), with the user's Role and JoinTime in each group, up to -ThrottleLimit users at once. -Type keeps one
    /// group type (Private, Public, ChatRoom, AVChatRoom, Community; Work and Meeting mean Private and ChatRoom).
    /// </para>
    /// <para>
    /// Each ChatGroup has plain properties with ISO 8601 twins of its times, so Export-Csv writes it as it is, and its
    /// GroupId (and Type) bind Get-ChatGroupMember, Set-ChatGroup and the other group cmdlets, directly or through Import-Csv.
    /// </para>
    /// </remarks>
    /// <example>
    /// <code>
    /// Get-ChatGroup | Export-Csv groups-audit.csv -NoTypeInformation
    /// </code>
    /// Exports every group of the app with its owner, member count and profile: the weekly audit.
    /// </example>
    /// <example>
    /// <code>
    /// Get-ChatGroup -Type Public | Select-Object -First 3
    /// </code>
    /// Shows three public groups; only one listing and one profile request are sent.
    /// </example>
    /// <example>
    /// <code>
    /// Get-ChatGroup -GroupId team, nosuch -ErrorAction SilentlyContinue -ErrorVariable missing
    /// $missing.TargetObject
    /// </code>
    /// Reads two groups by GroupId; the one that does not exist is an error whose target is its GroupId.
    /// </example>
    /// <example>
    /// <code>
    /// Get-ChatGroup -Account user_0002 | Format-Table GroupId, Name, Role, JoinTimeIso
    /// </code>
    /// Lists the groups user_0002 is in, with the user's role and when they joined.
    /// </example>
    /// <example>
    /// <code>
    /// Get-ChatGroup -IdOnly | Measure-Object
    /// </code>
    /// Counts the app's groups without reading their profiles.
    /// </example>
    /// <seealso cref="GetChatGroupMemberCommand"/>
    /// <seealso cref="NewChatGroupCommand"/>
    /// <seealso cref="SetChatGroupCommand"/>
    [Cmdlet(VerbsCommon.Get, "ChatGroup", DefaultParameterSetName = AllSet)]
    [OutputType(typeof(ChatGroup))]
    public sealed class GetChatGroupCommand : GroupCmdlet
    {
        private const string AllSet = "All";
        private const string GroupIdSet = "GroupId";
        private const string AccountSet = "Account";

        private KeyedBatcher<int, string>? _batches;
        private ChatGroupType? _type;

        /// <summary>The groups to read: GroupIds, or objects with a GroupId property (a CSV column). Read 50 per request.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = GroupIdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [AllowNull]
        public string?[] GroupId { get; set; } = new string?[0];

        /// <summary>
        /// Users whose groups to list (get_joined_group_list): UserIDs, or objects with an Account, Member_Account or UserId
        /// property. Each group carries that user's Role and JoinTime.
        /// </summary>
        [Parameter(Mandatory = true, ParameterSetName = AccountSet, ValueFromPipelineByPropertyName = true)]
        [Alias("Member_Account", "UserId")]
        [AllowEmptyString]
        [AllowNull]
        [ArgumentCompleter(typeof(Infrastructure.Completion.AccountCompleter))]
        public object?[] Account { get; set; } = new object?[0];

        /// <summary>Only groups of this type: Private (Work), Public, ChatRoom (Meeting), AVChatRoom or Community.</summary>
        [Parameter]
        [ArgumentCompleter(typeof(GroupTypeCompleter))]
        public string? Type { get; set; }

        /// <summary>Writes each group with its GroupId only, without reading the profiles (the listing alone).</summary>
        [Parameter(ParameterSetName = AllSet)]
        public SwitchParameter IdOnly { get; set; }

        protected override string ProgressItemName => "groups";

        protected override void Begin() => _type = ParseType(Type);

        protected override void Process()
        {
            switch (ParameterSetName)
            {
                case GroupIdSet:
                    _batches ??= FlushedAtEnd(KeyedBatcher<int, string>.Requests(GroupProfiles.MaxGroupsPerRequest, batch => ReadProfiles(batch.Items)));
                    _batches.Add(0, ValidGroupIds(GroupId));
                    break;
                case AccountSet:
                    int? total = MyInvocation.ExpectingInput ? (int?)null : Account.Length;
                    foreach (string account in RequestedAccounts(Account, nameof(Account), "account"))
                        StartAccountWork(account, total, (output, cancellationToken) =>
                            Stream(new JoinedGroupPager(ActiveSession, account, _type, Log), output, cancellationToken));
                    break;
                default:
                    var ids = new GroupListPager(ActiveSession, _type, Log);
                    StartAccountWork("the app", 1, (output, cancellationToken) => IdOnly
                        ? StreamIds(ids, output, cancellationToken)
                        : Stream(new GroupProfilePager(ActiveSession, ids, Log), output, cancellationToken));
                    break;
            }
        }

        private void ReadProfiles(IReadOnlyList<string> groupIds) =>
            StartInOrder("profiles", null, async (output, cancellationToken) =>
            {
                var results = await GroupProfiles.GetAsync(ActiveSession, groupIds, Log, cancellationToken).ConfigureAwait(false);
                if (results.Select(r => r.Failure).FirstOrDefault(f => f != null && f.IsSessionWide) is { } sessionWide)
                    throw sessionWide;
                await output.DeliverAsync(results.Count, () =>
                {
                    foreach (var result in results)
                    {
                        if (result.Failure != null) WriteItemError(result.Failure, result.GroupId);
                        else if (_type == null || result.Group!.Type == _type) WriteObject(result.Group);
                    }
                }).ConfigureAwait(false);
            });

        private async System.Threading.Tasks.Task Stream(IPageReader<ChatGroup> pager, Client.FanOut.AccountOutput output,
            System.Threading.CancellationToken cancellationToken)
        {
            while (!pager.IsComplete)
            {
                IReadOnlyList<ChatGroup> page = await pager.NextPageAsync(cancellationToken).ConfigureAwait(false);
                await output.DeliverAsync(page.Count, () => page.ToList().ForEach(WriteObject)).ConfigureAwait(false);
            }
        }

        private async System.Threading.Tasks.Task StreamIds(IPageReader<string> pager, Client.FanOut.AccountOutput output,
            System.Threading.CancellationToken cancellationToken)
        {
            while (!pager.IsComplete)
            {
                IReadOnlyList<string> page = await pager.NextPageAsync(cancellationToken).ConfigureAwait(false);
                await output.DeliverAsync(page.Count, () => page.ToList().ForEach(id => WriteObject(new ChatGroup { GroupId = id }))).ConfigureAwait(false);
            }
        }
    }
}
