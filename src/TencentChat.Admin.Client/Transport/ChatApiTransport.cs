using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Authentication;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Wire;

namespace TencentChat.Admin.Client.Transport
{
    /// <summary>
    /// The HTTP call. One instance per session, one HttpClient with keep-alive. Every request goes through
    /// <see cref="SendAsync{TRequest,TResponse}"/>: rate limiter, fresh random, UserSig, POST, envelope check
    /// (success is ErrorCode 0; ActionStatus may be missing), retries as <see cref="RetryPolicy"/> decides, UserSig renewal and
    /// failover to the region's backup domain. Nothing here writes a URL or a UserSig unredacted anywhere.
    /// </summary>
    internal sealed class ChatApiTransport : IDisposable
    {
        private readonly HttpClient _http;
        private readonly ChatEndpoints _endpoints;
        private readonly long _sdkAppId;
        private readonly string _identifier;
        private readonly IUserSigSource _userSig;
        private readonly Redactor _redactor;
        private readonly TimeSpan _requestTimeout;
        private readonly RetryPolicy _retry;
        private readonly SlidingWindowRateLimiter _rateLimiter;
        private readonly RandomNumberGenerator _random = RandomNumberGenerator.Create();
        private readonly byte[] _randomBytes = new byte[4];
        private int _usingBackup;
        private volatile bool _closed;

        public ChatApiTransport(ChatEndpoints endpoints, long sdkAppId, string identifier, IUserSigSource userSig, Redactor redactor,
            TimeSpan requestTimeout, RetryPolicy retry, double rateLimitPerSecond, HttpMessageHandler? handler = null)
        {
            _endpoints = endpoints;
            _sdkAppId = sdkAppId;
            _identifier = identifier;
            _userSig = userSig;
            _redactor = redactor;
            _requestTimeout = requestTimeout;
            _retry = retry;
            _rateLimiter = new SlidingWindowRateLimiter(rateLimitPerSecond);
            // Certificate validation is left at the platform default on purpose: it is never turned off.
            _http = new HttpClient(handler ?? CreateHandler(), disposeHandler: true)
            {
                // Timeouts are per attempt, through a linked token, so a timeout is told apart from Ctrl+C.
                Timeout = Timeout.InfiniteTimeSpan,
            };
            _http.DefaultRequestHeaders.UserAgent.ParseAdd("TencentChat.Admin/" + typeof(ChatApiTransport).Assembly.GetName().Version);
        }

        public ChatStatistics Statistics { get; } = new ChatStatistics();

        /// <summary>Connections one session may hold open to the API at once: -ThrottleLimit's maximum.</summary>
        internal const int MaxConnections = 256;

        private static HttpClientHandler CreateHandler()
        {
            var handler = new HttpClientHandler();
            try
            {
                // .NET Framework (Windows PowerShell 5.1) allows 2 connections per server unless told otherwise
                // (ServicePointManager.DefaultConnectionLimit), which would hold -ThrottleLimit to 2; .NET 8+ has no limit.
                handler.MaxConnectionsPerServer = MaxConnections;
            }
            catch (PlatformNotSupportedException)
            {
                // .NET Framework before 4.7.1 cannot set it per handler; requests then share its 2 connections, slower but correct.
            }
            return handler;
        }

        public Uri ActiveEndpoint => Volatile.Read(ref _usingBackup) == 1 && _endpoints.Backup != null ? _endpoints.Backup : _endpoints.Primary;

        /// <summary>
        /// One request with retries. <paramref name="items"/> is how many items (recipients) it carries, for a command
        /// with a per-minute item budget (<see cref="ChatCommand.ItemsPerMinute"/>); each attempt counts them again, as the server does.
        /// </summary>
        public Task<TResponse> SendAsync<TRequest, TResponse>(ChatCommand command, TRequest request, ChatLog log, CancellationToken cancellationToken, int items = 0)
            where TResponse : WireEnvelope
        {
            byte[] body = Serialize(command, request);
            return WithRetriesAsync(command, (slot, ct) => AttemptAsync<TResponse>(command, body, slot, log, null, ct), log, cancellationToken, items);
        }

        /// <summary>
        /// A plain GET of a download address a command answered (get_history's chat-log files): the session's HttpClient
        /// and its timeout for the answer's headers, and nothing of the session's signature, so no UserSig goes to a file
        /// host. Not rate-limited: the address is not a REST command. The body is the caller's to read and dispose.
        /// </summary>
        public async Task<HttpResponseMessage> GetFileAsync(Uri url, CancellationToken cancellationToken)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_requestTimeout);
            return await _http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
        }

        /// <summary>
        /// <paramref name="body"/> (a JSON object, already checked) sent as it is, through the same rate limit, retries and
        /// failover as every other request; the answer's whole JSON when its ErrorCode is 0. For a command no family wraps.
        /// </summary>
        public Task<byte[]> SendRawAsync(ChatCommand command, byte[] body, ChatLog log, CancellationToken cancellationToken)
        {
            ThrowIfClosed();
            return WithRetriesAsync(command, (slot, ct) => AttemptRawAsync(command, body, slot, log, ct), log, cancellationToken);
        }

        private async Task<T> WithRetriesAsync<T>(ChatCommand command, Func<SlidingWindowRateLimiter.Slot, CancellationToken, Task<T>> attempt, ChatLog log,
            CancellationToken cancellationToken, int items = 0)
        {
            // Timestamps, not Stopwatch objects: two per request showed in a listing's allocations (docs/performance.md, P2).
            long started = Stopwatch.GetTimestamp();
            bool renewedUserSig = false;
            for (int attemptNumber = 1; ; attemptNumber++)
            {
                SlidingWindowRateLimiter.Slot slot;
                using (Statistics.Waiting())
                    slot = await _rateLimiter.AcquireAsync(command, cancellationToken, items).ConfigureAwait(false);

                ChatAdminException failure;
                try
                {
                    return await attempt(slot, cancellationToken).ConfigureAwait(false);
                }
                catch (ChatAdminException e)
                {
                    failure = e;
                }

                if (failure is ChatTransportException { Failure: TransportFailure.NotSent } && TrySwitchToBackup(failure, log))
                    continue;

                TimeSpan elapsed = Since(started);
                if (!_retry.ShouldRetry(command, failure, attemptNumber, elapsed, _userSig.CanRenew && !renewedUserSig, out TimeSpan delay, out bool renewUserSig))
                    throw attemptNumber > 1 && failure is ChatTransportException last ? AfterRetries(last, attemptNumber, elapsed) : failure;
                if (renewUserSig)
                {
                    renewedUserSig = true;
                    _userSig.Renew();
                }

                Statistics.CountRetry();
                if (log.IsEnabled(ChatLogLevel.Verbose))
                    log.Verbose(string.Format(CultureInfo.InvariantCulture, "{0}: {1} (attempt {2} of {3}); retrying in {4:0.00} s.",
                        command.Name, Describe(failure), attemptNumber, _retry.MaxAttempts, delay.TotalSeconds));
                if (delay > TimeSpan.Zero)
                {
                    using (Statistics.Waiting())
                        await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        private static TimeSpan Since(long timestamp) =>
            TimeSpan.FromSeconds((Stopwatch.GetTimestamp() - timestamp) / (double)Stopwatch.Frequency);

        /// <summary>
        /// The last try's failure, saying how many tries were made and how long they took in all: a message that gives only
        /// the limit per try ("no answer within 4 s") after half a minute of retries would mislead.
        /// </summary>
        private static ChatTransportException AfterRetries(ChatTransportException last, int attempts, TimeSpan elapsed) =>
            new ChatTransportException(last.ErrorId, last.Kind,
                string.Format(CultureInfo.InvariantCulture, "{0}; gave up after {1} tries, {2:0.0} s in all.", last.Message.TrimEnd('.'), attempts, elapsed.TotalSeconds),
                last.Failure, last.HttpStatus) { Target = last.Target };

        /// <summary>
        /// One attempt at the active endpoint, for Test-ChatConnection: no retry, no failover and no UserSig renewal, so it
        /// ends within the request timeout and leaves the session as it found it. <paramref name="serverDate"/> receives the
        /// answer's HTTP Date header when there is one, also when the answer is a Tencent error.
        /// </summary>
        public async Task<TResponse> SendOnceAsync<TRequest, TResponse>(ChatCommand command, TRequest request, StrongBox<DateTimeOffset?> serverDate,
            ChatLog log, CancellationToken cancellationToken)
            where TResponse : WireEnvelope
        {
            byte[] body = Serialize(command, request);
            SlidingWindowRateLimiter.Slot slot;
            using (Statistics.Waiting())
                slot = await _rateLimiter.AcquireAsync(command, cancellationToken).ConfigureAwait(false);
            return await AttemptAsync<TResponse>(command, body, slot, log, serverDate, cancellationToken).ConfigureAwait(false);
        }

        private byte[] Serialize<TRequest>(ChatCommand command, TRequest request)
        {
            ThrowIfClosed();
            return JsonSerializer.SerializeToUtf8Bytes(request, WireJson.TypeInfo<TRequest>(command.Wire));
        }

        private void ThrowIfClosed()
        {
            if (_closed)
                throw new ChatInputException("SessionClosed", "This session was closed by Disconnect-ChatAdmin; run Connect-ChatAdmin again.",
                    kind: ChatErrorKind.InvalidOperation);
        }

        /// <summary>One POST: the answer when its ErrorCode is 0, otherwise the failure (a Tencent code or a transport failure) thrown.</summary>
        private async Task<TResponse> AttemptAsync<TResponse>(ChatCommand command, byte[] body, SlidingWindowRateLimiter.Slot slot, ChatLog log, StrongBox<DateTimeOffset?>? serverDate,
            CancellationToken cancellationToken)
            where TResponse : WireEnvelope
        {
            WireEnvelope envelope = await PostAsync(command, body, slot, WireJson.TypeInfo<TResponse>(command.Wire), log, serverDate, null, cancellationToken).ConfigureAwait(false);
            int errorCode = ResponseParsing.ErrorCodeOf(command.Name, envelope);
            if (errorCode == 0)
                return (TResponse)envelope;
            throw ApiError(command, errorCode, envelope);
        }

        /// <summary>One POST of a raw body: the answer's bytes when its ErrorCode is 0, read with the envelope alone.</summary>
        private async Task<byte[]> AttemptRawAsync(ChatCommand command, byte[] body, SlidingWindowRateLimiter.Slot slot, ChatLog log, CancellationToken cancellationToken)
        {
            var answer = new StrongBox<byte[]?>();
            WireEnvelope envelope = await PostAsync(command, body, slot, WireJson.TypeInfo<EnvelopeOnlyResponse>(EnvelopeJsonContext.Default), log, null, answer,
                cancellationToken).ConfigureAwait(false);
            int errorCode = ResponseParsing.ErrorCodeOf(command.Name, envelope);
            if (errorCode == 0)
                return answer.Value!;
            throw ApiError(command, errorCode, envelope);
        }

        private bool TrySwitchToBackup(ChatAdminException failure, ChatLog log)
        {
            if (_endpoints.Backup == null || Interlocked.CompareExchange(ref _usingBackup, 1, 0) != 0)
                return false;
            Statistics.CountFailover();
            log.Verbose($"The primary domain {_endpoints.Primary.Host} could not be reached ({failure.Message}); " +
                        $"switching to the backup domain {_endpoints.Backup.Host} for the rest of this session.");
            return true;
        }

        /// <summary>One POST, its answer's envelope read with <paramref name="responseType"/>; <paramref name="answer"/>, when given, receives a copy of the whole body (the pooled buffer is returned before the caller reads it).</summary>
        private async Task<WireEnvelope> PostAsync<TResponse>(ChatCommand command, byte[] body, SlidingWindowRateLimiter.Slot slot,
            JsonTypeInfo<TResponse> responseType, ChatLog log, StrongBox<DateTimeOffset?>? serverDate, StrongBox<byte[]?>? answer, CancellationToken cancellationToken)
            where TResponse : WireEnvelope
        {
            Uri endpoint = ActiveEndpoint;
            uint random = NextRandom();
            var url = new Uri(string.Concat(UrlPrefix(endpoint, command), _userSig.GetUserSig(),
                "&random=", random.ToString(CultureInfo.InvariantCulture), "&contenttype=json"), UriKind.Absolute);

            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = JsonContentType;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_requestTimeout);

            Statistics.CountRequest();
            // The URL holds the UserSig: the line is only built (and redacted) for a caller who listens to Debug.
            if (log.IsEnabled(ChatLogLevel.Debug))
                log.Debug($"POST {url} ({body.Length} bytes, random {random})");
            long sentAt = Stopwatch.GetTimestamp();
            HttpResponseMessage? response = null;
            PooledResponseBody content;
            try
            {
                // Headers first, then the body straight into a pooled buffer (no body-sized array per page). The
                // timeout covers the body too: cancelling it disposes the response, which ends a stalled read on
                // every platform (.NET Framework's response stream does not watch the token).
                slot.Sending();
                response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
                using (timeout.Token.Register(response.Dispose))
                    content = await PooledResponseBody.ReadAsync(response.Content, timeout.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException || e is HttpRequestException || e is IOException || e is ObjectDisposedException)
            {
                response?.Dispose();
                cancellationToken.ThrowIfCancellationRequested();
                if (timeout.IsCancellationRequested)
                    throw new ChatTransportException("RequestTimeout", ChatErrorKind.OperationTimeout,
                        $"{command.Name}: no answer from {endpoint.Host} within {_requestTimeout.TotalSeconds:0.#} s (the limit per try).", TransportFailure.Ambiguous);
                // A connection lost while the body streams in surfaces as an IOException rather than from SendAsync.
                throw TransportFailures.FromHttpRequestException(command.Name, endpoint,
                    e as HttpRequestException ?? new HttpRequestException(e.Message, e), _redactor);
            }

            using (response)
            using (content)
            {
                if (log.IsEnabled(ChatLogLevel.Debug))
                    log.Debug($"{command.Name}: HTTP {(int)response.StatusCode}, {content.Length} bytes in {Since(sentAt).TotalMilliseconds:0} ms");
                if (serverDate != null) serverDate.Value = response.Headers.Date;
                if ((int)response.StatusCode != 200)
                    throw TransportFailures.FromHttpStatus(command.Name, endpoint, (int)response.StatusCode, response.ReasonPhrase, _redactor);
                WireEnvelope envelope = ResponseParsing.Parse(command.Name, response.Content.Headers.ContentType?.MediaType, content.Bytes, responseType, _redactor);
                if (answer != null) answer.Value = content.Bytes.AsSpan().ToArray();
                return envelope;
            }
        }

        /// <summary>
        /// Shared by every request: the header is only read once it is set, and a new one per request showed in the
        /// per-page allocations of a listing (docs/performance.md, P2).
        /// </summary>
        private static readonly MediaTypeHeaderValue JsonContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };

        /// <summary>
        /// The part of a command's URL that is the same on every request to one endpoint, up to "&amp;usersig=": built
        /// once per endpoint and command rather than from six pieces on every request. The UserSig and random follow.
        /// </summary>
        private string UrlPrefix(Uri endpoint, ChatCommand command)
        {
            var key = (endpoint, command.Path);
            if (_urlPrefixes.TryGetValue(key, out string? prefix)) return prefix;
            prefix = new Uri(endpoint, command.Path).AbsoluteUri +
                "?sdkappid=" + _sdkAppId.ToString(CultureInfo.InvariantCulture) +
                "&identifier=" + Uri.EscapeDataString(_identifier) +
                "&usersig=";
            return _urlPrefixes.GetOrAdd(key, prefix);
        }

        private readonly ConcurrentDictionary<(Uri Endpoint, string Path), string> _urlPrefixes = new ConcurrentDictionary<(Uri Endpoint, string Path), string>();

        private ChatApiException ApiError(ChatCommand command, int errorCode, WireEnvelope envelope)
        {
            string info = _redactor.Redact(envelope.ErrorInfo ?? string.Empty);
            string? display = envelope.ErrorDisplay == null ? null : _redactor.Redact(envelope.ErrorDisplay);
            ChatApiException failure = ChatErrorCatalog.Failure(command.Name, errorCode, info, display);
            Statistics.RecordErrorCode(errorCode);
            if (failure.Retry == RetryClass.Throttled) Statistics.CountThrottled();
            return failure;
        }

        private static string Describe(ChatAdminException failure) =>
            failure is ChatApiException api ? $"Tencent error {api.ErrorCode} ({api.ErrorId})" : $"{failure.ErrorId}: {failure.Message}";

        private uint NextRandom()
        {
            lock (_random)
            {
                _random.GetBytes(_randomBytes);
                return BitConverter.ToUInt32(_randomBytes, 0);
            }
        }

        public void Dispose()
        {
            _closed = true;
            _http.Dispose();
            _random.Dispose();
        }
    }
}
