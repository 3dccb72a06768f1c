using System.Collections.Generic;
using System.Linq;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Conversations;
using TencentChat.Admin.Infrastructure.Completion;

namespace TencentChat.Admin.Commands
{
    /// <summary>A user's conversation group names for tab completion: one get_contact_group request per session and account.</summary>
    internal static class ContactGroupNameCache
    {
        private static readonly AccountCompletionCache Cache = new AccountCompletionCache(async (session, account, log, cancellationToken) =>
            (IReadOnlyList<string>)(await ContactGroupPager.GetGroupsAsync(session, account, log, cancellationToken).ConfigureAwait(false))
                .Select(group => group.Name).ToArray());

        /// <summary>The names of <paramref name="account"/>'s groups in the server's order; empty when they cannot be had.</summary>
        public static IReadOnlyList<string> GroupNames(ChatSession session, string account) => Cache.Values(session, account);
    }
}
