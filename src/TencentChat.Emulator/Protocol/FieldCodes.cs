namespace TencentChat.Emulator.Protocol;

/// <summary>
/// The codes a service answers for a bad request field: <see cref="Invalid"/> for a missing or malformed field,
/// <see cref="AccountType"/> for an account field that is not a JSON string. Each family has its own (recentcontact
/// 50002/60015, im_open_login_svc 70402, openim 90001/90003), so <see cref="JsonFields"/> carries them.
/// </summary>
internal sealed record FieldCodes(int Invalid, int AccountType);
