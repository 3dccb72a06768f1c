using System.Text.Json;
using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Groups;

/// <summary>
/// get_appid_group_list (group spec §3.1, §2.8): the app's GroupIds in creation order (the real order is UNCONFIRMED),
/// Limit ≤ 10000 (default 10000), optional GroupType. Next is an opaque uint64 that is always ≥ 2^32 while more remain
/// (2^32 + the last group's creation ordinal), so a client that parses it as 32 bits breaks here as it would against
/// Tencent; 0 at the end. Registered at 1 call/s, which the rate limiter enforces when limiting is on.
/// </summary>
internal sealed class GetAppIdGroupListCommand : ICommand
{
    private const ulong CursorBase = 1UL << 32;

    public string Name => "get_appid_group_list";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        long limit = body.OptionalInteger("Limit") ?? GroupLimits.ListLimit;
        if (limit < 1 || limit > GroupLimits.ListLimit) throw body.Invalid($"Limit must be 1 to {GroupLimits.ListLimit}, not {limit}.");
        ulong next = Next(body);
        if (next != 0 && next < CursorBase) throw body.Invalid($"Next {next} is not a cursor this command returned.");
        GroupType? type = null;
        if (body.OptionalString("GroupType") is { } typeText)
            type = GroupTypes.Parse(typeText) ?? throw body.Invalid($"GroupType must be Private, Public, ChatRoom, AVChatRoom or Community, not '{typeText}'.");

        GroupStore store = context.Store();
        lock (store.Gate)
        {
            long after = next == 0 ? 0 : (long)(next - CursorBase);
            List<ChatGroup> matching = store.InCreationOrder().Where(g => type == null || g.Type == type).ToList();
            List<ChatGroup> page = matching.Where(g => g.Ordinal > after).Take((int)limit + 1).ToList();
            bool more = page.Count > limit;
            if (more) page.RemoveAt(page.Count - 1);
            return new JsonObject
            {
                ["TotalCount"] = matching.Count,
                ["GroupIdList"] = new JsonArray(page.Select(g => (JsonNode)new JsonObject { ["GroupId"] = g.GroupId }).ToArray()),
                ["Next"] = more ? CursorBase + (ulong)page[^1].Ordinal : 0UL,
            };
        }
    }

    /// <summary>Next as the full uint64 (JsonFields reads int64 only).</summary>
    private static ulong Next(JsonFields body)
    {
        if (!body.Has("Next")) return 0;
        long? asLong = null;
        try { asLong = body.OptionalInteger("Next"); }
        catch (ApiException) { }
        if (asLong is >= 0) return (ulong)asLong.Value;
        throw body.Invalid("Next must be an unsigned 64-bit integer, as the previous page returned it.");
    }
}
