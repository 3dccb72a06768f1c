using System.Management.Automation;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>
    /// Takes conversations out of a conversation group (update_contact_group, ContactOptType 2). The conversations
    /// themselves stay in the owner's list; only their group membership changes.
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "ChatContactGroupMember", DefaultParameterSetName = ConversationIdSet, SupportsShouldProcess = true,
        ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ChatConversationChange))]
    public sealed class RemoveChatContactGroupMemberCommand : ContactGroupMemberCmdlet
    {
        protected override bool Adds => false;
    }
}
