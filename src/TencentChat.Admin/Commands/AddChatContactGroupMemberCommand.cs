using System.Management.Automation;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>
    /// Puts conversations into one of their owner's conversation groups (update_contact_group, ContactOptType 1):
    /// `Get-ChatConversation -Account u | Where-Object … | Add-ChatContactGroupMember -ContactGroupName vip`.
    /// </summary>
    [Cmdlet(VerbsCommon.Add, "ChatContactGroupMember", DefaultParameterSetName = ConversationIdSet, SupportsShouldProcess = true,
        ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ChatConversationChange))]
    public sealed class AddChatContactGroupMemberCommand : ContactGroupMemberCmdlet
    {
        protected override bool Adds => true;
    }
}
