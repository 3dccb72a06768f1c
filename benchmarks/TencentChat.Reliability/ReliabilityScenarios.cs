using System.Diagnostics;
using System.Net.Sockets;
using System.Net;
using TencentChat.Admin.Client.Batching;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Conversations;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;
using TencentChat.Emulator.Conversations;
using TencentChat.Emulator.Faults;
using TencentChat.Emulator.Hosting;
using TencentChat.Emulator;

namespace TencentChat.Reliability;

/// <summary>
/// What one scenario measured. Exactly-once and order are judged against the emulator's own state, not against
/// another run of the client, so a client bug cannot hide behind itself.
/// </summary>
public sealed record ScenarioFigures(string Scenario)
{
    public int Expected { get; init; }
    public int Returned { get; init; }
    public int Duplicates { get; init; }
    public int Missing { get; init; }
    public bool InOrder { get; init; }
    public long Requests { get; init; }
    public long Retries { get; init; }
    public long Throttled { get; init; }
    public long Failovers { get; init; }
    public long FaultsInjected { get; init; }
    /// <summary>70001 answers the emulator gave (expired UserSig).</summary>
    public long UserSigExpired { get; init; }
    public TimeSpan TimeWaited { get; init; }
    public TimeSpan Wall { get; init; }
    /// <summary>Exceptions that ended the scenario; 0 is the only good value.</summary>
    public int Unhandled { get; init; }
    public string? Failure { get; init; }
}

/// <summary>The fault scenarios, shared by the reliability tool and the xunit reliability tests.</summary>
public static class ReliabilityScenarios
{
    /// <summary>Every transient fault kind at an equal share of <paramref name="total"/>, with a fixed seed.</summary>
    public static FaultSettings TransientFaults(double total, int stallMs, int seed) => new()
    {
        Rates = FaultKinds.All.ToDictionary(kind => kind, _ => total / FaultKinds.All.Count),
        StallMs = stallMs,
        Seed = seed,
    };

    /// <summary>The account's conversation ids in get_list order, as the emulator holds them.</summary>
    public static List<string> ExpectedIds(EmulatorHost host, string account) =>
        host.State.GetConversations(account).Select(c => Key(c).ConversationId).ToList();

    /// <summary>Lists every conversation of <paramref name="account"/> through <see cref="ConversationPager"/>.</summary>
    public static Task<ScenarioFigures> ListAsync(string scenario, EmulatorHost host, ChatSession session, string account, CancellationToken cancellationToken = default) =>
        MeasureAsync(scenario, host, session, ExpectedIds(host, account), async returned =>
        {
            var pager = new ConversationPager(session, account, ChatAssistFlags.All, new ChatLog(new Redactor()));
            while (!pager.IsComplete)
                foreach (var conversation in await pager.NextPageAsync(cancellationToken))
                    returned.Add(conversation.ConversationId);
        });

    /// <summary>Searches every conversation of <paramref name="account"/>, batched as the cmdlets batch (300 a request).</summary>
    public static Task<ScenarioFigures> SearchAsync(string scenario, EmulatorHost host, ChatSession session, string account, CancellationToken cancellationToken = default)
    {
        List<string> expected = ExpectedIds(host, account);
        return MeasureAsync(scenario, host, session, expected, async returned =>
        {
            var batches = new List<KeyedBatch<string, ConversationKey>>();
            var batcher = KeyedBatcher<string, ConversationKey>.Requests(ContactGroupSearch.MaxItemsPerRequest, batches.Add);
            batcher.Add(account, expected.Select(ConversationKey.Parse));
            batcher.Flush();
            foreach (var batch in batches)
                foreach (var record in await ContactGroupSearch.SearchAsync(session, batch.Key, batch.Items, new ChatLog(new Redactor()), cancellationToken))
                    returned.Add(record.ConversationId);
        });
    }

    /// <summary>
    /// Continuous calls (one get_list page each) until <paramref name="elapsed"/> reaches <paramref name="duration"/>;
    /// <paramref name="afterCall"/> lets a test move a virtual clock. Success is zero 70001 answers.
    /// </summary>
    public static async Task<ScenarioFigures> UserSigSoakAsync(string scenario, EmulatorHost host, ChatSession session, string account,
        TimeSpan duration, Func<TimeSpan> elapsed, Action? afterCall = null, CancellationToken cancellationToken = default)
    {
        int calls = 0;
        var figures = await MeasureAsync(scenario, host, session, expected: null, async _ =>
        {
            while (elapsed() < duration)
            {
                await new ConversationPager(session, account, ChatAssistFlags.All, new ChatLog(new Redactor())).NextPageAsync(cancellationToken);
                calls++;
                afterCall?.Invoke();
            }
        });
        return figures with { Expected = calls, Returned = calls };
    }

    /// <summary>A loopback address where nothing listens: connection refused, for the failover scenario.</summary>
    public static Uri ClosedLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/");
    }

    private static async Task<ScenarioFigures> MeasureAsync(string scenario, EmulatorHost host, ChatSession session, List<string>? expected,
        Func<List<string>, Task> run)
    {
        var before = (session.Requests, session.Retries, session.Throttled, session.Failovers, session.TimeWaited,
            Faults: host.Stats.FaultsInjected.Values.Sum(), Expired: host.Stats.Errors.GetValueOrDefault(70001));
        var returned = new List<string>();
        int unhandled = 0;
        string? failure = null;
        var wall = Stopwatch.StartNew();
        try
        {
            await run(returned);
        }
        catch (Exception e)
        {
            unhandled = 1;
            failure = e is TencentChat.Admin.Client.Errors.ChatAdminException chat ? $"{chat.ErrorId}: {chat.Message}" : e.GetType().Name + ": " + e.Message;
        }
        wall.Stop();
        var stats = host.Stats;
        var figures = new ScenarioFigures(scenario)
        {
            Returned = returned.Count,
            Duplicates = returned.Count - returned.Distinct(StringComparer.Ordinal).Count(),
            Requests = session.Requests - before.Requests,
            Retries = session.Retries - before.Retries,
            Throttled = session.Throttled - before.Throttled,
            Failovers = session.Failovers - before.Failovers,
            TimeWaited = session.TimeWaited - before.TimeWaited,
            FaultsInjected = stats.FaultsInjected.Values.Sum() - before.Faults,
            UserSigExpired = stats.Errors.GetValueOrDefault(70001) - before.Expired,
            Wall = wall.Elapsed,
            Unhandled = unhandled,
            Failure = failure,
        };
        if (expected == null) return figures;
        return figures with
        {
            Expected = expected.Count,
            Missing = expected.Except(returned, StringComparer.Ordinal).Count(),
            InOrder = returned.SequenceEqual(expected, StringComparer.Ordinal),
        };
    }

    private static ConversationKey Key(ConversationInfo conversation) =>
        conversation.Kind == ConversationKind.C2C ? ConversationKey.ForPeer(conversation.Peer) : ConversationKey.ForGroup(conversation.Peer);
}
