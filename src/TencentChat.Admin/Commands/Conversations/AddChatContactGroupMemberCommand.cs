using System.Management.Automation;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Admin.Commands
{
    /// <summary>Adds conversations to a user's conversation group.</summary>
    /// <remarks>
    /// Conversations come from -Account with -ConversationId, -PeerAccount or -GroupId, or from the pipeline (e.g.
    /// Get-ChatConversation output), and are sent to update_contact_group in batches of at most 100 per owner account and
    /// group, up to -ThrottleLimit (default 16) owner accounts at once, one account's requests one after the other in
    /// input order. A conversation Tencent refuses, or whose request failed as a whole (e.g. throttling that outlasted the
    /// retries), is written as an error whose target can be piped back to retry. A group the user does not have is
    /// ContactGroupNotFound. Should Tencent refuse a whole request because of one dismissed group chat (51007), each half
    /// of it is sent again, and so on, until the conversations at fault are found (at most 2*log2(100), 14, more requests
    /// each); only they are written as GroupChatUnavailable errors.
    /// </remarks>
    /// <example>
    /// <code>
    /// Get-ChatConversation -Account user_0001 | Where-Object { $_.PeerAccount -like 'shop_*' } |
    ///     Add-ChatContactGroupMember -ContactGroupName shops
    /// </code>
    /// Puts every C2C conversation of user_0001 with a shop_ account into the group shops.
    /// </example>
    /// <example>
    /// <code>
    /// Add-ChatContactGroupMember -Account user_0001 -ContactGroupName vip -PeerAccount user_0002 -GroupId '@TGS#2ABCDEFGH' -PassThru
    /// </code>
    /// Adds a C2C conversation and a group chat to the group vip and writes what changed.
    /// </example>
    /// <example>
    /// <code>
    /// Import-Csv vip.csv | Add-ChatContactGroupMember -ContactGroupName vip -ErrorVariable failed
    /// if ($failed) { $failed.TargetObject | Where-Object ConversationId | Add-ChatContactGroupMember }
    /// </code>
    /// Retries the conversations Tencent refused: the target of each such error is a ChatConversationChange with
    /// Account, ConversationId and ContactGroupName, which bind the parameters again. The if guards the retry: with no
    /// errors, $failed.TargetObject is $null, and a $null piped in binds nothing.
    /// </example>
    /// <seealso cref="RemoveChatContactGroupMemberCommand"/>
    /// <seealso cref="GetChatContactGroupMemberCommand"/>
    /// <seealso cref="NewChatContactGroupCommand"/>
    [Cmdlet(VerbsCommon.Add, "ChatContactGroupMember", DefaultParameterSetName = ConversationIdSet, SupportsShouldProcess = true,
        ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ChatConversationChange))]
    public sealed class AddChatContactGroupMemberCommand : ConversationCmdlet
    {
        /// <summary>The conversation group's name. Binds by property name, e.g. from a failed change's TargetObject.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ContactGroupNameCompleter))]
        public string ContactGroupName { get; set; } = string.Empty;

        /// <summary>Writes a ChatConversationChange for each conversation that was added to the group.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void Process() => QueueMemberChanges(add: true, ContactGroupName, PassThru);
    }
}
