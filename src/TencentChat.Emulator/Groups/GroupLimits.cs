namespace TencentChat.Emulator.Groups;

/// <summary>
/// Byte limits of group profile fields (UTF-8; group spec §2.5) and the per-call caps of §1. Which profile limits the
/// REST server enforces is UNCONFIRMED (§6.1): <see cref="Current"/> is the emulator's default, <see cref="Legacy"/>
/// the "legacy limits" switch (<see cref="GroupOptions"/>). Over a limit: 10004 (code UNCONFIRMED).
/// </summary>
internal sealed record GroupLimits(int Name, int Introduction, int Notification, int FaceUrl)
{
    public static readonly GroupLimits Current = new(100, 400, 400, 500);
    public static readonly GroupLimits Legacy = new(30, 240, 300, 100);

    public const int NameCard = 50;
    public const int GroupIdBytes = 48;
    public const int AppDefinedValueBytes = 512;
    public const int AppMemberDefinedValueBytes = 64;
    public const int AppDefinedKeyBytes = 16;

    public const int ListLimit = 10000;
    public const int CreateMembers = 100;
    public const int InfoGroups = 50;
    public const int MemberPage = 200;
    public const int SpecifiedMembers = 50;
    /// <summary>add_group_member: 20, the newest documented maximum (spec §6.3); the conformance suite probes the real one.</summary>
    public const int AddMembers = 20;
    public const int DeleteMembers = 100;
    public const int ForbidMembers = 500;
    public const int JoinedLimit = 5000;

    /// <summary>forbid_send_msg's MuteTime for a permanent mute.</summary>
    public const long PermanentMute = uint.MaxValue;
}
