using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Friends;

/// <summary>The relationship-chain service (v4/sns) and the codes only it answers (profile-sns spec §4: 30001-32216).</summary>
internal static class FriendCodes
{
    public const int InvalidParameter = 30001;
    public const int AccountNotFound = 30003;
    public const int AdminRequired = 30004;
    public const int SendOutForbidden = 30009;
    public const int OwnFriendCap = 30010;
    public const int ListCap = 30011;
    public const int PendingCap = 30012;
    public const int BlocklistCap = 30013;
    public const int PeerFriendCap = 30014;
    public const int TargetBlocked = 30515;
    public const int BlockedByTarget = 30525;
    public const int DenyAny = 30516;
    public const int AlreadyFriends = 30520;
    public const int Pending = 30539;
    public const int AlreadyBlocked = 31307;
    public const int NotFriend = 31704;
    public const int ListMemberNotFriend = 32216;

    /// <summary>v4/sns: 30004 for a non-admin (spec §0: the public 60010 may come first, UNCONFIRMED), 30001 for any bad body or field.</summary>
    public static readonly ApiService Service = new("sns", AdminRequired, InvalidParameter, new FieldCodes(InvalidParameter, InvalidParameter));
}
