using System.Text.Json;
using System.Text.Json.Nodes;
using TencentChat.Emulator.Users;

namespace TencentChat.Emulator.Commands;

/// <summary>
/// A family's <c>POST /_emulator/{name}</c>: reads the JSON body, changes the state, returns the answer. Throws
/// <see cref="ArgumentException"/> for a bad body (HTTP 400) and <see cref="KeyNotFoundException"/> for something
/// the state does not have (404).
/// </summary>
internal delegate JsonObject ControlOperation(ChatState state, JsonElement body);
