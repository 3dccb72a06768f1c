namespace TencentChat.Emulator.Groups;

/// <summary>
/// One group chat (group spec §3.3): type, profile, custom data, members in join order and its history. Read and
/// written only under <see cref="GroupStore.Gate"/>.
/// </summary>
internal sealed class ChatGroup
{
    private readonly List<GroupMember> _members = new();
    private readonly Dictionary<string, GroupMember> _byAccount = new(StringComparer.Ordinal);
    private long _nextMemberOrdinal = 1;

    public ChatGroup(string groupId, GroupType type, string name, long createTime, long ordinal)
    {
        GroupId = groupId;
        Type = type;
        Name = name;
        CreateTime = createTime;
        LastInfoTime = createTime;
        Ordinal = ordinal;
        MaxMemberNum = GroupTypes.DefaultMaxMembers(type);
    }

    public string GroupId { get; }
    public GroupType Type { get; }

    /// <summary>Creation order in the app; get_appid_group_list's Next is built from it.</summary>
    public long Ordinal { get; }

    public string Name { get; set; }
    public string Introduction { get; set; } = "";
    public string Notification { get; set; } = "";
    public string FaceUrl { get; set; } = "";
    public string? OwnerAccount { get; set; }
    public long CreateTime { get; }
    public long InfoSeq { get; set; }
    public long LastInfoTime { get; set; }
    public long LastMsgTime { get; set; }
    public int MaxMemberNum { get; set; }
    public string ApplyJoinOption { get; set; } = "NeedPermission";
    public string InviteJoinOption { get; set; } = "FreeAccess";
    public bool MuteAllMember { get; set; }

    /// <summary>Group-level custom fields (spec §2.7), in the order they were first set.</summary>
    public List<KeyValuePair<string, string>> AppDefinedData { get; } = new();

    /// <summary>The group's history; G2's send and import handlers append to it.</summary>
    public GroupMessageLog Messages { get; } = new();

    /// <summary>
    /// Mute expiries by account (Unix seconds, <see cref="uint.MaxValue"/> = permanent): kept apart from the members
    /// because a mute survives leaving and rejoining (spec §3.17).
    /// </summary>
    public Dictionary<string, long> MutedUntil { get; } = new(StringComparer.Ordinal);

    /// <summary>Members in join order.</summary>
    public IReadOnlyList<GroupMember> Members => _members;

    public int MemberCount => _members.Count;

    public GroupMember? Member(string account) => _byAccount.GetValueOrDefault(account);

    /// <summary>Adds a member (not there yet) and returns it.</summary>
    public GroupMember AddMember(string account, GroupRole role, long joinTime)
    {
        var member = new GroupMember(account, role, joinTime, _nextMemberOrdinal++) { MsgSeq = Messages.NextMsgSeq - 1 };
        _members.Add(member);
        _byAccount.Add(account, member);
        if (role == GroupRole.Owner) OwnerAccount = account;
        return member;
    }

    /// <summary>Removes a member; false when <paramref name="account"/> is not one. The group stays, even empty (spec §3.10).</summary>
    public bool RemoveMember(string account)
    {
        if (!_byAccount.Remove(account, out GroupMember? member)) return false;
        _members.Remove(member);
        if (OwnerAccount == account) OwnerAccount = null;
        return true;
    }

    /// <summary>The account's mute expiry if it is still in the future at <paramref name="now"/>, else 0.</summary>
    public long MutedUntilAt(string account, long now) =>
        MutedUntil.TryGetValue(account, out long until) && until > now ? until : 0;

    /// <summary>A profile change: InfoSeq and LastInfoTime move.</summary>
    public void Touch(long now)
    {
        InfoSeq++;
        LastInfoTime = now;
    }
}
