using System;
using System.Collections.Generic;
using System.Management.Automation;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Messages;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>Downloads hourly chat-log files, checks them, and optionally unpacks them into JSON lines.</summary>
    /// <remarks>
    /// <para>
    /// Takes ChatMessageArchive objects from Get-ChatMessageArchive, or lists the hours of -After to -Before itself
    /// (same defaults and 1004 rules as Get-ChatMessageArchive), and saves each file to -Path (created if missing) as
    /// C2C-2026120808.gz, named by its Beijing-time hour. Several files are downloaded at once, up to -ThrottleLimit,
    /// with progress, and written in input order as ChatMessageArchiveFile objects (Path, Bytes, Verified).
    /// </para>
    /// <para>
    /// Each file is checked against the GzipSize, GzipMD5, FileSize and FileMD5 that get_history gave; Verified is true
    /// when all four were given and matched. A mismatch is an ArchiveChecksumMismatch error and an expired or failed
    /// address an ArchiveDownloadFailed error, both targeting the archive (pipe the errors' targets back to retry);
    /// no partial file is left. A file of the same name is replaced, so a rerun finishes the job. Nothing changes on the
    /// server, so there is no -WhatIf (the module's rule for read-only cmdlets).
    /// </para>
    /// <para>
    /// -Expand also writes the file's messages as JSON lines, one message per line, to a .jsonl file beside it
    /// (ExpandedPath), read line by line so memory stays flat. Message lines carry From_Account, To_Account (GroupId for
    /// group logs), MsgTimestamp (lower-case s), MsgSeq, MsgRandom and MsgBody. The download address is fetched
    /// without the session's UserSig.
    /// </para>
    /// </remarks>
    /// <example>
    /// <code>
    /// Get-ChatMessageArchive | Save-ChatMessageArchive -Path archives -Expand
    /// </code>
    /// Saves the last hour's one-to-one chat logs into the archives folder, with a .jsonl file of messages beside each.
    /// </example>
    /// <example>
    /// <code>
    /// Save-ChatMessageArchive -After (Get-Date).AddHours(-3) -Path archives -Expand | ForEach-Object { Get-Content -LiteralPath $_.ExpandedPath } | ConvertFrom-Json
    /// </code>
    /// Downloads the last three hours' one-to-one chat logs and reads their messages back as objects.
    /// </example>
    /// <seealso cref="GetChatMessageArchiveCommand"/>
    [Cmdlet(VerbsData.Save, "ChatMessageArchive", DefaultParameterSetName = RangeSet)]
    [OutputType(typeof(ChatMessageArchiveFile))]
    public sealed class SaveChatMessageArchiveCommand : ChatApiCmdlet
    {
        private const string RangeSet = "Range";
        private const string PipelineSet = "Archive";
        private IEnumerable<DateTimeOffset> _hours = Array.Empty<DateTimeOffset>();
        private string _directory = string.Empty;

        /// <summary>Archives from Get-ChatMessageArchive.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = PipelineSet)]
        public ChatMessageArchive? InputObject { get; set; }

        /// <summary>C2C (one-to-one, the default) or Group, for the hours of -After to -Before.</summary>
        [Parameter(Position = 0, ParameterSetName = RangeSet)]
        [ValidateSet(MessageArchives.C2C, MessageArchives.Group)]
        public string ChatType { get; set; } = MessageArchives.C2C;

        /// <summary>The oldest time whose hour is saved; default one hour before -Before.</summary>
        [Parameter(ParameterSetName = RangeSet)]
        public DateTimeOffset? After { get; set; }

        /// <summary>The newest time whose hour is saved; default now.</summary>
        [Parameter(ParameterSetName = RangeSet)]
        public DateTimeOffset? Before { get; set; }

        /// <summary>The folder to save into (created if missing); default the current location.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = ".";

        /// <summary>Also unpack each file's messages into JSON lines (.jsonl) beside it.</summary>
        [Parameter]
        public SwitchParameter Expand { get; set; }

        protected override string ProgressItemName => "files";

        protected override string ProgressJobName => "files";

        protected override void Begin()
        {
            _directory = SessionState.Path.GetUnresolvedProviderPathFromPSPath(Path);
            if (ParameterSetName != RangeSet) return;
            DateTimeOffset before = Before ?? ActiveSession.Clock();
            try
            {
                _hours = MessageArchives.Hours(After ?? before.AddHours(-1), before);
            }
            catch (ChatInputException e)
            {
                ThrowChatError(e);
            }
        }

        protected override void Process()
        {
            if (ParameterSetName == PipelineSet)
            {
                if (InputObject is ChatMessageArchive archive) Save(new[] { archive }, null);
                return;
            }
            foreach (DateTimeOffset hour in _hours) Save(null, hour);
        }

        /// <summary>One job: the given archives, or the hour's (listed first); each file's result or error written in order.</summary>
        private void Save(IReadOnlyList<ChatMessageArchive>? given, DateTimeOffset? hour)
        {
            string chatType = ChatType, directory = _directory;
            bool expand = Expand.IsPresent;
            StartInOrder("save", null, async (output, cancellationToken) =>
            {
                var results = new List<(ChatMessageArchiveFile? File, ChatAdminException? Failure)>();
                IReadOnlyList<ChatMessageArchive> archives = given ?? Array.Empty<ChatMessageArchive>();
                try
                {
                    if (hour is DateTimeOffset h) archives = await MessageArchives.GetHourAsync(ActiveSession, chatType, h, Log, cancellationToken).ConfigureAwait(false);
                }
                catch (ChatAdminException e) when (!e.IsSessionWide)
                {
                    results.Add((null, e));
                }
                foreach (ChatMessageArchive archive in archives)
                {
                    try
                    {
                        results.Add((await MessageArchives.SaveAsync(ActiveSession, archive, directory, expand, cancellationToken).ConfigureAwait(false), null));
                    }
                    catch (ChatAdminException e) when (!e.IsSessionWide)
                    {
                        results.Add((null, e));
                    }
                }
                await output.DeliverAsync(results.Count, () =>
                {
                    foreach (var (file, failure) in results)
                    {
                        if (failure != null) WriteItemError(failure, failure.Target);
                        else WriteObject(file);
                    }
                }).ConfigureAwait(false);
            });
        }
    }
}
