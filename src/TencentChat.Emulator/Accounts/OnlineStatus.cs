namespace TencentChat.Emulator.Accounts;

/// <summary>A login state (account spec §3.6); the wire text is the member name. Ordered by precedence: Online &gt; PushOnline &gt; Offline.</summary>
public enum OnlineStatus
{
    Offline,
    PushOnline,
    Online,
}
