using System.Management.Automation;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Admin.Commands
{
    /// <summary>Removes conversations from a user's conversation group.</summary>
    /// <remarks>
    /// The conversations themselves stay in the owner's conversation list; only their membership in the group changes.
    /// They are sent to update_contact_group in batches of at most 100 per owner account and group. Requests for up to
    /// -ThrottleLimit (default 16) owner accounts run at once; one account's requests go one after the other in input
    /// order, and its results are written in that order.
    /// Should Tencent refuse a whole request because of one dismissed group chat (51007), each half of it is sent again, and so
    /// on, until the conversations at fault are found (at most 2*log2(100), 14, more requests each); only they are written as
    /// GroupChatUnavailable errors.
    /// </remarks>
    /// <example>
    /// <code>
    /// Get-ChatContactGroupMember -Account user_0001 -ContactGroupName shops | Remove-ChatContactGroupMember -ContactGroupName shops -WhatIf
    /// </code>
    /// Shows which conversations would leave the group shops, without changing anything.
    /// </example>
    /// <example>
    /// <code>
    /// Remove-ChatContactGroupMember -Account user_0001 -ContactGroupName vip -ConversationId c2c_user_0002, group_dev -PassThru
    /// </code>
    /// Takes two conversations out of the group vip and writes what changed.
    /// </example>
    /// <seealso cref="AddChatContactGroupMemberCommand"/>
    /// <seealso cref="GetChatContactGroupMemberCommand"/>
    [Cmdlet(VerbsCommon.Remove, "ChatContactGroupMember", DefaultParameterSetName = ConversationIdSet, SupportsShouldProcess = true,
        ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ChatConversationChange))]
    public sealed class RemoveChatContactGroupMemberCommand : ConversationCmdlet
    {
        /// <summary>The conversation group's name. Binds by property name, e.g. from a failed change's TargetObject.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ContactGroupNameCompleter))]
        public string ContactGroupName { get; set; } = string.Empty;

        /// <summary>Writes a ChatConversationChange for each conversation that was removed from the group.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void Process() => QueueMemberChanges(add: false, ContactGroupName, PassThru);
    }
}
