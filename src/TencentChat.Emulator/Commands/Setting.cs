using System.Text.Json;
using System.Text.Json.Nodes;

namespace TencentChat.Emulator.Commands;

/// <summary>
/// One key of <c>/_emulator/settings</c>. <see cref="Parse"/> checks a value and returns the change without making
/// it (<see cref="ArgumentException"/> for a bad value), so a body with one bad key changes nothing.
/// </summary>
internal sealed record Setting(Func<JsonNode> Current, Func<JsonElement, Action> Parse);
