using System.Globalization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using TencentChat.Admin.Client.Authentication;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Faults;
using TencentChat.Emulator.Hosting;
using TencentChat.Emulator.Http;
using TencentChat.Emulator.Stats;
using TencentChat.Emulator.Users;

namespace TencentChat.Emulator;

/// <summary>
/// A running emulator on real Kestrel, standalone (Program) or in-process from tests, serving every family of
/// <see cref="EmulatorFamilies"/>. Everything the control API offers is also here for C# callers, plus direct access
/// to the state (each family adds its members to <see cref="ChatState"/>).
/// </summary>
public sealed class EmulatorHost : IAsyncDisposable
{
    private const string LoopbackFreePort = "http://127.0.0.1:0";
    private readonly WebApplication _app;
    private readonly EmulatorRuntime _runtime;

    private EmulatorHost(WebApplication app, EmulatorRuntime runtime, Uri baseAddress)
    {
        _app = app;
        _runtime = runtime;
        BaseAddress = baseAddress;
    }

    /// <summary>Starts an emulator; with <see cref="EmulatorOptions.Urls"/> null it binds 127.0.0.1 on a free port.</summary>
    public static Task<EmulatorHost> StartAsync(EmulatorOptions options, CancellationToken cancellationToken = default) =>
        StartAsync(options, consoleLogging: false, cancellationToken);

    internal static async Task<EmulatorHost> StartAsync(EmulatorOptions options, bool consoleLogging, CancellationToken cancellationToken)
    {
        options.Validate();
        var seed = SeedPlan.Parse(options.Seed);
        var runtime = new EmulatorRuntime(options, registry => EmulatorFamilies.Register(registry),
            () => EmulatorFamilies.NewState(seed, options.Administrators, options.Clock));
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        if (consoleLogging) builder.Logging.AddSimpleConsole(console => console.SingleLine = true);
        // Request URLs carry the usersig in the query string: ASP.NET Core's request logging must stay silent.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
        builder.WebHost.UseUrls(options.Urls ?? LoopbackFreePort);

        WebApplication app = builder.Build();
        app.Run(http => http.Request.Path.StartsWithSegments(ControlEndpoint.Prefix.TrimEnd('/'), StringComparison.Ordinal)
            ? ControlEndpoint.HandleAsync(http, runtime)
            : ApiEndpoint.HandleAsync(http, runtime));
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            runtime.Dispose();
            throw;
        }
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new EmulatorHost(app, runtime, new Uri(address.EndsWith('/') ? address : address + "/"));
    }

    /// <summary>The server root, e.g. http://127.0.0.1:41234/ (always with a trailing slash).</summary>
    public Uri BaseAddress { get; }

    public EmulatorOptions Options => _runtime.Options;

    /// <summary>The live state; <see cref="Reset"/> replaces it, so read this property again after a reset.</summary>
    public ChatState State => _runtime.State;

    public EmulatorStatsSnapshot Stats => _runtime.Stats.Snapshot();

    /// <summary>Every command the families registered, with its path and documented rate.</summary>
    internal CommandTable Commands => _runtime.Commands;

    /// <summary>The injected faults; setting validates and restarts the seeded sequence.</summary>
    public FaultSettings Faults
    {
        get => _runtime.Faults.Settings;
        set => _runtime.Faults.Set(value);
    }

    public void ClearFaults() => _runtime.Faults.Set(FaultSettings.None);

    /// <summary>Restores the seed state and the started settings, zeroes the stats and turns faults off (as POST /_emulator/reset).</summary>
    public void Reset() => _runtime.Reset();

    /// <summary>A UserSig for <paramref name="identifier"/> (default: the first admin), signed with the configured key at the configured clock.</summary>
    public string CreateUserSig(string? identifier = null, TimeSpan? lifetime = null)
    {
        using ChatSecretKey key = ChatSecretKey.FromString(Options.SecretKey);
        return UserSigCodec.Create(Options.SdkAppId, key, identifier ?? Options.Administrators[0], Options.Clock(), lifetime ?? UserSigCodec.DefaultLifetime);
    }

    /// <summary>
    /// The full request URL of a command with all five query parameters (a fresh admin UserSig unless one is given); the
    /// command's service comes from the command table, and a name it does not know goes under recentcontact.
    /// </summary>
    public Uri CommandUri(string command, string? userSig = null, string? identifier = null)
    {
        string admin = identifier ?? Options.Administrators[0];
        string query = string.Create(CultureInfo.InvariantCulture,
            $"sdkappid={Options.SdkAppId}&identifier={Uri.EscapeDataString(admin)}&usersig={userSig ?? CreateUserSig(admin)}&random={Random.Shared.Next()}&contenttype=json");
        string path = _runtime.Commands.ByName.TryGetValue(command, out CommandEntry? entry) ? entry.Path : "v4/recentcontact/" + command;
        return new Uri(BaseAddress, path + "?" + query);
    }

    /// <summary>For the standalone program: completes when the process is asked to stop (Ctrl+C, SIGTERM).</summary>
    public Task WaitForShutdownAsync() => _app.WaitForShutdownAsync();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _runtime.Dispose();
    }
}
