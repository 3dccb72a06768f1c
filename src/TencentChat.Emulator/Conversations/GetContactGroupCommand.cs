using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Conversations;

/// <summary>
/// get_contact_group (spec §2.8): pages through the user's group/mark records in creation order. StartIndex is
/// the creation sequence to resume at (0 = start), so concurrent inserts/deletes never shift other records;
/// NextStartIndex is 0 once complete. GroupItem lists all the user's groups on every page.
/// </summary>
internal sealed class GetContactGroupCommand : ICommand
{
    public string Name => "get_contact_group";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        ConversationUser owner = context.Owner(body);
        long start = body.Integer("StartIndex");
        if (start < 0) throw ConversationCodes.Invalid($"StartIndex must not be negative, not {start}.");

        lock (owner.Gate)
        {
            List<ContactRecord> window = owner.Contacts.FromSequence(start).Take(context.PageSize + 1).ToList();
            bool complete = window.Count <= context.PageSize;
            var items = new JsonArray();
            foreach (ContactRecord record in window.Take(context.PageSize))
                items.Add(ContactJson.Record(record, context.State.Conversations.Peers));
            return new JsonObject
            {
                ["ContactItem"] = items,
                ["GroupItem"] = ContactJson.AllGroups(owner.Contacts),
                ["CompleteFlag"] = complete ? 1 : 0,
                ["NextStartIndex"] = complete ? 0 : window[^1].Sequence,
            };
        }
    }
}
