using TencentChat.Admin.Client.Batching;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Conversations;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Models;
using static TencentChat.Benchmarks.BenchmarkRun;

namespace TencentChat.Benchmarks.Scenarios;

/// <summary>
/// P3 batching: N conversations of one account searched the way Search-ChatContactGroup batches them
/// (AccountBatcher at ContactGroupSearch.MaxItemsPerRequest, one ContactGroupSearch call per batch). The request
/// count is the emulator's own (its control API), compared with ceil(N/300).
/// </summary>
internal sealed class SearchBatchingScenario : IBenchmarkScenario
{
    private const int Conversations = 100_000;
    private const string Account = "user_000001";
    private static readonly int[] Sizes = { 1, 300, 301, 10_000, Conversations };

    public string Id => "P3";

    public async Task<IReadOnlyList<BenchmarkRow>> RunAsync(BenchmarkRun run, CancellationToken cancellationToken)
    {
        await using StandaloneEmulator emulator = await run.StartEmulatorAsync($"generate:1:{Conversations}", 100, cancellationToken);
        using var session = emulator.OpenSession(Admin.Client.Connection.ChatConnectionSettings.DefaultRateLimitPerSecond);
        var log = new ChatLog(new Redactor());
        var keys = new List<ConversationKey>(Conversations);
        var pager = new ConversationPager(session, Account, ChatAssistFlags.All, log);
        for (int page = 0; page < Conversations && !pager.IsComplete; page++)
            foreach (ChatConversation conversation in await pager.NextPageAsync(cancellationToken))
                keys.Add(ConversationKey.Parse(conversation.ConversationId));

        var rows = new List<BenchmarkRow>();
        foreach (int size in Sizes)
        {
            long before = await emulator.RequestCountAsync("search_contact_group", cancellationToken);
            var batches = new List<KeyedBatch<string, ConversationKey>>();
            var batcher = KeyedBatcher<string, ConversationKey>.Requests(ContactGroupSearch.MaxItemsPerRequest, batches.Add);
            batcher.Add(Account, keys.Take(size));
            batcher.Flush();
            long records = 0;
            foreach (var batch in batches)
                records += (await ContactGroupSearch.SearchAsync(session, batch.Key, batch.Items, log, cancellationToken)).Count;
            long requests = await emulator.RequestCountAsync("search_contact_group", cancellationToken) - before;
            long expected = (size + ContactGroupSearch.MaxItemsPerRequest - 1) / ContactGroupSearch.MaxItemsPerRequest;
            rows.Add(new BenchmarkRow(Id, Invariant($"search_contact_group requests for {size:N0} conversations ({records:N0} records back)"),
                Invariant($"{requests:N0}"), Invariant($"{expected:N0}"), Invariant($"{(double)requests / expected:0.00}x"), "= ceil(N/300)",
                requests == expected && records == size));
        }
        return rows;
    }
}
