using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Groups.Messages;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Admin.Client.Groups.Backup
{
    /// <summary>
    /// Writes one group's backup file (<see cref="GroupBackupFile"/>): its profile (get_group_info), every member with
    /// role, join time, name card, message flag and mute (get_group_member_info, paged), and with the history every
    /// message that is still there, oldest first (group_msg_get_simple, paged; holes and recalled messages are not
    /// backed up, as they hold no body). An AVChatRoom has neither a member list nor a history (§2.2): its file holds the
    /// profile alone. The file is written whole and then renamed into place.
    /// </summary>
    public static class GroupExport
    {
        public static async Task<ChatGroupBackup> ExportAsync(ChatSession session, string groupId, string folder, bool includeMessages, ChatLog log,
            CancellationToken cancellationToken)
        {
            GroupIds.Validate(groupId);
            GroupProfileResult profile = (await GroupProfiles.GetAsync(session, new[] { groupId }, log, cancellationToken).ConfigureAwait(false))[0];
            ChatGroup group = profile.Group ?? throw profile.Failure!;
            bool hasLists = group.Type != ChatGroupType.AVChatRoom;

            var members = new List<GroupBackupMember>();
            if (hasLists)
            {
                var pager = new GroupMemberPager(session, groupId, group.Type, null, log);
                while (!pager.IsComplete)
                    foreach (ChatGroupMember member in await pager.NextPageAsync(cancellationToken).ConfigureAwait(false))
                        members.Add(new GroupBackupMember
                        {
                            Account = member.Account,
                            Role = member.Role?.ToString() ?? "Member",
                            JoinTime = member.JoinTime?.ToUnixTimeSeconds() ?? 0,
                            NameCard = string.IsNullOrEmpty(member.NameCard) ? null : member.NameCard,
                            MsgFlag = member.MessageFlag,
                            MutedUntil = member.MutedUntil?.ToUnixTimeSeconds() ?? 0,
                        });
            }

            List<GroupBackupMessage>? messages = null;
            if (includeMessages)
            {
                messages = new List<GroupBackupMessage>();
                if (hasLists)
                {
                    var pager = new GroupMessagePager(session, groupId, includeRecalled: false, log);
                    while (!pager.IsComplete)
                        foreach (ChatGroupMessage message in await pager.NextPageAsync(cancellationToken).ConfigureAwait(false))
                            messages.Add(new GroupBackupMessage
                            {
                                MsgSeq = message.MsgSeq,
                                From = message.From,
                                Time = message.Time.ToUnixTimeSeconds(),
                                Random = (uint)message.Random,
                                Priority = message.Priority,
                                IsSystemMessage = message.IsSystemMessage,
                                MsgBody = message.Body,
                            });
                    messages.Reverse();
                }
            }

            var backup = new GroupBackupFile
            {
                ExportedAt = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                Group = new GroupBackupProfile
                {
                    GroupId = group.GroupId,
                    Type = group.Type?.ToString() ?? string.Empty,
                    Name = group.Name ?? string.Empty,
                    Owner = group.Owner,
                    Introduction = NullIfEmpty(group.Introduction),
                    Notification = NullIfEmpty(group.Notification),
                    FaceUrl = NullIfEmpty(group.FaceUrl),
                    MaxMemberCount = group.MaxMemberCount,
                    ApplyJoinOption = group.ApplyJoinOption,
                    InviteJoinOption = group.InviteJoinOption,
                    MuteAll = group.MuteAll ?? false,
                    CreateTime = group.CreateTime?.ToUnixTimeSeconds() ?? 0,
                    AppDefinedData = group.AppDefinedData.Count == 0 ? null
                        : GroupWire.ToWire(group.AppDefinedData)!.Select(d => new GroupBackupKeyValue { Key = d.Key ?? string.Empty, Value = d.Value ?? string.Empty }).ToArray(),
                },
                Members = members.ToArray(),
                Messages = messages?.ToArray(),
            };
            string path = Path.Combine(folder, GroupBackupFiles.FileName(groupId));
            GroupBackupFiles.Write(path, backup);
            log.Verbose($"Export-ChatGroup {groupId}: {members.Count} members{(messages == null ? string.Empty : ", " + messages.Count + " messages")} to {path}.");
            return new ChatGroupBackup { GroupId = groupId, Name = backup.Group.Name, Path = path, MemberCount = members.Count, MessageCount = messages?.Count };
        }

        private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
    }
}
