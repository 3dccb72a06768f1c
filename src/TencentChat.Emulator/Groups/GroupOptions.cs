namespace TencentChat.Emulator.Groups;

/// <summary>
/// The group family's switches of <c>/_emulator/settings</c>: <c>GroupLegacyLimits</c> (true: the 30/240/300/100-byte
/// profile limits of the REST and SDK comments, group spec §2.5; false, the default: the newer client-doc limits
/// 100/400/400/500). One per emulator; like the declared custom tags, it outlives <c>/_emulator/reset</c>.
/// </summary>
internal sealed class GroupOptions
{
    private volatile bool _legacyLimits;

    public bool LegacyLimits
    {
        get => _legacyLimits;
        set => _legacyLimits = value;
    }

    public GroupLimits Limits => _legacyLimits ? GroupLimits.Legacy : GroupLimits.Current;
}
