using System;
using System.Collections.Generic;
using System.Management.Automation;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Groups.Backup;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>Restores group chats from the backup files Export-ChatGroup wrote.</summary>
    /// <remarks>
    /// <para>
    /// For each file: import_group recreates the group with its profile, owner and original creation time; import_group_member
    /// adds the members 20 per request, keeping each JoinTime and the Admin role; modify_group_member_info and
    /// forbid_send_msg restore name cards, message flags and mutes; import_group_msg adds the history 7 messages per
    /// request, in the original order, keeping each sender and time. Tencent sends no notifications and calls no webhooks
    /// for imports.
    /// </para>
    /// <para>
    /// A custom GroupId comes back as it was. A GroupId Tencent assigned (@TGS#...) cannot be imported, so that group gets a
    /// new one: the output's SourceGroupId and GroupId map the old id to the new one, and the new id is also written next
    /// to the file (&lt;file&gt;.restore).
    /// </para>
    /// <para>
    /// Resumable: after a failure, run the same command again. It goes on in the group the first run made, members already
    /// there are not added twice, and the history goes on after the newest message already imported. Every member and
    /// message is accounted for: the ChatGroupImport of each file counts what was imported, what was already there and what
    /// failed, and each failed member or message is an error whose target (a ChatGroupImportItem) pipes back into
    /// Import-ChatGroup to rerun its file. Files are worked on up to -ThrottleLimit at once, with a progress bar.
    /// ConfirmImpact is Medium: it creates groups.
    /// </para>
    /// </remarks>
    /// <example>
    /// <code>
    /// Get-ChildItem ./backup -Filter *.json | Import-ChatGroup -Confirm:$false
    /// </code>
    /// Restores every group backed up in ./backup.
    /// </example>
    /// <example>
    /// <code>
    /// Import-ChatGroup -Path ./backup/*.json -Confirm:$false -ErrorVariable failed | Export-Csv restored.csv -NoTypeInformation
    /// $failed | ForEach-Object TargetObject | Import-ChatGroup -Confirm:$false
    /// </code>
    /// Restores the backups, records the old and new GroupIds, then reruns the files that had failures.
    /// </example>
    /// <seealso cref="ExportChatGroupCommand"/>
    [Cmdlet(VerbsData.Import, "ChatGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ChatGroupImport))]
    public sealed class ImportChatGroupCommand : ChatApiCmdlet
    {
        private readonly HashSet<string> _seen = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>
        /// The backup files; wildcards are allowed. Binds FullName (Get-ChildItem's files) and Path (Export-ChatGroup's output,
        /// and the targets of Import-ChatGroup's own errors). A file given twice is imported once.
        /// </summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("FullName")]
        [ValidateNotNullOrEmpty]
        public string[] Path { get; set; } = new string[0];

        protected override string ProgressItemName => "groups";

        protected override string ProgressJobName => "files";

        protected override void Process()
        {
            foreach (string given in Path)
            {
                IEnumerable<string> files;
                try
                {
                    files = GetResolvedProviderPathFromPSPath(given, out _);
                }
                catch (Exception e) when (e is ItemNotFoundException || e is ProviderNotFoundException || e is DriveNotFoundException)
                {
                    WriteItemError(new ChatInputException("GroupBackupUnreadable", $"Cannot find the group backup '{given}': {e.Message}", given,
                        ChatErrorKind.ObjectNotFound), given);
                    continue;
                }
                foreach (string file in files)
                {
                    if (!_seen.Add(file)) continue;
                    if (!ShouldProcessItem(file, "Restore group from backup", file)) continue;
                    StartAccountWork(file, null, async (output, cancellationToken) =>
                    {
                        GroupRestoreResult result = await GroupRestore.RestoreAsync(ActiveSession, file, Log, cancellationToken).ConfigureAwait(false);
                        await output.DeliverAsync(1, () =>
                        {
                            foreach (var item in result.Failures) WriteItemError(item.Failure!, item);
                            WriteObject(result.Import);
                        }).ConfigureAwait(false);
                    });
                }
            }
        }
    }
}
