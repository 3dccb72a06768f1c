using TencentChat.Emulator;
using TencentChat.Emulator.Hosting;

if (CommandLine.AsksForHelp(args))
{
    Console.WriteLine(CommandLine.Usage);
    return 0;
}

EmulatorOptions options;
try
{
    options = CommandLine.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(CommandLine.Usage);
    return 2;
}

await using EmulatorHost host = await EmulatorHost.StartAsync(options, consoleLogging: true, CancellationToken.None);
// The one startup line: where and which app. Never the key.
Console.WriteLine($"TencentChat emulator listening on {host.BaseAddress} (sdkappid {options.SdkAppId}, seed {options.Seed}, admins {string.Join(",", options.Administrators)})");
await host.WaitForShutdownAsync();
return 0;
