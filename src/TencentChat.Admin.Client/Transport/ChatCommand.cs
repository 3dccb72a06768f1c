using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace TencentChat.Admin.Client.Transport
{
    /// <summary>
    /// An API command (v4/&lt;service&gt;/&lt;name&gt;) as its family declares it: the most calls per second Tencent
    /// documents for it, the most items one call may carry, whether a failure whose outcome is unknown (timeout, reset,
    /// 5xx, 50004, 50005, 70169, 70500) may be retried, and the serializer metadata of its family's wire messages.
    /// Reads may be retried; so may writes that land in the same state when repeated (each family says which). Other
    /// writes are retried only when the request provably was not processed (not sent, throttled, UserSig refused),
    /// because a repeated create or delete could duplicate an object or turn a success into "already exists" or
    /// "not found". The list of commands lives with each family (e.g. Conversations/ConversationCommands.cs); this
    /// type knows none of them.
    /// </summary>
    public sealed class ChatCommand
    {
        /// <summary>The documented rate of most commands, and the session's default -RateLimit.</summary>
        public const int StandardRatePerSecond = 200;

        internal ChatCommand(string service, string name, bool retryWhenOutcomeUnknown, JsonSerializerContext wire,
            int documentedRate = StandardRatePerSecond, int? maxItemsPerCall = null, int? itemsPerMinute = null)
        {
            ItemsPerMinute = itemsPerMinute;
            Service = service;
            Name = name;
            RetryWhenOutcomeUnknown = retryWhenOutcomeUnknown;
            Path = "v4/" + service + "/" + name;
            DocumentedRatePerSecond = documentedRate;
            MaxItemsPerCall = maxItemsPerCall;
            Wire = wire;
        }

        /// <summary>The service part of the path, e.g. recentcontact.</summary>
        public string Service { get; }

        /// <summary>The command's name, e.g. get_list: what statistics, logs and errors call it.</summary>
        public string Name { get; }

        public bool RetryWhenOutcomeUnknown { get; }

        /// <summary>The request path below the API's base URI, e.g. v4/openim/query_online_status.</summary>
        public string Path { get; }

        /// <summary>
        /// Tencent's documented frequency limit for this command, per app: 200/s for most, 100/s for the account batch
        /// commands. The session's rate limit never lets a command go faster than this (see SlidingWindowRateLimiter).
        /// </summary>
        public int DocumentedRatePerSecond { get; }

        /// <summary>The most items (accounts, conversations) one call may carry, or null for a command that is not batched.</summary>
        public int? MaxItemsPerCall { get; }

        /// <summary>
        /// Tencent's documented budget of items (e.g. batchsendmsg's 12,000 recipients) per minute app-wide, beside the calls
        /// per second, or null for a command with none. The session's limiter holds both (see SlidingWindowRateLimiter).
        /// </summary>
        public int? ItemsPerMinute { get; }

        /// <summary>The family's source-generated serializer metadata, which lists this command's request and response.</summary>
        internal JsonSerializerContext Wire { get; }

        public override string ToString() => Name;
    }
}
