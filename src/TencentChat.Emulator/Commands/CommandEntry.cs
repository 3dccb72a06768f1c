using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Commands;

/// <summary>
/// One servable path: <c>v4/{service}/{name}</c>, the command that answers it, and the command's documented rate, the
/// most the rate limiter lets through per second when limiting is on. <see cref="Name"/> is what stats and fault
/// filters use; it is the command's own name except for an alias (querystate).
/// </summary>
internal sealed record CommandEntry(ApiService Service, string Name, ICommand Command, int RatePerSecond)
{
    /// <summary>Every recentcontact page and most account pages document 200 calls per second.</summary>
    public const int DefaultRate = 200;

    public static CommandEntry Of(ApiService service, ICommand command, int ratePerSecond = DefaultRate) => new(service, command.Name, command, ratePerSecond);

    /// <summary>Relative to the server root, e.g. <c>v4/recentcontact/get_list</c>.</summary>
    public string Path => "v4/" + Service.Name + "/" + Name;
}
