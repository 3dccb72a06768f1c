using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Messages;

/// <summary>The codes the one-to-one message commands answer (message spec §5, §6).</summary>
internal static class MessageCodes
{
    public const int AccountNotFound = 70107;
    public const int SenderInvalid = 20003;
    public const int MessageNotFound = 20022;
    public const int AlreadyRecalled = 20023;
    public const int JsonInvalid = 90001;
    public const int BodyMalformed = 90002;
    public const int ToAccountInvalid = 90003;
    public const int RandomInvalid = 90005;
    public const int TimeStampInvalid = 90006;
    public const int BodyNotArray = 90007;
    public const int FromAccountInvalid = 90008;
    public const int AdminRequired = 90009;
    public const int ElementInvalid = 90010;
    public const int TooManyRecipients = 90011;
    public const int RecipientNotImported = 90012;
    public const int TooManyPeers = 90018;
    public const int LifeTimeTooLong = 90026;
    public const int SyncFromOldSystemInvalid = 90030;
    public const int SyncOtherMachineInvalid = 90031;
    public const int LifeTimeInvalid = 90044;
    public const int MsgKeyInvalid = 90054;
    public const int PacketTooLong = 93000;

    /// <summary>openim's message commands: 90009 for a non-admin, 90001 for an unparsable body or a bad field, 90003 for a To_Account that is not a string.</summary>
    public static readonly ApiService OpenIm = new("openim", AdminRequired, JsonInvalid, new FieldCodes(JsonInvalid, ToAccountInvalid));
}
