using TencentChat.Admin.Client.Authentication;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Conversations;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.FanOut;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Tests.Conversations;
using TencentChat.Admin.Tests.Support;
using TencentChat.Emulator.Hosting;

namespace TencentChat.Admin.Tests.FanOut;

/// <summary>The fan-out engine, paging real accounts over loopback against the emulator, with the test thread as the consumer.</summary>
public class AccountFanOutTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static List<string> Users(EmulatorFixture emulator) =>
        emulator.Host.State.Users.Where(u => u.StartsWith("user_", StringComparison.Ordinal)).OrderBy(u => u, StringComparer.Ordinal).ToList();

    /// <summary>A job that pages one account's conversations into <paramref name="written"/> (on the consumer thread).</summary>
    private static Func<AccountOutput, CancellationToken, Task> ListJob(ChatSession session, string account, List<ChatConversation> written,
        Action? onRequest = null) => async (output, cancellationToken) =>
    {
        var pager = new ConversationPager(session, account, ChatAssistFlags.All, TestSessions.Log(session));
        while (!pager.IsComplete)
        {
            onRequest?.Invoke();
            var page = await pager.NextPageAsync(cancellationToken);
            await output.DeliverAsync(page.Count, () => written.AddRange(page));
        }
    };

    /// <summary>The consumer loop: runs deliveries on this thread until every job is done.</summary>
    private static void RunToEnd(AccountFanOut fanOut)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!fanOut.IsIdle)
        {
            Assert.True(DateTime.UtcNow < deadline, "the fan-out did not finish");
            fanOut.RunNext(TimeSpan.FromMilliseconds(50));
        }
    }

    /// <summary>Starts the job once a slot is free, as the cmdlets do; false when the fan-out stopped for good instead.</summary>
    private static bool StartWhenFree(AccountFanOut fanOut, string account, Func<AccountOutput, CancellationToken, Task> job)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!fanOut.CanStart)
        {
            if (fanOut.IsIdle) return false;
            Assert.True(DateTime.UtcNow < deadline, "no slot came free");
            fanOut.RunNext(TimeSpan.FromMilliseconds(50));
        }
        fanOut.Start(account, job);
        return true;
    }

    [Fact]
    public async Task Many_accounts_at_once_list_what_one_at_a_time_lists_in_each_accounts_order()
    {
        await using var emulator = await EmulatorFixture.StartAsync(new EmulatorOptions { Seed = "generate:24:1200", PageSize = 10, LatencyMs = 5 });
        var session = emulator.OpenSession();
        var users = Users(emulator);
        int inFlight = 0, mostInFlight = 0;
        var written = new List<ChatConversation>();
        var failures = new List<Exception>();

        using (var fanOut = new AccountFanOut(6, (_, e) => failures.Add(e), default))
        {
            foreach (string user in users)
                StartWhenFree(fanOut, user, async (output, ct) =>
                {
                    int now = Interlocked.Increment(ref inFlight);
                    InterlockedMax(ref mostInFlight, now);
                    try { await ListJob(session, user, written)(output, ct); }
                    finally { Interlocked.Decrement(ref inFlight); }
                });
            RunToEnd(fanOut);
            Assert.Equal(users.Count, fanOut.AccountsDone);
            Assert.Equal(written.Count, fanOut.ItemsWritten);
        }

        Assert.Empty(failures);
        Assert.InRange(mostInFlight, 2, 6);
        foreach (string user in users)
        {
            var sequential = await ConversationPagerTests.ListAll(session, user);
            Assert.Equal(sequential.Select(c => c.ConversationId), written.Where(c => c.Account == user).Select(c => c.ConversationId));
        }
        // Pages of different accounts did interleave: the accounts did not simply come one after the other.
        Assert.True(written.Select(c => c.Account).Zip(written.Skip(1).Select(c => c.Account)).Count(p => p.First != p.Second) > users.Count,
            "no interleaving seen");
    }

    [Fact]
    public async Task A_consumer_that_stops_while_writing_the_first_page_has_cost_at_most_one_request_per_slot()
    {
        await using var emulator = await EmulatorFixture.StartAsync(new EmulatorOptions { Seed = "generate:40:4000", PageSize = 20, LatencyMs = 20 });
        var session = emulator.OpenSession();
        var stopped = new OperationCanceledException("the pipeline stopped, as Select-Object -First does");

        using (var fanOut = new AccountFanOut(4, (_, e) => throw e, default))
        {
            foreach (string user in Users(emulator).Take(8))
                fanOut.Start(user, async (output, ct) =>
                {
                    var pager = new ConversationPager(session, user, ChatAssistFlags.All, TestSessions.Log(session));
                    while (!pager.IsComplete)
                    {
                        var page = await pager.NextPageAsync(ct);
                        await output.DeliverAsync(page.Count, () => throw stopped);
                    }
                });
            Action consume = () => { while (!fanOut.IsIdle) fanOut.RunNext(TimeSpan.FromMilliseconds(50)); };
            var thrown = Assert.Throws<OperationCanceledException>(consume);
            Assert.Same(stopped, thrown);
            fanOut.Cancel();
            // Give the other jobs time to do anything they would do without being asked.
            await Task.Delay(300);
            Assert.False(fanOut.CanStart);
        }

        Assert.InRange(emulator.Requests("get_list"), 1, 4);
    }

    [Fact]
    public async Task A_session_wide_failure_cancels_everything_and_is_reported_first()
    {
        await using var emulator = await EmulatorFixture.StartAsync(new EmulatorOptions { Seed = "generate:60:600", LatencyMs = 20 });
        var session = emulator.OpenSession(s => s.SecretKey = Client.Authentication.ChatSecretKey.FromString("not-the-emulator-key-0123456789"));
        var reported = new List<(string Account, Exception Failure)>();
        var written = new List<ChatConversation>();

        using (var fanOut = new AccountFanOut(4, (account, e) => reported.Add((account, e)), default))
        {
            foreach (string user in Users(emulator))
                if (!StartWhenFree(fanOut, user, ListJob(session, user, written)))
                    break;
            RunToEnd(fanOut);
            Assert.False(fanOut.CanStart);
        }

        var failure = Assert.IsAssignableFrom<ChatAdminException>(Assert.Single(reported).Failure);
        Assert.True(failure.IsSessionWide);
        Assert.Empty(written);
        // Only the first four accounts were ever started (a bad signature is retried once with a fresh UserSig).
        Assert.InRange(emulator.AllRequests, 1, 8);
    }

    [Fact]
    public async Task A_failure_of_one_account_is_reported_after_its_pages_and_the_others_go_on()
    {
        await using var emulator = await EmulatorFixture.StartAsync(new EmulatorOptions { Seed = "generate:8:400" });
        var session = emulator.OpenSession();
        var users = Users(emulator);
        var reported = new List<(string Account, Exception Failure)>();
        var written = new List<ChatConversation>();

        using (var fanOut = new AccountFanOut(3, (account, e) => reported.Add((account, e)), default))
        {
            foreach (string user in users.Take(4).Append("bad account\n").Concat(users.Skip(4)))
                StartWhenFree(fanOut, user, ListJob(session, user, written));
            RunToEnd(fanOut);
        }

        var (account, failure) = Assert.Single(reported);
        Assert.Equal("bad account\n", account);
        Assert.False(Assert.IsAssignableFrom<ChatAdminException>(failure).IsSessionWide);
        Assert.Equal(users.ToHashSet(), written.Select(c => c.Account).ToHashSet());
    }

    [Fact]
    public async Task Jobs_of_the_same_account_run_one_after_the_other()
    {
        int running = 0, mostRunning = 0;
        var order = new List<int>();
        using var fanOut = new AccountFanOut(8, (_, e) => throw e, default);
        for (int i = 0; i < 5; i++)
        {
            int job = i;
            fanOut.Start("same", async (output, ct) =>
            {
                InterlockedMax(ref mostRunning, Interlocked.Increment(ref running));
                await Task.Delay(20, ct);
                Interlocked.Decrement(ref running);
                await output.DeliverAsync(1, () => order.Add(job));
            });
        }
        RunToEnd(fanOut);
        await Task.CompletedTask;

        Assert.Equal(1, mostRunning);
        Assert.Equal(new[] { 0, 1, 2, 3, 4 }, order);
    }

    /// <summary>
    /// The account cmdlets' batches: requests of one sequence in flight together, finishing in reverse, and what they
    /// hand over (a page waited for, a write's result posted, a failure) reaches the consumer in the order they started.
    /// </summary>
    [Fact]
    public async Task Jobs_of_one_sequence_run_side_by_side_and_deliver_in_the_order_they_were_started()
    {
        await using var emulator = await EmulatorFixture.StartAsync(new EmulatorOptions { LatencyMs = 5 });
        var session = emulator.OpenSession();
        var users = Users(emulator).Take(6).ToList();
        var finished = new List<int>();
        var written = new List<string>();
        // Each job ends only after the one started after it, so they run side by side and finish in reverse.
        var ended = users.Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToList();
        using var fanOut = new AccountFanOut(8, (account, e) => written.Add(account + " failed"), default);
        for (int i = 0; i < users.Count; i++)
        {
            int job = i;
            fanOut.StartInOrder("request", async (output, ct) =>
            {
                var page = await new ConversationPager(session, users[job], ChatAssistFlags.All, TestSessions.Log(session)).NextPageAsync(ct);
                if (job + 1 < users.Count) await ended[job + 1].Task.WaitAsync(ct);
                lock (finished) finished.Add(job);
                ended[job].SetResult();
                if (job == 2) throw new ChatInputException("InvalidAccount", "one request's failure");
                if (job % 2 == 0) await output.DeliverAsync(page.Count, () => written.Add(users[job]));
                else output.Post(page.Count, () => written.Add(users[job]));
            });
        }
        RunToEnd(fanOut);

        Assert.Equal(Enumerable.Range(0, users.Count).Reverse(), finished);
        Assert.Equal(new[] { users[0], users[1], "request 3 failed", users[3], users[4], users[5] }, written);
        Assert.Equal(users.Count, fanOut.AccountsDone);
        Assert.Equal(users.Count, emulator.Requests("get_list"));
    }

    [Fact]
    public void A_session_wide_failure_of_a_job_in_a_sequence_is_reported_and_the_fan_out_ends()
    {
        var reported = new List<string>();
        using var fanOut = new AccountFanOut(4, (account, e) => reported.Add(account + ": " + e.Message), default);
        // As Test-ChatAccount -UserId x sends it: one request of a sequence, answered with a signature error.
        var failure = new ChatApiException(ChatErrorCatalog.Lookup(70009), "account_check", 70009, "sig check failed", null, "account_check failed.");
        Assert.True(failure.IsSessionWide);
        fanOut.StartInOrder("request", (_, _) => Task.FromException(failure));

        RunToEnd(fanOut);

        Assert.Equal(new[] { "request 1: account_check failed." }, reported);
    }

    [Fact]
    public void An_unexpected_exception_stops_everything_like_a_session_wide_failure()
    {
        var reported = new List<Exception>();
        var started = new List<string>();
        using var fanOut = new AccountFanOut(1, (_, e) => reported.Add(e), default);
        fanOut.Start("a", (_, _) => throw new InvalidOperationException("bug"));
        fanOut.Start("b", (_, _) => { lock (started) started.Add("b"); return Task.CompletedTask; });
        RunToEnd(fanOut);

        Assert.IsType<InvalidOperationException>(Assert.Single(reported));
        Assert.Empty(started);
        Assert.False(fanOut.CanStart);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen) { }
    }
}
