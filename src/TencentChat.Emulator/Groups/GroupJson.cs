using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Groups;

/// <summary>Request fields and response objects shared by the group commands (group spec §2, §3.3, §3.7).</summary>
internal static class GroupJson
{
    private static readonly string[] BaseFields =
    {
        "Type", "Appid", "Name", "Introduction", "Notification", "FaceUrl", "Owner_Account", "CreateTime", "InfoSeq", "LastInfoTime",
        "LastMsgTime", "NextMsgSeq", "MemberNum", "MaxMemberNum", "ApplyJoinOption", "InviteJoinOption", "MuteAllMember", "AppDefinedData",
    };

    private static readonly string[] MemberFields =
        { "Role", "JoinTime", "MsgSeq", "MsgFlag", "LastSendMsgTime", "MuteUntil", "NameCard", "AppMemberDefinedData" };

    public static GroupStore Store(this CommandContext context) => context.State.Family<GroupStore>();

    /// <summary>The group named by <paramref name="field"/>: 10004 when missing, 10015 when it cannot be a GroupId, 10010 when there is none.</summary>
    public static ChatGroup Group(GroupStore store, JsonFields body, string field = "GroupId")
    {
        string groupId = body.String(field);
        if (Encoding.UTF8.GetByteCount(groupId) > GroupLimits.GroupIdBytes)
            throw new ApiException(GroupCodes.InvalidGroupId, $"{body.PathOf(field)} is longer than {GroupLimits.GroupIdBytes} bytes.");
        return store.Find(groupId) ?? throw GroupCodes.NotFound(groupId);
    }

    /// <summary>A profile text within its byte limit (§2.5, switchable); null when absent. Over the limit: 10004 (UNCONFIRMED).</summary>
    public static string? Text(JsonFields body, string field, int maxBytes, bool allowEmpty = true)
    {
        string? text = body.OptionalText(field);
        if (text == null) return null;
        if (!allowEmpty && text.Length == 0) throw body.Invalid($"{body.PathOf(field)} must not be empty.");
        int bytes = Encoding.UTF8.GetByteCount(text);
        return bytes <= maxBytes ? text : throw body.Invalid($"{body.PathOf(field)} is {bytes} bytes; the limit is {maxBytes}.");
    }

    /// <summary>An enumeration field (§2.6): one of <paramref name="values"/>, or null when absent.</summary>
    public static string? OneOf(JsonFields body, string field, params string[] values)
    {
        string? text = body.OptionalString(field);
        if (text == null || values.Contains(text, StringComparer.Ordinal)) return text;
        throw body.Invalid($"{body.PathOf(field)} must be one of {string.Join(", ", values)}, not '{text}'.");
    }

    public static readonly string[] ApplyOptions = { "FreeAccess", "NeedPermission", "DisableApply" };
    public static readonly string[] InviteOptions = { "FreeAccess", "NeedPermission", "DisableInvite" };
    public static readonly string[] MessageFlags = { "AcceptAndNotify", "AcceptNotNotify", "Discard" };

    /// <summary>
    /// AppDefinedData / AppMemberDefinedData (§2.7): {Key, Value} objects, keys of at most 16 bytes of [A-Za-z0-9_], values
    /// within <paramref name="maxValueBytes"/>. The emulator keeps no console key list, so any well-formed key is taken.
    /// </summary>
    public static List<KeyValuePair<string, string>>? CustomData(JsonFields body, string field, int maxValueBytes)
    {
        JsonElement? array = body.OptionalArray(field);
        if (array == null) return null;
        var items = new List<KeyValuePair<string, string>>();
        foreach (JsonFields item in body.Objects(array.Value, field))
        {
            string key = item.String("Key");
            if (key.Length > GroupLimits.AppDefinedKeyBytes || !key.All(c => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_'))
                throw item.Invalid($"{item.PathOf("Key")} '{key}' must be 1 to {GroupLimits.AppDefinedKeyBytes} characters of A-Z, a-z, 0-9 and _.");
            string value = Text(item, "Value", maxValueBytes) ?? throw item.Invalid($"{item.PathOf("Value")} is required (a string).");
            items.Add(new KeyValuePair<string, string>(key, value));
        }
        return items;
    }

    /// <summary>Sets each entry; an empty Value deletes it (§2.7).</summary>
    public static void Apply(List<KeyValuePair<string, string>> target, IEnumerable<KeyValuePair<string, string>> changes)
    {
        foreach ((string key, string value) in changes)
        {
            int index = target.FindIndex(p => p.Key == key);
            if (value.Length == 0)
            {
                if (index >= 0) target.RemoveAt(index);
            }
            else if (index >= 0) target[index] = new KeyValuePair<string, string>(key, value);
            else target.Add(new KeyValuePair<string, string>(key, value));
        }
    }

    public static JsonArray KeyValues(IEnumerable<KeyValuePair<string, string>> data) =>
        new(data.Select(p => (JsonNode)new JsonObject { ["Key"] = p.Key, ["Value"] = p.Value }).ToArray());

    /// <summary>
    /// The names of a filter array (MemberInfoFilter, GroupBaseInfoFilter ...), or null when it is absent: with a filter,
    /// unnamed fields are omitted (§3.3). <c>Account</c> is read as <c>Member_Account</c> (the §3.3 sample's spelling).
    /// </summary>
    public static HashSet<string>? Filter(JsonFields fields, string name)
    {
        JsonElement? array = fields.OptionalArray(name);
        if (array == null) return null;
        return array.Value.EnumerateArray().Select((e, i) => e.ValueKind == JsonValueKind.String
                ? e.GetString()!
                : throw fields.Invalid($"{fields.PathOf(name)}[{i}] must be a string."))
            .Select(n => n == "Account" ? "Member_Account" : n == "ShutUpUntil" ? "MuteUntil" : n == "ShutUpAllMember" ? "MuteAllMember" : n)
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>A group's base profile with the fields <paramref name="filter"/> names (all when null); MuteAllMember also as ShutUpAllMember.</summary>
    public static void AddProfile(JsonObject target, ChatGroup group, HashSet<string>? filter, long sdkAppId = 0)
    {
        bool av = group.Type == GroupType.AVChatRoom;
        foreach (string field in BaseFields)
        {
            if (filter != null && !filter.Contains(field)) continue;
            switch (field)
            {
                case "Type": target["Type"] = group.Type.ToString(); break;
                case "Appid": if (sdkAppId != 0) target["Appid"] = sdkAppId; break;
                case "Name": target["Name"] = group.Name; break;
                case "Introduction": target["Introduction"] = group.Introduction; break;
                case "Notification": target["Notification"] = group.Notification; break;
                case "FaceUrl": target["FaceUrl"] = group.FaceUrl; break;
                case "Owner_Account": target["Owner_Account"] = group.OwnerAccount ?? ""; break;
                case "CreateTime": target["CreateTime"] = group.CreateTime; break;
                case "InfoSeq": target["InfoSeq"] = group.InfoSeq; break;
                case "LastInfoTime": target["LastInfoTime"] = group.LastInfoTime; break;
                case "LastMsgTime": target["LastMsgTime"] = group.LastMsgTime; break;
                case "NextMsgSeq": target["NextMsgSeq"] = group.Messages.NextMsgSeq; break;
                // AVChatRoom: profile only, no member count (§2.2).
                case "MemberNum": if (!av) target["MemberNum"] = group.MemberCount; break;
                case "MaxMemberNum": target["MaxMemberNum"] = group.MaxMemberNum; break;
                case "ApplyJoinOption": target["ApplyJoinOption"] = group.ApplyJoinOption; break;
                case "InviteJoinOption": if (!av) target["InviteJoinOption"] = group.InviteJoinOption; break;
                case "MuteAllMember":
                    target["MuteAllMember"] = group.MuteAllMember ? "On" : "Off";
                    target["ShutUpAllMember"] = group.MuteAllMember ? "On" : "Off";
                    break;
                case "AppDefinedData": target["AppDefinedData"] = KeyValues(group.AppDefinedData); break;
            }
        }
    }

    /// <summary>A member object (§3.7) with the fields <paramref name="filter"/> names (all when null); MuteUntil also as ShutUpUntil.</summary>
    public static JsonObject Member(ChatGroup group, GroupMember member, HashSet<string>? filter, long now)
    {
        var item = new JsonObject { ["Member_Account"] = member.Account };
        foreach (string field in MemberFields)
        {
            if (filter != null && !filter.Contains(field)) continue;
            switch (field)
            {
                case "Role": item["Role"] = member.Role.ToString(); break;
                case "JoinTime": item["JoinTime"] = member.JoinTime; break;
                case "MsgSeq": item["MsgSeq"] = member.MsgSeq; break;
                case "MsgFlag": item["MsgFlag"] = member.MsgFlag; break;
                case "LastSendMsgTime": item["LastSendMsgTime"] = member.LastSendMsgTime; break;
                case "MuteUntil":
                    long until = group.MutedUntilAt(member.Account, now);
                    item["MuteUntil"] = until;
                    item["ShutUpUntil"] = until;
                    break;
                case "NameCard": item["NameCard"] = member.NameCard; break;
                case "AppMemberDefinedData":
                    if (group.Type != GroupType.AVChatRoom) item["AppMemberDefinedData"] = KeyValues(member.AppMemberDefinedData);
                    break;
            }
        }
        return item;
    }

    /// <summary>
    /// An array of UserIDs (Members_Account, MemberToDel_Account ...): required, not empty, at most <paramref name="limit"/>
    /// (over: 10005, "too many accounts in the request"; UNCONFIRMED, spec §5).
    /// </summary>
    public static IReadOnlyList<string> Accounts(JsonFields body, string field, int limit)
    {
        JsonElement array = body.Array(field);
        int length = array.GetArrayLength();
        if (length == 0) throw body.Invalid($"{body.PathOf(field)} must not be empty.");
        if (length > limit) throw new ApiException(GroupCodes.TooManyAccounts, $"{body.PathOf(field)} holds {length} accounts; the limit is {limit} per call.");
        IReadOnlyList<string> accounts = body.AccountTexts(array, field);
        return accounts.Any(a => a.Length == 0) ? throw body.Invalid($"{body.PathOf(field)} holds an empty UserID.") : accounts;
    }

    /// <summary>The mute time of forbid_send_msg and modify_group_member_info: MuteTime or its old name ShutUpTime, a uint32 of seconds.</summary>
    public static long? MuteTime(JsonFields body)
    {
        string field = body.Has("MuteTime") || !body.Has("ShutUpTime") ? "MuteTime" : "ShutUpTime";
        long? seconds = body.OptionalInteger(field);
        return seconds is null or (>= 0 and <= uint.MaxValue) ? seconds : throw body.Invalid($"{body.PathOf(field)} must be 0 to 4294967295 seconds.");
    }

    /// <summary>Mute expiry for <paramref name="seconds"/> from now: 0 unmutes, 4294967295 is permanent.</summary>
    public static void Mute(ChatGroup group, string account, long seconds, long now)
    {
        if (seconds == 0) group.MutedUntil.Remove(account);
        else group.MutedUntil[account] = seconds >= GroupLimits.PermanentMute ? GroupLimits.PermanentMute : now + seconds;
    }
}
