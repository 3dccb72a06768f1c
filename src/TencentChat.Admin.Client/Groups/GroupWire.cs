using System;
using System.Collections.Generic;
using System.Linq;
using TencentChat.Admin.Client.Groups.Wire;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Admin.Client.Groups
{
    /// <summary>Wire objects to output objects, reading the current and the legacy names (group spec §0).</summary>
    internal static class GroupWire
    {
        /// <summary>Every base field get_group_info knows (§3.3): asked for by name, so the MemberList is left out.</summary>
        internal static readonly string[] ProfileFields =
        {
            "Type", "Name", "Introduction", "Notification", "FaceUrl", "Owner_Account", "CreateTime", "InfoSeq", "LastInfoTime",
            "LastMsgTime", "NextMsgSeq", "MemberNum", "MaxMemberNum", "ApplyJoinOption", "InviteJoinOption", "MuteAllMember", "AppDefinedData",
        };

        public static ChatGroup ToGroup(WireGroupInfo info) => new ChatGroup
        {
            GroupId = info.GroupId ?? string.Empty,
            Type = TypeOf(info.Type),
            Name = info.Name,
            Owner = info.OwnerAccount,
            MemberCount = info.MemberNum ?? info.MemberCount,
            MaxMemberCount = info.MaxMemberNum,
            CreateTime = Time(info.CreateTime),
            LastMessageTime = Time(info.LastMsgTime),
            LastInfoTime = Time(info.LastInfoTime),
            NextMsgSeq = info.NextMsgSeq,
            ApplyJoinOption = info.ApplyJoinOption,
            InviteJoinOption = info.InviteJoinOption,
            MuteAll = (info.MuteAllMember ?? info.ShutUpAllMember) is { } mute ? mute == "On" : (bool?)null,
            Introduction = info.Introduction,
            Notification = info.Notification,
            FaceUrl = info.FaceUrl,
            AppDefinedData = KeyValues(info.AppDefinedData),
        };

        public static ChatGroupMember ToMember(string groupId, WireMember member) => new ChatGroupMember
        {
            GroupId = groupId,
            Account = member.MemberAccount ?? string.Empty,
            Role = RoleOf(member.Role),
            JoinTime = Time(member.JoinTime),
            NameCard = member.NameCard,
            MessageFlag = member.MsgFlag,
            MutedUntil = Time(member.MuteUntil ?? member.ShutUpUntil),
            LastSendTime = Time(member.LastSendMsgTime),
            AppMemberDefinedData = KeyValues(member.AppMemberDefinedData),
        };

        /// <summary>A type name as the server sends it; Work and Meeting read as Private and ChatRoom (UNCONFIRMED that it ever sends them).</summary>
        public static ChatGroupType? TypeOf(string? type) => type switch
        {
            "Private" or "Work" => ChatGroupType.Private,
            "Public" => ChatGroupType.Public,
            "ChatRoom" or "Meeting" => ChatGroupType.ChatRoom,
            "AVChatRoom" or "Live" => ChatGroupType.AVChatRoom,
            "Community" => ChatGroupType.Community,
            _ => null,
        };

        public static ChatGroupRole? RoleOf(string? role) => role switch
        {
            "Owner" => ChatGroupRole.Owner,
            "Admin" => ChatGroupRole.Admin,
            "Member" => ChatGroupRole.Member,
            _ => null,
        };

        /// <summary>Unix seconds to UTC; 0 or absent (never) is null.</summary>
        public static DateTimeOffset? Time(long? seconds) =>
            seconds is long s && s > 0 && s <= uint.MaxValue ? DateTimeOffset.FromUnixTimeSeconds(s) : (DateTimeOffset?)null;

        public static ChatValueList<string> KeyValues(WireKeyValue[]? data) =>
            data == null || data.Length == 0 ? ChatValueList<string>.Empty
            : new ChatValueList<string>(data.Select(p => (p.Key ?? string.Empty) + "=" + (p.Value ?? string.Empty)).ToList());

        /// <summary>Key=Value items back to the wire; an item without '=' is a key with an empty value (which deletes it on modify).</summary>
        public static WireKeyValue[]? ToWire(IReadOnlyList<string>? items) =>
            items == null ? null
            : items.Select(item =>
            {
                int equals = item.IndexOf('=');
                return equals < 0 ? new WireKeyValue { Key = item, Value = string.Empty }
                    : new WireKeyValue { Key = item.Substring(0, equals), Value = item.Substring(equals + 1) };
            }).ToArray();
    }
}
