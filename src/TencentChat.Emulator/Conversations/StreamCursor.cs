namespace TencentChat.Emulator.Conversations;

/// <summary>
/// A get_list cursor (TimeStamp/StartIndex or TopTimeStamp/TopStartIndex): a snapshot time plus an offset.
/// <see cref="Time"/> is the snapshot: the stream as it looks when only conversations with MsgTime ≤ Time count.
/// <see cref="Offset"/> is how many of that snapshot's conversations (in list order) were already returned.
/// (0, 0) starts a listing; the server then picks the snapshot time, later than every MsgTime in the list.
/// This is the reading of the spec §2.1 sample (a final page with TimeStamp later than every MsgTime and
/// StartIndex 0); that the real service pages exactly like this is a guess (see docs/emulator.md).
/// </summary>
internal readonly record struct StreamCursor(long Time, long Offset)
{
    public bool IsStart => Time == 0 && Offset == 0;

    /// <summary>
    /// Both parts zero, or a snapshot time within uint32 (MsgTime's range) and an offset ≥ 0: every shape the
    /// spec's samples show, including the sample's final (time, 0). A time of 0 with an offset, a negative part
    /// or a time beyond uint32 is a client bug (a field mix-up or an invented value) and gets 50002.
    /// </summary>
    public bool IsWellFormed => IsStart || (Time > 0 && Time <= uint.MaxValue && Offset >= 0);

    public StreamCursor Advance(int count) => this with { Offset = Offset + count };
}
