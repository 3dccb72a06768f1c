namespace TencentChat.Emulator.Groups;

/// <summary>
/// The five group types by their REST names (group spec §2.1). The console's newer names Work and Meeting are read as
/// Private and ChatRoom (<see cref="GroupTypes.Parse"/>); responses always use the REST names, as the doc samples do.
/// </summary>
public enum GroupType
{
    Private,
    Public,
    ChatRoom,
    AVChatRoom,
    Community,
}

/// <summary>A member's role (spec §2.4).</summary>
public enum GroupRole
{
    Owner,
    Admin,
    Member,
}

internal static class GroupTypes
{
    /// <summary>The type named by <paramref name="text"/>, REST or console name; null for anything else (BChatRoom included).</summary>
    public static GroupType? Parse(string text) => text switch
    {
        "Private" or "Work" => GroupType.Private,
        "Public" => GroupType.Public,
        "ChatRoom" or "Meeting" => GroupType.ChatRoom,
        "AVChatRoom" => GroupType.AVChatRoom,
        "Community" => GroupType.Community,
        _ => null,
    };

    /// <summary>The letter after @TGS# in the IDs Tencent assigns (spec §2.3 samples; the scheme is UNCONFIRMED).</summary>
    public static char IdLetter(GroupType type) => type switch
    {
        GroupType.Private => '1',
        GroupType.Public => '2',
        GroupType.ChatRoom => '3',
        GroupType.AVChatRoom => 'a',
        _ => 'c',
    };

    /// <summary>
    /// The member cap when create_group gives no MaxMemberCount: the old documented defaults (Private 200, Public 2000,
    /// ChatRoom 10000; spec §2.1), Community 100000, AVChatRoom unlimited. The current text says "the plan's cap".
    /// </summary>
    public static int DefaultMaxMembers(GroupType type) => type switch
    {
        GroupType.Private => 200,
        GroupType.Public => 2000,
        GroupType.ChatRoom => 10000,
        GroupType.Community => 100000,
        _ => int.MaxValue,
    };
}
