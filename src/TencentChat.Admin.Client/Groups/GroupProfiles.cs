using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Batching;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Groups.Wire;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Client.Paging;

namespace TencentChat.Admin.Client.Groups
{
    /// <summary>One group asked for by GroupId: its profile, or why there is none (ChatGroupNotFound for a missing one).</summary>
    public sealed class GroupProfileResult
    {
        internal GroupProfileResult(string groupId, ChatGroup? group, ChatAdminException? failure)
        {
            GroupId = groupId;
            Group = group;
            Failure = failure;
        }

        public string GroupId { get; }
        public ChatGroup? Group { get; }
        public ChatAdminException? Failure { get; }
    }

    /// <summary>
    /// get_group_info (group spec §3.3): up to 50 GroupIds per request, every profile field asked for by name so the
    /// member lists are left out. Each group has its own ErrorCode (the envelope "means nothing" for single groups): a
    /// missing one is a ChatGroupNotFound failure targeting its GroupId, and the others still come back.
    /// </summary>
    public static class GroupProfiles
    {
        public const int MaxGroupsPerRequest = GetGroupInfoRequest.MaxItems;

        /// <summary>One result per GroupId, in order; the IDs must have passed GroupIds.Validate.</summary>
        public static async Task<IReadOnlyList<GroupProfileResult>> GetAsync(ChatSession session, IReadOnlyList<string> groupIds, ChatLog log,
            CancellationToken cancellationToken)
        {
            BatchSize.Check(groupIds, GroupCommands.GetGroupInfo, "groups");
            var request = new GetGroupInfoRequest
            {
                GroupIdList = groupIds.ToArray(),
                ResponseFilter = new WireGroupInfoFilter { GroupBaseInfoFilter = GroupWire.ProfileFields },
            };
            var response = await session.Transport.SendAsync<GetGroupInfoRequest, GetGroupInfoResponse>(
                GroupCommands.GetGroupInfo, request, log, cancellationToken).ConfigureAwait(false);
            var byId = new Dictionary<string, WireGroupInfo>(System.StringComparer.Ordinal);
            foreach (var info in response.GroupInfo ?? new WireGroupInfo[0])
                if (info.GroupId != null && !byId.ContainsKey(info.GroupId)) byId.Add(info.GroupId, info);

            var results = new List<GroupProfileResult>(groupIds.Count);
            foreach (string id in groupIds)
            {
                if (!byId.TryGetValue(id, out WireGroupInfo? info))
                    results.Add(new GroupProfileResult(id, null, new ChatProtocolException("MissingItemResult",
                        $"get_group_info succeeded but its answer has no GroupInfo for '{id}'.") { Target = id }));
                else if ((info.ErrorCode ?? 0) != 0)
                    results.Add(new GroupProfileResult(id, null, ChatErrorCatalog.Failure(GroupCommands.GetGroupInfo.Name, info.ErrorCode!.Value,
                        session.Redactor.Redact(info.ErrorInfo ?? string.Empty), null, id)));
                else
                    results.Add(new GroupProfileResult(id, GroupWire.ToGroup(info), null));
            }
            log.Verbose($"get_group_info: {results.Count(r => r.Group != null)} of {groupIds.Count} groups.");
            return results;
        }
    }

    /// <summary>
    /// Every group of the app with its profile, lazily: GroupIds from <see cref="GroupListPager"/> as they arrive, profiles
    /// 50 per get_group_info, each page asked for only when the caller wants the next (so <c>| Select-Object -First 3</c>
    /// costs one listing and one get_group_info). A group dissolved between the listing and the profile request is left out.
    /// </summary>
    public sealed class GroupProfilePager : IPageReader<ChatGroup>
    {
        private readonly ChatSession _session;
        private readonly IPageReader<string> _ids;
        private readonly ChatLog _log;
        private readonly Queue<string> _pending = new Queue<string>();
        private readonly HashSet<string> _seen = new HashSet<string>(System.StringComparer.Ordinal);

        public GroupProfilePager(ChatSession session, IPageReader<string> ids, ChatLog log)
        {
            _session = session;
            _ids = ids;
            _log = log;
        }

        public bool IsComplete => _ids.IsComplete && _pending.Count == 0;

        public async Task<IReadOnlyList<ChatGroup>> NextPageAsync(CancellationToken cancellationToken)
        {
            while (_pending.Count < GroupProfiles.MaxGroupsPerRequest && !_ids.IsComplete)
                foreach (string id in await _ids.NextPageAsync(cancellationToken).ConfigureAwait(false))
                    if (_seen.Add(id)) _pending.Enqueue(id);
            if (_pending.Count == 0) return new ChatGroup[0];

            var batch = new List<string>();
            while (batch.Count < GroupProfiles.MaxGroupsPerRequest && _pending.Count > 0) batch.Add(_pending.Dequeue());
            var results = await GroupProfiles.GetAsync(_session, batch, _log, cancellationToken).ConfigureAwait(false);
            foreach (var gone in results.Where(r => r.Group == null))
                _log.Verbose($"get_group_info: '{gone.GroupId}' was listed but has no profile now ({gone.Failure?.Message}); left out.");
            return results.Where(r => r.Group != null).Select(r => r.Group!).ToList();
        }
    }
}
