using System.Globalization;
using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Groups;

/// <summary>
/// get_group_member_info (group spec §3.7, §2.8). Non-Community groups page by Offset (0-based index in join order; Limit
/// ≤ 200, absent = all); a Community pages by the string cursor Next ("" first, required; Offset refused with 10004,
/// UNCONFIRMED), answering Next "" at the end. The cursor is a large decimal (as in the doc sample) built from the last
/// member's join ordinal, so members joining or leaving mid-stream never shift it. AVChatRoom has no member list: 10007
/// (the 2025 page; the code is UNCONFIRMED). MemberNum is the group's whole count; MemberRoleFilter and MemberInfoFilter
/// (Account read as Member_Account) narrow the list and the fields.
/// </summary>
internal sealed class GetGroupMemberInfoCommand : ICommand
{
    /// <summary>Community cursors look like the doc sample's 144115265295492787: this base plus the member's join ordinal.</summary>
    private const long CursorBase = 144115188075855872;

    public string Name => "get_group_member_info";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        long? limit = body.OptionalInteger("Limit");
        if (limit is < 1 or > GroupLimits.MemberPage) throw body.Invalid($"Limit must be 1 to {GroupLimits.MemberPage}, not {limit}.");
        long? offset = body.OptionalInteger("Offset");
        if (offset is < 0) throw body.Invalid("Offset must not be negative.");
        string? next = body.OptionalText("Next");
        HashSet<string>? roles = GroupJson.Filter(body, "MemberRoleFilter");
        HashSet<string>? fields = GroupJson.Filter(body, "MemberInfoFilter");

        GroupStore store = context.Store();
        long now = context.State.Now;
        lock (store.Gate)
        {
            ChatGroup group = GroupJson.Group(store, body);
            if (group.Type == GroupType.AVChatRoom) throw GroupCodes.TypeRefuses(group, "The member list (get_group_member_info)");
            IEnumerable<GroupMember> members = group.Members.Where(m => roles == null || roles.Contains(m.Role.ToString()));
            var response = new JsonObject { ["MemberNum"] = group.MemberCount };
            List<GroupMember> page;
            if (group.Type == GroupType.Community)
            {
                if (offset is > 0) throw body.Invalid("A Community pages by Next, not Offset.");
                if (next == null) throw body.Invalid("Next is required for a Community (\"\" for the first page).");
                long after = next.Length == 0 ? 0 : Cursor(body, next);
                page = members.Where(m => m.Ordinal > after).Take((int)(limit ?? 100) + 1).ToList();
                bool more = page.Count > (limit ?? 100);
                if (more) page.RemoveAt(page.Count - 1);
                response["Next"] = more ? (CursorBase + page[^1].Ordinal).ToString(CultureInfo.InvariantCulture) : "";
            }
            else
            {
                IEnumerable<GroupMember> window = members.Skip((int)Math.Min(offset ?? 0, int.MaxValue));
                page = (limit == null ? window : window.Take((int)limit.Value)).ToList();
            }
            response["MemberList"] = new JsonArray(page.Select(m => (JsonNode)GroupJson.Member(group, m, fields, now)).ToArray());
            return response;
        }
    }

    private static long Cursor(JsonFields body, string next) =>
        long.TryParse(next, NumberStyles.None, CultureInfo.InvariantCulture, out long value) && value > CursorBase
            ? value - CursorBase
            : throw body.Invalid($"Next '{next}' is not a cursor this command returned.");
}
