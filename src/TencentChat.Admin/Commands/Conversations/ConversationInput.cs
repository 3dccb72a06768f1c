using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Admin.Commands
{
    /// <summary>
    /// Turns -ConversationId (c2c_x / group_x, as in Get-ChatConversation output and its CSV) or -PeerAccount and
    /// -GroupId into conversation keys, each checked by its kind's one check. A malformed id is reported for that id alone
    /// and never sent; the others go on.
    /// </summary>
    internal static class ConversationInput
    {
        public static List<ConversationKey> Parse(string[]? conversationIds, string[]? peerAccounts, string[]? groupIds,
            Action<ChatInputException, object?> reportItem)
        {
            var keys = new List<ConversationKey>();
            foreach (string id in conversationIds ?? new string[0])
            {
                try { keys.Add(ConversationKey.Parse(id)); }
                catch (ChatInputException e) { reportItem(e, id); }
            }
            foreach (string peer in peerAccounts ?? new string[0])
            {
                try { keys.Add(ConversationKey.ForPeer(AccountIds.Validate(peer, "peer account"))); }
                catch (ChatInputException e) { reportItem(e, peer); }
            }
            foreach (string group in groupIds ?? new string[0])
            {
                try { keys.Add(ConversationKey.ForGroup(GroupIds.Validate(group))); }
                catch (ChatInputException e) { reportItem(e, group); }
            }
            return keys;
        }

        /// <summary>The ShouldProcess and error target text: "c2c_user_0002 of user_0001".</summary>
        public static string Describe(string account, ConversationKey conversation) => conversation.ConversationId + " of " + account;

        /// <summary>An error's TargetObject for a conversation nothing was sent for: Account and ConversationId bind the conversation cmdlets again.</summary>
        public static PSObject Retry(string account, ConversationKey conversation) =>
            Target(("Account", account), ("ConversationId", conversation.ConversationId));

        /// <summary>
        /// An error's TargetObject for a conversation group change nothing was sent for (or that failed): Account, Name and
        /// <paramref name="more"/> (NewName, ConversationId) bind the same cmdlet again by property name.
        /// </summary>
        public static PSObject RetryGroup(string account, string name, params (string Property, object Value)[] more) =>
            Target(new[] { ("Account", (object)account), ("Name", name) }.Concat(more).ToArray());

        private static PSObject Target(params (string Property, object Value)[] properties)
        {
            var target = new PSObject();
            foreach (var (property, value) in properties) target.Properties.Add(new PSNoteProperty(property, value));
            return target;
        }

        /// <summary>The ShouldProcess and error target text of a conversation group: "conversation group 'vip' of user_0001".</summary>
        public static string DescribeGroup(string account, string name) => "conversation group '" + name + "' of " + account;
    }
}
