using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Conversations;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Benchmarks.Scenarios;

/// <summary>
/// The module's code path for a listing: Get-ChatConversation hands each account to a ConversationPager with the log
/// the cmdlet builds (the session's own redactor, Verbose and Debug off as under PowerShell's default preferences)
/// and, after each page, drains that log on the pipeline thread.
/// </summary>
internal static class ModuleGetList
{
    /// <summary>Lists every conversation of <paramref name="account"/>; <paramref name="afterPage"/> runs after each page with the page count so far.</summary>
    public static async Task<long> ListAsync(ChatSession session, string account, int maxPages, Action<int>? afterPage, CancellationToken cancellationToken)
    {
        ChatLog log = session.CreateLog(verbose: false, debug: false);
        var pager = new ConversationPager(session, account, ChatAssistFlags.All, log);
        long conversations = 0;
        for (int page = 1; page <= maxPages && !pager.IsComplete; page++)
        {
            conversations += (await pager.NextPageAsync(cancellationToken)).Count;
            while (log.TryTake(out _, out _)) { }
            afterPage?.Invoke(page);
        }
        return pager.IsComplete ? conversations : throw new InvalidOperationException($"get_list did not complete within {maxPages} pages.");
    }
}
