using System.Text.Json.Nodes;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Commands;

/// <summary>One <c>v4/{service}/{command}</c>. Returns the command's own response fields; failures throw <see cref="ApiException"/>.</summary>
internal interface ICommand
{
    string Name { get; }

    JsonObject Execute(CommandContext context, JsonFields body);
}
