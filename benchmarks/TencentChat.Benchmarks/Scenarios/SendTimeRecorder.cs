using System.Collections.Concurrent;
using System.Diagnostics;

namespace TencentChat.Benchmarks.Scenarios;

/// <summary>
/// Wraps the HTTP handler a session sends through and records when each request of one command is handed to it:
/// after the session's rate limiter and UserSig, at the point the request goes to the socket. Every attempt counts,
/// retries included, so these are the requests the API actually receives.
/// </summary>
internal sealed class SendTimeRecorder : DelegatingHandler
{
    // As the session's own handler (ChatApiTransport.MaxConnections): -ThrottleLimit's maximum, so never the bottleneck.
    private const int MaxConnections = 256;

    private readonly string _command;
    private readonly ConcurrentQueue<long> _sent = new();

    /// <param name="command">The command whose requests count, e.g. "get_list" (the last segment of the URL path).</param>
    public SendTimeRecorder(string command) : base(new HttpClientHandler { MaxConnectionsPerServer = MaxConnections }) => _command = command;

    /// <summary>How many requests of the command were sent.</summary>
    public int Count => _sent.Count;

    /// <summary>The most requests of the command sent within any one-second window [t, t + 1 s), wherever it starts.</summary>
    public int MostInAnySecond()
    {
        long[] times = _sent.ToArray();
        Array.Sort(times);
        int most = 0;
        for (int first = 0, last = 0; last < times.Length; last++)
        {
            // The busiest window can be taken to start at a request, so sliding its start over the requests finds it.
            while (times[last] - times[first] >= Stopwatch.Frequency) first++;
            most = Math.Max(most, last - first + 1);
        }
        return most;
    }

    /// <summary>
    /// The shortest time in which <paramref name="count"/> + 1 consecutive requests were sent (null when fewer were):
    /// at least one second when no one-second window held more than <paramref name="count"/>.
    /// </summary>
    public TimeSpan? ShortestSpan(int count)
    {
        long[] times = _sent.ToArray();
        Array.Sort(times);
        long? shortest = null;
        for (int first = 0; first + count < times.Length; first++)
            shortest = Math.Min(shortest ?? long.MaxValue, times[first + count] - times[first]);
        return shortest is long ticks ? TimeSpan.FromSeconds((double)ticks / Stopwatch.Frequency) : null;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri!.AbsolutePath.EndsWith("/" + _command, StringComparison.Ordinal))
            _sent.Enqueue(Stopwatch.GetTimestamp());
        return base.SendAsync(request, cancellationToken);
    }
}
