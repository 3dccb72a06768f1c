using System.Diagnostics;
using TencentChat.Admin.Client.Conversations;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Tests.Conversations;
using TencentChat.Admin.Tests.Support;
using TencentChat.Emulator.Hosting;
using TencentChat.Reliability;

namespace TencentChat.Admin.Tests.Reliability;

/// <summary>One session shared by 32 threads: mixed reads and writes under faults, and one rate limiter for all of them.</summary>
public class ConcurrencyTests
{
    /// <summary>The generated users only: the emulator also knows its admin account, which owns no conversations.</summary>
    private static List<string> GeneratedUsers(EmulatorFixture emulator) =>
        emulator.Host.State.Users.Where(u => u.StartsWith("user_", StringComparison.Ordinal)).ToList();

    [Fact]
    public async Task Thirty_two_threads_mixing_reads_and_writes_under_faults_get_correct_results()
    {
        await using var emulator = await EmulatorFixture.StartAsync(new EmulatorOptions { Seed = "generate:32:3200", PageSize = 30 });
        // Faults only on the commands that may be retried whatever happened (reads and mark_contact); create_contact_group
        // is not retried when the outcome is unknown, so a fault there would be a correct failure, not a wrong result.
        emulator.Host.Faults = ReliabilityScenarios.TransientFaults(0.2, stallMs: 2500, seed: 32) with
        {
            Commands = new[] { "get_list", "search_contact_group", "mark_contact", "get_contact_group" },
        };
        // A timeout well above what 32 threads on two cores need, yet below the stall.
        var session = emulator.OpenSession(s => { FaultInjectionTests.FaultTolerant(s); s.RequestTimeout = TimeSpan.FromSeconds(2); });
        var star = ConversationMarkChange.Create(new[] { "Star" }, null, null);

        var results = await Task.WhenAll(GeneratedUsers(emulator).Select(user => Task.Run(async () =>
        {
            var log = TestSessions.Log(session);
            var keys = ReliabilityScenarios.ExpectedIds(emulator.Host, user).Take(20).Select(ConversationKey.Parse).ToList();
            await ContactGroupEditing.CreateAsync(session, user, "team", keys.Take(5).ToList(), log, default);
            var marked = await ConversationMarking.MarkAsync(session, user, keys, star, log, default);
            var listed = await ConversationPagerTests.ListAll(session, user);
            var records = await ContactGroupSearch.SearchAsync(session, user, keys, log, default);
            return (user, keys, marked, listed, records);
        })));

        Assert.Equal(32, results.Length);
        foreach (var (user, keys, marked, listed, records) in results)
        {
            Assert.All(marked, change => Assert.True(change.Succeeded, $"{user}: {change}"));
            Assert.Equal(ReliabilityScenarios.ExpectedIds(emulator.Host, user), listed.Select(c => c.ConversationId));
            Assert.All(listed, c => Assert.Equal(user, c.Account));
            Assert.Equal(keys.Select(k => k.ConversationId), records.Select(r => r.ConversationId));
            Assert.All(records, r => Assert.Contains("Star", r.Marks));
            Assert.All(records.Take(5), r => Assert.Equal("team", r.ContactGroupNames.ToString()));
            Assert.All(records.Skip(5), r => Assert.Empty(r.ContactGroupNames));
        }
        Assert.True(session.Retries > 0, "no fault was met");
    }

    [Fact]
    public async Task One_rate_limiter_serves_every_thread_using_the_session()
    {
        await using var emulator = await EmulatorFixture.StartAsync(new EmulatorOptions { Seed = "generate:32:320" });
        var session = emulator.OpenSession(s => s.RateLimitPerSecond = 40);
        var users = GeneratedUsers(emulator);

        var watch = Stopwatch.StartNew();
        await Task.WhenAll(users.Select(user => Task.Run(async () =>
        {
            for (int i = 0; i < 3; i++)
                await new ConversationPager(session, user, ChatAssistFlags.All, TestSessions.Log(session)).NextPageAsync(default);
        })));

        // 96 get_list calls from 32 threads at 40/s: 40 in any second, so the 81st goes at least 2 s after the first if the
        // limiter is shared; per-thread limiters would let all 96 through at once. Only a lower bound: a slow machine cannot fail it.
        Assert.Equal(96, emulator.Requests("get_list"));
        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(2), $"96 calls at 40/s from 32 threads took only {watch.Elapsed}");
        Assert.True(session.TimeWaited >= TimeSpan.FromSeconds(2), $"the limiter reports only {session.TimeWaited} waited");
    }
}
