using TencentChat.Emulator.Users;

namespace TencentChat.Emulator.Commands;

/// <summary>A family's <c>GET /_emulator/{name}/{file}</c>: the file's bytes and content type, or null when it has none by that name (404).</summary>
internal delegate (byte[] Content, string ContentType)? FileRoute(ChatState state, string file);
