namespace TencentChat.Emulator.Groups;

/// <summary>
/// One member of one group (group spec §3.7): role, join time, name card, message flag, mute expiry, last send time,
/// read seq and custom data. Read and written under <see cref="GroupStore.Gate"/>.
/// </summary>
internal sealed class GroupMember
{
    public GroupMember(string account, GroupRole role, long joinTime, long ordinal)
    {
        Account = account;
        Role = role;
        JoinTime = joinTime;
        Ordinal = ordinal;
    }

    public string Account { get; }
    public GroupRole Role { get; set; }
    public long JoinTime { get; set; }

    /// <summary>Join order within the group; a Community's Next cursor is built from it.</summary>
    public long Ordinal { get; }

    public string NameCard { get; set; } = "";

    /// <summary>AcceptAndNotify, AcceptNotNotify or Discard (spec §2.6).</summary>
    public string MsgFlag { get; set; } = "AcceptAndNotify";

    /// <summary>The seq of the last message the member has read (the member object's MsgSeq).</summary>
    public long MsgSeq { get; set; }

    public long LastSendMsgTime { get; set; }

    public long UnreadMsgNum { get; set; }

    /// <summary>Member-level custom fields (spec §2.7), in the order they were first set.</summary>
    public List<KeyValuePair<string, string>> AppMemberDefinedData { get; } = new();
}
