namespace TencentChat.Emulator.Conversations;

/// <summary>
/// The StandardMark string, a decision shared with the client (spec §3.5 leaves it UNCONFIRMED): the binary
/// number of the 64-bit mark value, rightmost character = bit 0, no leading zeros, "" when no bit is set.
/// So "111001" is bits 0, 3, 4, 5 and SetMark [1,2,3] on an empty record gives "1110".
/// </summary>
internal static class StandardMarkText
{
    public static string Format(ulong marks) => marks == 0 ? "" : Convert.ToString((long)marks, 2);

    /// <summary>The inverse of <see cref="Format"/>; seeds write their marks as the spec samples' strings.</summary>
    public static ulong Parse(string text)
    {
        if (text.Length > 64 || text.Any(c => c != '0' && c != '1'))
            throw new FormatException("A StandardMark is up to 64 characters of 0 and 1.");
        ulong value = 0;
        foreach (char c in text) value = (value << 1) | (c == '1' ? 1UL : 0UL);
        return value;
    }
}
