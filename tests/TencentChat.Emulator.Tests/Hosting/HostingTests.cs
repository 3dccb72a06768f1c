using System.Diagnostics;
using TencentChat.Emulator.Conversations;
using TencentChat.Emulator.Hosting;
using TencentChat.Emulator.Users;

namespace TencentChat.Emulator.Tests.Hosting;

/// <summary>Command-line options and seeds.</summary>
public sealed class HostingTests
{
    [Fact]
    public void CommandLine_Defaults()
    {
        EmulatorOptions options = CommandLine.Parse(Array.Empty<string>());
        Assert.Equal("http://127.0.0.1:5080", options.Urls);
        Assert.Equal(1400000000, options.SdkAppId);
        Assert.Equal(new[] { "administrator" }, options.Administrators);
        Assert.Equal("tencentchat-emulator-dev-key", options.SecretKey);
        Assert.Equal("demo", options.Seed);
        Assert.Equal(20, options.PageSize);
        Assert.Equal(0, options.LatencyMs);
        Assert.Equal(0, options.RateLimit);
        Assert.Equal(EmulatorEdition.Unrestricted, options.Edition);
    }

    [Theory]
    [InlineData("unrestricted", EmulatorEdition.Unrestricted)]
    [InlineData("trial", EmulatorEdition.Trial)]
    [InlineData("pro", EmulatorEdition.Pro)]
    [InlineData("pro-deletion-enabled", EmulatorEdition.ProDeletionEnabled)]
    public void CommandLine_Edition(string name, EmulatorEdition expected) =>
        Assert.Equal(expected, CommandLine.Parse(new[] { "--edition", name }).Edition);

    [Fact]
    public void CommandLine_AllOptions_AdminsRepeatedAndCommaSeparated()
    {
        EmulatorOptions options = CommandLine.Parse(new[]
        {
            "--urls", "http://127.0.0.1:6000", "--sdkappid", "20000001", "--admin", "a,b", "--admin", "c", "--key", "k",
            "--seed", "generate:3:30", "--page-size", "5", "--latency-ms", "10", "--rate-limit", "200",
        });
        Assert.Equal(new[] { "a", "b", "c" }, options.Administrators);
        Assert.Equal(20000001, options.SdkAppId);
        Assert.Equal(("k", "generate:3:30", 5, 10, 200), (options.SecretKey, options.Seed, options.PageSize, options.LatencyMs, options.RateLimit));
    }

    [Theory]
    [InlineData("--port", "1")]
    [InlineData("--page-size", "0")]
    [InlineData("--page-size", "x")]
    [InlineData("--seed", "random")]
    [InlineData("--seed", "generate:0:10")]
    [InlineData("--sdkappid")]
    [InlineData("--edition", "Pro")]
    [InlineData("--edition", "free")]
    public void CommandLine_Rejects(params string[] args)
    {
        Assert.Throws<ArgumentException>(() => CommandLine.Parse(args));
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("--seed", "none", "--help")]
    public void CommandLine_AsksForHelp(params string[] args) => Assert.True(CommandLine.AsksForHelp(args));

    [Theory]
    [InlineData("--urls", "http://127.0.0.1:1")]
    [InlineData("--key", "-h")]
    [InlineData("--seed", "none")]
    public void CommandLine_HelpOnlyWhereAnOptionNameGoes(params string[] args) => Assert.False(CommandLine.AsksForHelp(args));

    /// <summary>The real program: --help prints one line per option on stdout and exits 0 without starting a server.</summary>
    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public async Task Program_Help_PrintsEveryOption_AndExits0(string help)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "TencentChat.Emulator.dll"));
        start.ArgumentList.Add(help);
        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(0, process.ExitCode);
        Assert.Equal("", await stderr);
        string[] lines = (await stdout).TrimEnd().Split('\n');
        foreach (string option in new[] { "--urls", "--sdkappid", "--admin", "--key", "--seed", "--page-size", "--latency-ms", "--rate-limit", "--edition", "--help, -h" })
            Assert.Single(lines, line => line.TrimStart().StartsWith(option + " ", StringComparison.Ordinal));
    }

    [Fact]
    public void GenerateSeed_IsDeterministicAndComplete()
    {
        ChatState a = EmulatorFamilies.NewState(SeedPlan.Parse("generate:7:1000"), new[] { "administrator" }, () => DateTimeOffset.UnixEpoch);
        ChatState b = EmulatorFamilies.NewState(SeedPlan.Parse("generate:7:1000"), new[] { "administrator" }, () => DateTimeOffset.UnixEpoch);
        Assert.Equal(1000, a.ConversationCount);
        Assert.Equal(8, a.Users.Count);
        Assert.Equal(a.GetConversations("user_000003"), b.GetConversations("user_000003"));
        Assert.Equal(143, a.GetConversations("user_000001").Count);
    }

    [Fact]
    public void NoneSeed_HoldsOnlyTheAdmins()
    {
        ChatState state = EmulatorFamilies.NewState(SeedPlan.Parse("none"), new[] { "a1", "a2" }, () => DateTimeOffset.UnixEpoch);
        Assert.Equal(new[] { "a1", "a2" }, state.Users.Order());
        Assert.Equal(0, state.ConversationCount);
    }
}
