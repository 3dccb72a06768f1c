using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Batching;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Friends;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>
    /// Base of the relationship writes (Add-, Set-, Remove-ChatFriend, Block-, Unblock-ChatUser): -Account, the owner, by
    /// property name; each pair checked, asked about (ShouldProcess) and collected per owner into requests of the command's
    /// batch size; each request queued on the fan-out, one owner's requests one after the other in input order, up to
    /// -ThrottleLimit owners at once; one ChatFriendChange per pair written, a failed pair as an error targeting its change.
    /// </summary>
    public abstract class FriendWriteCmdlet : ChatApiCmdlet
    {
        private KeyedBatcher<string, FriendItem>? _batches;

        /// <summary>
        /// The owner of the friend table or blocklist, from the pipeline by property name: Account, From_Account or UserId.
        /// Tab completes the UserIDs this session has already read conversations or groups of (no request lists an app's accounts).
        /// </summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("From_Account", "UserId")]
        [AllowEmptyString]
        [ArgumentCompleter(typeof(Infrastructure.Completion.AccountCompleter))]
        public string Account { get; set; } = string.Empty;

        protected override string ProgressItemName => "friends";

        /// <summary>The most pairs one request of this cmdlet's command takes.</summary>
        protected abstract int BatchSize { get; }

        /// <summary>Sends one request for <paramref name="account"/>; runs off the pipeline thread.</summary>
        protected abstract Task<IReadOnlyList<ChatFriendChange>> SendAsync(string account, IReadOnlyList<FriendItem> batch, CancellationToken cancellationToken);

        /// <summary>Checks one pair (<paramref name="prepare"/>), asks ShouldProcess and queues it; a refused pair is written as an error targeting its change.</summary>
        protected void Queue(Func<FriendItem> prepare, string action)
        {
            FriendItem item;
            try
            {
                item = prepare();
            }
            catch (ChatInputException e)
            {
                WriteItemError(e, e.Target);
                return;
            }
            if (!ShouldProcessItem(item.Change.ToString(), action, item.Change)) return;
            _batches ??= FlushedAtEnd(KeyedBatcher<string, FriendItem>.Requests(BatchSize, batch =>
                QueueWrite(batch.Key, null, cancellationToken => SendAsync(batch.Key, batch.Items, cancellationToken), changes =>
                {
                    foreach (ChatFriendChange change in changes) WriteChange(change);
                })));
            _batches.Add(item.Change.Account, new[] { item });
        }

        /// <summary>A change done is output; a failed one an error whose target is the change.</summary>
        protected void WriteChange(ChatFriendChange change)
        {
            if (change.Failure != null) WriteItemError(change.Failure, change);
            else WriteObject(change);
        }

        /// <summary>CustomJson's values, then a hashtable's over them (keywords to text).</summary>
        protected static IEnumerable<KeyValuePair<string, string>> CustomValues(string? customJson, Hashtable? custom)
        {
            var values = new Dictionary<string, string>();
            foreach (var pair in ChatCustomValues.Parse(customJson)) values[pair.Key] = pair.Value;
            if (custom != null)
                foreach (DictionaryEntry entry in custom)
                    values[Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty] =
                        Convert.ToString(entry.Value is PSObject wrapped ? wrapped.BaseObject : entry.Value, CultureInfo.InvariantCulture) ?? string.Empty;
            return values;
        }

        /// <summary>A text parameter from a CSV cell: empty is not given.</summary>
        protected static string? Given(string? value) => string.IsNullOrEmpty(value) ? null : value;
    }
}
