using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Groups;

/// <summary>
/// modify_group_base_info (group spec §3.4): only the fields given change; MaxMemberNum below the member count is 10004
/// (UNCONFIRMED) and is ignored for AVChatRoom; MuteAllMember On/Off (old name ShutUpAllMember); AppDefinedData with an
/// empty Value deletes the key. Profile texts within §2.5's limits. InfoSeq and LastInfoTime move.
/// </summary>
internal sealed class ModifyGroupBaseInfoCommand(GroupOptions options) : ICommand
{
    public string Name => "modify_group_base_info";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        GroupStore store = context.Store();
        GroupLimits limits = options.Limits;
        string? name = GroupJson.Text(body, "Name", limits.Name, allowEmpty: false);
        string? introduction = GroupJson.Text(body, "Introduction", limits.Introduction);
        string? notification = GroupJson.Text(body, "Notification", limits.Notification);
        string? faceUrl = GroupJson.Text(body, "FaceUrl", limits.FaceUrl);
        long? maxMembers = body.OptionalInteger("MaxMemberNum");
        string? apply = GroupJson.OneOf(body, "ApplyJoinOption", GroupJson.ApplyOptions);
        string? invite = GroupJson.OneOf(body, "InviteJoinOption", GroupJson.InviteOptions);
        string? muteAll = GroupJson.OneOf(body, body.Has("MuteAllMember") || !body.Has("ShutUpAllMember") ? "MuteAllMember" : "ShutUpAllMember", "On", "Off");
        var data = GroupJson.CustomData(body, "AppDefinedData", GroupLimits.AppDefinedValueBytes);
        if (body.OptionalAccount("From_Account") is { } from && !context.State.UserExists(from))
            throw new ApiException(GroupCodes.InvalidParameter, $"From_Account '{from}' is not an imported account.");

        lock (store.Gate)
        {
            ChatGroup group = GroupJson.Group(store, body);
            if (maxMembers != null && group.Type != GroupType.AVChatRoom)
            {
                if (maxMembers < 1 || maxMembers < group.MemberCount)
                    throw body.Invalid($"MaxMemberNum {maxMembers} is below the group's {group.MemberCount} members.");
                group.MaxMemberNum = (int)Math.Min(maxMembers.Value, int.MaxValue);
            }
            if (name != null) group.Name = name;
            if (introduction != null) group.Introduction = introduction;
            if (notification != null) group.Notification = notification;
            if (faceUrl != null) group.FaceUrl = faceUrl;
            if (apply != null) group.ApplyJoinOption = apply;
            if (invite != null) group.InviteJoinOption = invite;
            if (muteAll != null) group.MuteAllMember = muteAll == "On";
            if (data != null) GroupJson.Apply(group.AppDefinedData, data);
            group.Touch(context.State.Now);
            return new JsonObject();
        }
    }
}
