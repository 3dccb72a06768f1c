using System;
using System.Collections.Generic;
using System.Management.Automation;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Messages;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>Lists the hourly chat-log files of a time range.</summary>
    /// <remarks>
    /// <para>
    /// Sends one get_history request per hour of -After to -Before (default: the last hour), oldest hour first, and
    /// writes one ChatMessageArchive per file as each hour is answered, so | Select-Object -First 1 stops early. Tencent
    /// names hours in Beijing time (UTC+8, e.g. MsgTime 2026120808 is 00:00-00:59 UTC); give any DateTimeOffset and the
    /// cmdlet finds the hours. Each archive shows its Hour (at UTC+8) with HourIso (UTC), its download Url, valid until
    /// ExpireTime, and the sizes and MD5s Save-ChatMessageArchive checks. Files are kept 7 days.
    /// </para>
    /// <para>
    /// Tencent answers 1004 both for a file not built yet and for an hour without messages. Files are built after the
    /// hour closes, usually within an hour: an hour that closed more than 2 hours ago and answers 1004 had no messages
    /// and is skipped (said with -Verbose); a more recent hour is skipped with a warning that says Tencent cannot tell
    /// which and when to ask again (so the default, the last hour, usually warns on the real service: ask for hours that
    /// closed 2 hours ago or more). -ChatType Group lists group chat logs.
    /// </para>
    /// </remarks>
    /// <example>
    /// <code>
    /// Get-ChatMessageArchive
    /// </code>
    /// Lists the one-to-one chat-log files of the last hour.
    /// </example>
    /// <example>
    /// <code>
    /// Get-ChatMessageArchive -After (Get-Date).AddDays(-1) -WarningAction SilentlyContinue | Measure-Object GzipSize -Sum
    /// </code>
    /// Adds up the download size of the last day's one-to-one chat logs, quietly skipping hours not built yet.
    /// </example>
    /// <seealso cref="SaveChatMessageArchiveCommand"/>
    /// <seealso cref="GetChatMessageCommand"/>
    [Cmdlet(VerbsCommon.Get, "ChatMessageArchive")]
    [OutputType(typeof(ChatMessageArchive))]
    public sealed class GetChatMessageArchiveCommand : ChatApiCmdlet
    {
        /// <summary>C2C (one-to-one, the default) or Group.</summary>
        [Parameter(Position = 0)]
        [ValidateSet(MessageArchives.C2C, MessageArchives.Group)]
        public string ChatType { get; set; } = MessageArchives.C2C;

        /// <summary>The oldest time whose hour is listed; default one hour before -Before.</summary>
        [Parameter]
        public DateTimeOffset? After { get; set; }

        /// <summary>The newest time whose hour is listed; default now.</summary>
        [Parameter]
        public DateTimeOffset? Before { get; set; }

        protected override string ProgressItemName => "files";

        protected override string ProgressJobName => "hours";

        private IEnumerable<DateTimeOffset> _hours = Array.Empty<DateTimeOffset>();

        protected override void Begin()
        {
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
            string chatType = ChatType;
            IEnumerable<DateTimeOffset> hours = _hours;
            StartInOrder("list", 1, async (output, cancellationToken) =>
            {
                foreach (DateTimeOffset hour in hours)
                {
                    IReadOnlyList<ChatMessageArchive> archives = Array.Empty<ChatMessageArchive>();
                    ChatAdminException? failure = null;
                    try
                    {
                        archives = await MessageArchives.GetHourAsync(ActiveSession, chatType, hour, Log, cancellationToken).ConfigureAwait(false);
                    }
                    catch (ChatAdminException e) when (!e.IsSessionWide)
                    {
                        failure = e;
                    }
                    await output.DeliverAsync(archives.Count, () =>
                    {
                        if (failure != null) WriteItemError(failure, failure.Target);
                        foreach (ChatMessageArchive archive in archives) WriteObject(archive);
                    }).ConfigureAwait(false);
                }
            });
        }
    }
}
