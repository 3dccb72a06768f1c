using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.MessageBodies;
using TencentChat.Admin.Client.Messages;
using static TencentChat.Benchmarks.BenchmarkRun;

namespace TencentChat.Benchmarks.Scenarios;

/// <summary>What the message scenarios share: the emulator's message hooks, loading histories, reading them with the pager.</summary>
internal static class MessageBench
{
    public static async Task ConfigureAsync(StandaloneEmulator emulator, object settings, string path, CancellationToken cancellationToken)
    {
        using var http = new HttpClient();
        (await http.PostAsJsonAsync(new Uri(emulator.BaseAddress, path), settings, new JsonSerializerOptions(), cancellationToken)).EnsureSuccessStatusCode();
    }

    /// <summary>Imports <paramref name="perPair"/> messages into each pair (user 2i+1 → 2i+2), 64 at once, with the limiter off.</summary>
    public static async Task LoadAsync(StandaloneEmulator emulator, int pairs, int perPair, DateTimeOffset start, CancellationToken cancellationToken)
    {
        using ChatSession session = emulator.OpenSession(0);
        var log = session.CreateLog(verbose: false, debug: false);
        using var gate = new SemaphoreSlim(64);
        var body = ChatMessageBody.FromText("benchmark message with a little text in it");
        var tasks = new List<Task>();
        for (int p = 0; p < pairs; p++)
            for (int m = 0; m < perPair; m++)
            {
                string from = User(2 * p + 1), to = User(2 * p + 2);
                var item = new ChatImportItem(from, to, start.AddSeconds(m), body) { MsgSeq = (uint)m, MsgRandom = (uint)(p + 1) };
                await gate.WaitAsync(cancellationToken);
                tasks.Add(Task.Run(async () =>
                {
                    try { await MessageWrites.ImportAsync(session, item, historical: true, log, cancellationToken); }
                    finally { gate.Release(); }
                }, cancellationToken));
            }
        await Task.WhenAll(tasks);
    }

    public static string User(int i) => "user_" + i.ToString("D6", CultureInfo.InvariantCulture);

    public static async Task<long> ReadAsync(ChatSession session, string account, string peer, DateTimeOffset after, DateTimeOffset before, CancellationToken cancellationToken)
    {
        var pager = new MessageHistoryPager(session, account, peer, after, before, session.CreateLog(verbose: false, debug: false));
        long count = 0;
        while (!pager.IsComplete) count += (await pager.NextPageAsync(cancellationToken)).Count;
        return count;
    }
}

/// <summary>
/// M1: Send-ChatMessage's client path (MessageSend, batches of 500, 16 in flight as -ThrottleLimit's default) to N
/// recipients against an emulator holding batchsendmsg to its recipients-per-minute budget. With a budget of B a
/// minute the sliding minute lets B through at once, then B a minute later: the bound is (ceil(N/B) - 1) minutes, and
/// nothing may be throttled. The real budget (12,000) makes N = 50,000 a four-minute run; TENCENTCHAT_BENCH_M1_RATELIMIT
/// scales both ends' budget (-RateLimit R raises it to 12,000 × R/200) and TENCENTCHAT_BENCH_M1_RECIPIENTS sets N, so a
/// shorter run keeps the same shape (docs/performance.md says which was run).
/// </summary>
internal sealed class MessageSendScenario : IBenchmarkScenario
{
    public string Id => "M1";

    public async Task<IReadOnlyList<BenchmarkRow>> RunAsync(BenchmarkRun run, CancellationToken cancellationToken)
    {
        int n = EnvInt("TENCENTCHAT_BENCH_M1_RECIPIENTS", 50_000);
        int rate = EnvInt("TENCENTCHAT_BENCH_M1_RATELIMIT", 200);
        int budget = 12_000 * Math.Max(rate, 200) / 200;
        await using StandaloneEmulator emulator = await run.StartEmulatorAsync($"generate:{n + 1}:0", 100, cancellationToken, 0, rate);
        await MessageBench.ConfigureAsync(emulator, new { RecipientsPerMinute = budget }, "_emulator/messages", cancellationToken);
        using ChatSession session = emulator.OpenSession(rate);
        var log = session.CreateLog(verbose: false, debug: false);
        var message = new ChatOutgoingMessage(ChatMessageBody.FromText("Maintenance tonight 22:00-23:00")) { From = MessageBench.User(1) };
        var recipients = Enumerable.Range(2, n).Select(MessageBench.User).ToList();
        var batches = recipients.Chunk(500).ToList();
        using var gate = new SemaphoreSlim(16);
        long reached = 0;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(batches.Select(async batch =>
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                var receipts = await MessageSend.SendAsync(session, message, batch, log, cancellationToken);
                Interlocked.Add(ref reached, receipts.Count(r => r.ResultCode == 0));
            }
            finally { gate.Release(); }
        }));
        watch.Stop();
        long requests = await emulator.RequestCountAsync("batchsendmsg", cancellationToken);
        long throttled = await emulator.ThrottledCountAsync(cancellationToken);
        int expected = (n + 499) / 500;
        double bound = (Math.Ceiling((double)n / budget) - 1) * 60;
        double seconds = watch.Elapsed.TotalSeconds;
        string ratio = bound > 0 ? Invariant($"{seconds / bound:0.00}x") : "-";
        return new[]
        {
            new BenchmarkRow(Id, Invariant($"Wall time, {n:N0} recipients at {budget:N0}/min (-RateLimit {rate}); bound (ceil(N/B)-1) min"),
                Invariant($"{seconds:0.0} s"), Invariant($"{bound:0} s"), ratio, "<= 1.10x bound + 5 s", seconds <= 1.10 * bound + 5),
            new BenchmarkRow(Id, "batchsendmsg requests / recipients reached", Invariant($"{requests:N0} / {reached:N0}"), Invariant($"{expected:N0} / {n:N0}"),
                Invariant($"{(double)requests / expected:0.00}x"), "= ceil(N/500), all reached", requests == expected && reached == n),
            new BenchmarkRow(Id, "Throttled answers (60007) in M1", Invariant($"{throttled}"), "0", "-", "= 0", throttled == 0),
        };
    }

    internal static int EnvInt(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value > 0 ? value : fallback;
}

/// <summary>
/// M2: Get-ChatMessage's client path over 100 pairs × 1,000 messages, 16 conversations at once (-ThrottleLimit 16),
/// against an emulator answering after 100 ms with its rate limit on. Pages of 100 make 10 requests per pair (the last
/// says Complete), 1,000 in all; 16 in flight at 100 ms allow 160/s, under the 200/s: the bound is requests × 0.1 s / 16.
/// </summary>
internal sealed class MessageReadScenario : IBenchmarkScenario
{
    private const int Pairs = 100, PerPair = 1000, Parallel = 16, LatencyMs = 100;

    public string Id => "M2";

    public async Task<IReadOnlyList<BenchmarkRow>> RunAsync(BenchmarkRun run, CancellationToken cancellationToken)
    {
        await using StandaloneEmulator emulator = await run.StartEmulatorAsync($"generate:{2 * Pairs}:0", 100, cancellationToken);
        var start = DateTimeOffset.UtcNow.AddDays(-1);
        await MessageBench.LoadAsync(emulator, Pairs, PerPair, start, cancellationToken);
        // Pages of MaxCnt 100, not the 13 KB cap, so the request count is the documented one.
        await MessageBench.ConfigureAsync(emulator, new { RoamPageBytes = 100_000_000 }, "_emulator/messages", cancellationToken);
        await MessageBench.ConfigureAsync(emulator, new { LatencyMs, RateLimit = 200 }, "_emulator/settings", cancellationToken);
        long before = await emulator.RequestCountAsync("admin_getroammsg", cancellationToken);
        using ChatSession session = emulator.OpenSession(200);
        using var gate = new SemaphoreSlim(Parallel);
        long read = 0;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Pairs).Select(async p =>
        {
            await gate.WaitAsync(cancellationToken);
            try { Interlocked.Add(ref read, await MessageBench.ReadAsync(session, MessageBench.User(2 * p + 2), MessageBench.User(2 * p + 1), start.AddMinutes(-1), start.AddHours(1), cancellationToken)); }
            finally { gate.Release(); }
        }));
        watch.Stop();
        long requests = await emulator.RequestCountAsync("admin_getroammsg", cancellationToken) - before;
        double bound = Math.Max(requests / 200.0, requests * (LatencyMs / 1000.0) / Parallel);
        double seconds = watch.Elapsed.TotalSeconds;
        return new[]
        {
            new BenchmarkRow(Id, Invariant($"Wall time, {Pairs} pairs x {PerPair:N0} messages, 16 at once, 100 ms latency ({requests:N0} requests, {read:N0} messages)"),
                Invariant($"{seconds:0.00} s"), Invariant($"{bound:0.00} s"), Invariant($"{seconds / bound:0.00}x"), "<= 1.10x", seconds <= 1.10 * bound && read == Pairs * PerPair),
        };
    }
}

/// <summary>
/// M3: bytes allocated per message read by MessageHistoryPager against a bare HttpClient + System.Text.Json loop that
/// sends the same requests and deserializes each page into plain DTOs (body as a JsonElement), over 20,000 messages of
/// one pair; the same emulator, side by side, the best of three runs each.
/// </summary>
internal sealed class MessageAllocationScenario : IBenchmarkScenario
{
    private const int Messages = 20_000;

    public string Id => "M3";

    public async Task<IReadOnlyList<BenchmarkRow>> RunAsync(BenchmarkRun run, CancellationToken cancellationToken)
    {
        await using StandaloneEmulator emulator = await run.StartEmulatorAsync("generate:2:0", 100, cancellationToken);
        var start = DateTimeOffset.UtcNow.AddDays(-1);
        await MessageBench.LoadAsync(emulator, 1, Messages, start, cancellationToken);
        await MessageBench.ConfigureAsync(emulator, new { RoamPageBytes = 100_000_000 }, "_emulator/messages", cancellationToken);
        using ChatSession session = emulator.OpenSession(0);
        using var http = new HttpClient();
        double module = double.MaxValue, raw = double.MaxValue;
        for (int i = 0; i < 3; i++)
        {
            module = Math.Min(module, await PerMessage(() => MessageBench.ReadAsync(session, MessageBench.User(2), MessageBench.User(1), start.AddMinutes(-1), start.AddHours(6), cancellationToken)));
            raw = Math.Min(raw, await PerMessage(() => RawReadAsync(http, emulator, start, cancellationToken)));
        }
        return new[]
        {
            new BenchmarkRow(Id, "Bytes allocated per message read (admin_getroammsg, pages of 100)", Invariant($"{module:N0} B"), Invariant($"{raw:N0} B (raw)"),
                Invariant($"{module / raw:0.00}x"), "<= 1.5x", module <= 1.5 * raw),
        };
    }

    private static async Task<double> PerMessage(Func<Task<long>> read)
    {
        GC.Collect();
        long before = GC.GetTotalAllocatedBytes(precise: true);
        long count = await read();
        long bytes = GC.GetTotalAllocatedBytes(precise: true) - before;
        if (count != Messages) throw new InvalidOperationException($"Read {count:N0} messages, expected {Messages:N0}.");
        return (double)bytes / count;
    }

    private sealed class RawPage
    {
        [JsonPropertyName("ErrorCode")] public int ErrorCode { get; set; }
        [JsonPropertyName("Complete")] public int Complete { get; set; }
        [JsonPropertyName("LastMsgTime")] public long LastMsgTime { get; set; }
        [JsonPropertyName("LastMsgKey")] public string? LastMsgKey { get; set; }
        [JsonPropertyName("MsgList")] public List<RawMessage>? MsgList { get; set; }
    }

    private sealed class RawMessage
    {
        [JsonPropertyName("From_Account")] public string? From { get; set; }
        [JsonPropertyName("To_Account")] public string? To { get; set; }
        [JsonPropertyName("MsgSeq")] public long MsgSeq { get; set; }
        [JsonPropertyName("MsgRandom")] public long MsgRandom { get; set; }
        [JsonPropertyName("MsgTimeStamp")] public long MsgTimeStamp { get; set; }
        [JsonPropertyName("MsgKey")] public string? MsgKey { get; set; }
        [JsonPropertyName("MsgBody")] public JsonElement MsgBody { get; set; }
        [JsonPropertyName("CloudCustomData")] public string? CloudCustomData { get; set; }
    }

    private static async Task<long> RawReadAsync(HttpClient http, StandaloneEmulator emulator, DateTimeOffset start, CancellationToken cancellationToken)
    {
        long count = 0, maxTime = start.AddHours(6).ToUnixTimeSeconds();
        string? key = null;
        Uri uri = new(emulator.CommandUri("admin_getroammsg").ToString().Replace("v4/recentcontact/", "v4/openim/"));
        while (true)
        {
            string body = JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["Operator_Account"] = MessageBench.User(2), ["Peer_Account"] = MessageBench.User(1), ["MaxCnt"] = 100,
                ["MinTime"] = start.AddMinutes(-1).ToUnixTimeSeconds(), ["MaxTime"] = maxTime, ["LastMsgKey"] = key,
            });
            using var response = await http.PostAsync(uri, new StringContent(body, Encoding.UTF8, "application/json"), cancellationToken);
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            RawPage page = (await JsonSerializer.DeserializeAsync<RawPage>(stream, cancellationToken: cancellationToken))!;
            count += page.MsgList?.Count ?? 0;
            if (page.Complete == 1 || page.MsgList is not { Count: > 0 }) return count;
            (maxTime, key) = (page.LastMsgTime, page.LastMsgKey);
        }
    }
}
