using System.Text;

namespace TencentChat.Emulator.Groups;

/// <summary>
/// GroupIds in the shape of Tencent's samples (group spec §2.3): @TGS#, the type letter (1 Private, 2 Public,
/// 3 ChatRoom, a AVChatRoom) and 8 uppercase letters or digits, e.g. @TGS#2J4SZEAEL; a Community's is
/// @TGS#_@TGS#c plus 10, e.g. @TGS#_@TGS#cQVLVHIM62CJ. The scheme itself is UNCONFIRMED; clients treat IDs as opaque.
/// The suffix is the creation ordinal scrambled by a multiplier coprime to 36^n, so IDs look random but never repeat.
/// </summary>
internal static class GroupIdGenerator
{
    private const string Digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const ulong Multiplier = 1_000_003; // odd and not divisible by 3: a bijection modulo 36^n

    public static string For(GroupType type, long ordinal) => type == GroupType.Community
        ? "@TGS#_@TGS#c" + Suffix(ordinal, 10)
        : "@TGS#" + GroupTypes.IdLetter(type) + Suffix(ordinal, 8);

    private static string Suffix(long ordinal, int length)
    {
        ulong modulus = 1;
        for (int i = 0; i < length; i++) modulus *= 36;
        ulong value = (ulong)ordinal * Multiplier % modulus;
        var text = new StringBuilder(length);
        for (int i = 0; i < length; i++)
        {
            text.Insert(0, Digits[(int)(value % 36)]);
            value /= 36;
        }
        return text.ToString();
    }
}
