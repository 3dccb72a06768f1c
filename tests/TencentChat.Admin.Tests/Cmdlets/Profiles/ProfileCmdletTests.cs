using System.Management.Automation;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Tests.Profiles;
using TencentChat.Admin.Tests.Support;
using TencentChat.Emulator.Hosting;

namespace TencentChat.Admin.Tests.Cmdlets.Profiles;

/// <summary>Get-ChatUserProfile and Set-ChatUserProfile in a real runspace against the emulator (demo seed: user_0001..user_0012).</summary>
public sealed class ProfileCmdletTests
{
    private static async Task<PowerShellScope> StartAsync()
    {
        var ps = await PowerShellScope.StartAsync(new EmulatorOptions { RateLimit = 200 }, settings => settings.RateLimitPerSecond = 200);
        await ProfileOperationsTests.DeclareAsync(ps.Emulator, """{"ProfileCustomTags":["Test"]}""");
        return ps;
    }

    [Fact]
    public async Task A_CSV_round_trip_of_250_profiles_with_every_standard_tag_and_a_custom_tag_is_exact_and_reads_in_3_requests()
    {
        await using var ps = await StartAsync();
        foreach (int i in Enumerable.Range(1, 250)) ps.Emulator.Host.State.AddUser($"p_{i:D4}");
        string csv = Path.Combine(Path.GetTempPath(), $"profiles-{Guid.NewGuid():N}.csv");
        try
        {
            ps.Run(""""
                $ids = foreach ($i in 1..250) { 'p_{0:D4}' -f $i }
                $ids | ForEach-Object { [pscustomobject]@{ Account = $_; Nick = "Nick $_ é;,""q"""; Gender = ('Male','Female','Unknown')[$_.Length % 3]; BirthDay = 20190419;
                    Location = '0086000100020003'; SelfSignature = "sig, $_"; AllowType = 'AllowAny'; Language = 7; FaceUrl = "https://example.com/$_.png";
                    MessageSettings = 1; AdminForbidType = 'SendOut'; Level = 3; Role = 4; CustomJson = '{"Test":"' + $_ + '"}' } } |
                    Set-ChatUserProfile -DeclaredCustomTag Test | Out-Null
                """").ThrowIfFailed();
            Assert.Equal(250, ps.Emulator.Requests("portrait_set"));

            var saved = ps.Run($"$ids = foreach ($i in 1..250) {{ 'p_{{0:D4}}' -f $i }}; $ids | Get-ChatUserProfile -CustomTag Test | Tee-Object -Variable p | Export-Csv '{csv}' -NoTypeInformation; $p")
                .ThrowIfFailed().Objects<ChatUserProfile>();
            Assert.Equal(3, ps.Emulator.Requests("portrait_get"));
            Assert.Equal(250, saved.Count);
            Assert.Equal("Nick p_0001 é;,\"q\"", saved[0].Nick);

            // Restore onto fresh accounts: delete and re-create them (the emulator drops the profile with the account).
            var state = ps.Emulator.Host.State;
            foreach (var profile in saved) state.ProfileOf(profile.Account)!.SetAll(new[] { KeyValuePair.Create("Tag_Profile_IM_Nick", (System.Text.Json.Nodes.JsonNode)"changed") });
            ps.Run($"Import-Csv '{csv}' | Set-ChatUserProfile -DeclaredCustomTag Test | Out-Null").ThrowIfFailed();
            var restored = ps.Run("$ids = foreach ($i in 1..250) { 'p_{0:D4}' -f $i }; $ids | Get-ChatUserProfile -CustomTag Test").ThrowIfFailed().Objects<ChatUserProfile>();
            Assert.Equal(saved.Select(Row), restored.Select(Row));
        }
        finally
        {
            File.Delete(csv);
        }
    }

    private static string Row(ChatUserProfile p) =>
        string.Join("|", p.Account, p.Nick, p.Gender, p.BirthDay, p.Location, p.SelfSignature, p.AllowType, p.Language, p.FaceUrl, p.MessageSettings,
            p.AdminForbidType, p.Level, p.Role, p.CustomJson);

    [Fact]
    public async Task An_unknown_account_writes_an_AccountNotFound_error_targeting_it_and_the_others_come_back()
    {
        await using var ps = await StartAsync();

        var run = ps.Run("'user_0001', 'nobody', 'user_0002' | Get-ChatUserProfile -Tag Nick");

        Assert.Equal(new[] { "user_0001", "user_0002" }, run.Objects<ChatUserProfile>().Select(p => p.Account));
        var error = Assert.Single(run.Errors);
        Assert.Equal("AccountNotFound,TencentChat.Admin.Commands.GetChatUserProfileCommand", error.FullyQualifiedErrorId);
        Assert.Equal("nobody", error.TargetObject.ToString());
        Assert.Equal(1, ps.Emulator.Requests("portrait_get"));
    }

    [Theory]
    [InlineData("Set-ChatUserProfile -Account user_0001 -Gender Other", "InvalidProfileTagValue")]
    [InlineData("Set-ChatUserProfile -Account user_0001 -Nick ('x' * 501)", "InvalidProfileValue")]
    [InlineData("Set-ChatUserProfile -Account user_0001 -Custom @{ Other = 'x' } -DeclaredCustomTag Test", "UndeclaredCustomTag")]
    [InlineData("[pscustomobject]@{ Account = 'user_0001'; CustomJson = 'not json' } | Set-ChatUserProfile", "InvalidCustomJson")]
    [InlineData("Get-ChatUserProfile -Account user_0001 -Tag Age", "InvalidProfileTag")]
    public async Task Bad_input_is_an_ErrorRecord_with_its_ErrorId_before_any_request(string script, string errorId)
    {
        await using var ps = await StartAsync();

        var run = ps.Run(script);

        Assert.Contains(errorId, run.ErrorIds.Concat(run.TerminatingRecord is { } t ? new[] { t.FullyQualifiedErrorId.Split(',')[0] } : Array.Empty<string>()));
        Assert.Equal(0, ps.Emulator.AllRequests);
    }

    [Fact]
    public async Task WhatIf_sends_nothing()
    {
        await using var ps = await StartAsync();

        ps.Run("Set-ChatUserProfile -Account user_0001, user_0002 -Nick x -WhatIf").ThrowIfFailed();

        Assert.Equal(0, ps.Emulator.AllRequests);
    }

    [Fact]
    public async Task CustomJson_binds_from_the_pipeline_but_Custom_does_not_and_only_the_values_a_row_carries_are_sent()
    {
        await using var ps = await StartAsync();

        var run = ps.Run("""
            [pscustomobject]@{ Account = 'user_0003'; Custom = @{ Test = 'ignored' }; CustomJson = '{"Test":"kept"}'; Nick = '' ; Level = '5' } | Set-ChatUserProfile
            """).ThrowIfFailed();

        var set = Assert.Single(run.Objects<ChatUserProfile>());
        Assert.Equal(("kept", (uint?)5, (string?)null), (set.Custom["Test"], set.Level, set.Nick));
        var profile = ps.Emulator.Host.State.ProfileOf("user_0003")!;
        Assert.Equal("kept", profile.Text("Tag_Profile_Custom_Test"));
        Assert.Null(profile.Get("Tag_Profile_IM_Nick"));
    }

    [Fact]
    public async Task A_refused_account_pipes_back_from_the_error_target()
    {
        await using var ps = await StartAsync();

        var run = ps.Run("""
            Set-ChatUserProfile -Account user_0004, nobody -Level 2 -ErrorVariable failed -ErrorAction SilentlyContinue | Out-Null
            $failed.TargetObject | ForEach-Object { $_.Account = 'user_0005'; $_ } | Set-ChatUserProfile
            """).ThrowIfFailed();

        Assert.Equal("user_0005", Assert.Single(run.Objects<ChatUserProfile>()).Account);
        Assert.Equal(3, ps.Emulator.Requests("portrait_set"));
    }
}
