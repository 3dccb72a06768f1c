using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Groups;

/// <summary>destroy_group (group spec §3.5): dissolves the group and forgets it, so a second destroy answers 10010.</summary>
internal sealed class DestroyGroupCommand : ICommand
{
    public string Name => "destroy_group";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        GroupStore store = context.Store();
        lock (store.Gate)
        {
            store.Destroy(GroupJson.Group(store, body));
            return new JsonObject();
        }
    }
}
