using System.IO;
using System.Management.Automation;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Groups.Backup;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>Backs up group chats: one JSON file per group, with its members and, with -IncludeMessages, its history.</summary>
    /// <remarks>
    /// <para>
    /// For each group, writes &lt;GroupId&gt;.json into the folder -Path (created if needed; characters a file name cannot
    /// hold are written %XX): the profile (type, name, owner, introduction, notification, face URL, options, mute-all,
    /// creation time, custom data), every member with role, join time, name card, message flag and mute, and with
    /// -IncludeMessages every message still in the history, oldest first, with sender, time, Random and the body exactly
    /// as Tencent returned it. Recalled and expired messages hold no body and are left out. An AVChatRoom has no member
    /// list or history: its file holds the profile. An existing file of the same group is replaced, whole.
    /// </para>
    /// <para>
    /// Groups come from -GroupId or the pipeline (strings, or objects with a GroupId property such as Get-ChatGroup's), up
    /// to -ThrottleLimit at once, with a progress bar; a group that cannot be read is written as an error targeting its
    /// GroupId and the others go on. Each ChatGroupBackup output names the file; its Path binds Import-ChatGroup.
    /// </para>
    /// </remarks>
    /// <example>
    /// <code>
    /// Export-ChatGroup -GroupId ops-room -Path ./backup -IncludeMessages
    /// </code>
    /// Backs up ops-room with its members and history into ./backup/ops-room.json.
    /// </example>
    /// <example>
    /// <code>
    /// Get-ChatGroup | Export-ChatGroup -Path ./backup -IncludeMessages -ThrottleLimit 8
    /// </code>
    /// Backs up every group of the app, eight at a time.
    /// </example>
    /// <seealso cref="ImportChatGroupCommand"/>
    /// <seealso cref="GetChatGroupMessageCommand"/>
    [Cmdlet(VerbsData.Export, "ChatGroup")]
    [OutputType(typeof(ChatGroupBackup))]
    public sealed class ExportChatGroupCommand : ChatApiCmdlet
    {
        private string _folder = string.Empty;

        /// <summary>The groups to back up: GroupIds, from the pipeline as strings or as objects with a GroupId property.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        public string[] GroupId { get; set; } = new string[0];

        /// <summary>The folder to write the files into; created when it does not exist.</summary>
        [Parameter(Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = string.Empty;

        /// <summary>Also back up each group's message history (group_msg_get_simple, 20 messages per request).</summary>
        [Parameter]
        public SwitchParameter IncludeMessages { get; set; }

        protected override string ProgressItemName => "groups";

        protected override string ProgressJobName => "groups";

        protected override void Begin()
        {
            _folder = GetUnresolvedProviderPathFromPSPath(Path);
            Directory.CreateDirectory(_folder);
        }

        protected override void Process()
        {
            int? total = MyInvocation.ExpectingInput ? (int?)null : GroupId.Length;
            foreach (string? given in GroupId)
            {
                string groupId;
                try
                {
                    groupId = GroupIds.Validate(given);
                }
                catch (ChatInputException e)
                {
                    WriteItemError(e, given);
                    continue;
                }
                StartAccountWork(groupId, total, async (output, cancellationToken) =>
                {
                    ChatGroupBackup backup = await GroupExport.ExportAsync(ActiveSession, groupId, _folder, IncludeMessages, Log, cancellationToken).ConfigureAwait(false);
                    await output.DeliverAsync(1, () => WriteObject(backup)).ConfigureAwait(false);
                });
            }
        }
    }
}
