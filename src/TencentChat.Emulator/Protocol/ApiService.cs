namespace TencentChat.Emulator.Protocol;

/// <summary>
/// A v4 service, the path segment before the command, with the codes it answers for the failures all its commands
/// share: a non-admin identifier, a body that is not a JSON object, and bad fields (account spec §0, §4). Each family
/// declares its own.
/// </summary>
internal sealed record ApiService(string Name, int AdminRequired, int BodyNotJson, FieldCodes Fields);
