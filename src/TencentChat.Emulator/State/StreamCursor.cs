namespace TencentChat.Emulator.State;

/// <summary>
/// A get_list cursor (TimeStamp/StartIndex or TopTimeStamp/TopStartIndex). Time is the MsgTime of the last
/// conversation already returned; Index is how many conversations with exactly that MsgTime were returned.
/// (0, 0) is the first page. Keyset paging like this survives concurrent writes: conversations whose MsgTime
/// does not change are never repeated or skipped; only one that moves (gets newer) may be missed on this pass,
/// as in the real service where it would jump to the top of the list.
/// </summary>
internal readonly record struct StreamCursor(long Time, long Index)
{
    public static readonly StreamCursor Start = new(0, 0);

    public bool IsStart => Time == 0 && Index == 0;

    /// <summary>
    /// Only cursors this server could have produced are accepted: both parts zero, or a time within uint32 and
    /// a positive index. Anything else is a client bug (a field mix-up or an invented value) and gets 50002.
    /// </summary>
    public bool IsWellFormed => IsStart || (Time > 0 && Time <= uint.MaxValue && Index > 0);
}
