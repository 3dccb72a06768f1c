using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Commands;
using TencentChat.Admin.Infrastructure.Completion;
using TencentChat.Admin.Tests.Support;

namespace TencentChat.Admin.Tests.Cmdlets;

/// <summary>The argument completers, through TabExpansion2 in a real runspace as a user presses Tab.</summary>
public sealed class CompletionTests
{
    private const string GetContactGroup = "get_contact_group";

    private static List<string> Complete(PowerShellScope ps, string line)
    {
        var run = ps.Run("(TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches | ForEach-Object CompletionText",
            new Dictionary<string, object?> { ["line"] = line });
        run.ThrowIfFailed();
        return run.Output.Select(o => (string)o.BaseObject).ToList();
    }

    [Theory]
    [InlineData("Add-ChatContactGroupMember -Session $ChatTestSession -Account user_0001 -ContactGroupName ")]
    [InlineData("Remove-ChatContactGroupMember -Session $ChatTestSession -Account user_0001 -ContactGroupName ")]
    [InlineData("Get-ChatContactGroupMember -Session $ChatTestSession -Account user_0001 -ContactGroupName ")]
    [InlineData("Get-ChatContactGroup -Session $ChatTestSession -Account user_0001 -Name ")]
    [InlineData("Remove-ChatContactGroup -Session $ChatTestSession -Account user_0001 -Name ")]
    [InlineData("Rename-ChatContactGroup -Session $ChatTestSession user_0001 -Name ")]
    public async Task Group_names_complete_with_the_groups_of_the_account_on_the_command_line(string line)
    {
        await using var ps = await PowerShellScope.StartAsync();

        Assert.Equal(new[] { "group_0001", "group_0002" }, Complete(ps, line));
        Assert.Equal(1, ps.Emulator.Requests(GetContactGroup));
    }

    [Fact]
    public async Task Group_names_come_from_the_default_session_and_one_request_serves_repeated_tabs()
    {
        await using var ps = await PowerShellScope.StartAsync();
        ps.Run("Connect-ChatAdmin -SdkAppId $app -SecretKey (ConvertTo-SecureString $key -AsPlainText -Force) -Endpoint $endpoint",
            new Dictionary<string, object?>
            {
                ["app"] = ps.Emulator.Host.Options.SdkAppId,
                ["key"] = ps.Emulator.Host.Options.SecretKey,
                ["endpoint"] = ps.Emulator.Host.BaseAddress.ToString(),
            }).ThrowIfFailed();

        Assert.Equal(new[] { "group_0002" }, Complete(ps, "Add-ChatContactGroupMember -Account user_0001 -ContactGroupName group_0002"));
        Assert.Equal(new[] { "group_0001", "group_0002" }, Complete(ps, "Remove-ChatContactGroup -Account user_0001 -Name 'GROUP"));
        Assert.Empty(Complete(ps, "Remove-ChatContactGroup -Account user_0001 -Name nothing"));
        Assert.Equal(1, ps.Emulator.Requests(GetContactGroup));
    }

    [Theory]
    [InlineData("Add-ChatContactGroupMember -ContactGroupName ")]
    [InlineData("Add-ChatContactGroupMember -Account user_0001 -ContactGroupName ")]
    [InlineData("Remove-ChatContactGroup -Session $ChatTestSession -Name ")]
    public async Task Without_a_session_or_an_account_group_names_complete_nothing_and_send_nothing(string line)
    {
        // The scope's session is only a default parameter value, so "no -Session" here means no session at all.
        await using var ps = await PowerShellScope.StartAsync();

        Assert.Empty(Complete(ps, line));
        Assert.Equal(0, ps.Emulator.AllRequests);
    }

    [Fact]
    public async Task A_group_name_that_is_not_one_bare_word_completes_quoted()
    {
        await using var ps = await PowerShellScope.StartAsync();
        ps.Run("New-ChatContactGroup -Account user_0001 -Name \"VIP's list\" -PeerAccount user_0002").ThrowIfFailed();

        Assert.Equal(new[] { "'VIP''s list'" }, Complete(ps, "Remove-ChatContactGroup -Session $ChatTestSession -Account user_0001 -Name V"));
    }

    [Fact]
    public async Task Mark_names_complete_for_Set_and_Clear_without_a_request()
    {
        await using var ps = await PowerShellScope.StartAsync();

        var all = Complete(ps, "Set-ChatConversationMark -Account user_0001 -PeerAccount user_0002 -Set ");
        Assert.Equal(new[] { "Star", "Unread", "Fold", "Hide" }.Concat(Enumerable.Range(32, 32).Select(bit => "App" + bit)), all);
        Assert.Equal(new[] { "Star" }, Complete(ps, "Set-ChatConversationMark -Account user_0001 -PeerAccount user_0002 -Set Hide, st"));
        Assert.Equal(new[] { "App60", "App61", "App62", "App63" },
            Complete(ps, "Set-ChatConversationMark -Account user_0001 -PeerAccount user_0002 -Clear app6"));
        Assert.Equal(0, ps.Emulator.AllRequests);
    }

    /// <summary>A mark named once in -Set or -Clear is not offered again: it cannot be set twice, or set and cleared.</summary>
    [Theory]
    [InlineData("-Set Star,", "Star")]
    [InlineData("-Set Star, Hide,", "Star;Hide")]
    [InlineData("-Set:Star,", "Star")]
    [InlineData("-Set Star -Clear ", "Star")]
    [InlineData("-Clear Unread -Set ", "Unread")]
    public async Task Marks_already_given_are_not_offered_again(string typed, string given)
    {
        await using var ps = await PowerShellScope.StartAsync();

        var offered = Complete(ps, "Set-ChatConversationMark -Account user_0001 -PeerAccount user_0002 " + typed);

        Assert.Equal(StandardMarks.KnownNames.Count() - given.Split(';').Length, offered.Count);
        Assert.All(given.Split(';'), mark => Assert.DoesNotContain(mark, offered));
        Assert.Equal(new[] { "Hide" }, Complete(ps, "Set-ChatConversationMark -Account user_0001 -PeerAccount user_0002 -Set Star,Hide"));
    }

    /// <summary>A new name is one the user does not have yet: -NewName offers no existing names, and asks the server nothing.</summary>
    [Fact]
    public async Task NewName_completes_nothing()
    {
        await using var ps = await PowerShellScope.StartAsync();

        var offered = Complete(ps, "Rename-ChatContactGroup -Session $ChatTestSession -Account user_0001 -Name group_0001 -NewName group");

        Assert.DoesNotContain("group_0001", offered);
        Assert.DoesNotContain("group_0002", offered);
        Assert.Equal(0, ps.Emulator.Requests(GetContactGroup));
    }

    [Fact]
    public async Task The_cache_is_per_account_and_expires_after_its_lifetime()
    {
        // Starts at the real time: the emulator checks the UserSig the session signs with this clock.
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession(s => s.Clock = clock.Now);

        Assert.Equal(new[] { "group_0001", "group_0002" }, ContactGroupNameCache.GroupNames(session, "user_0001"));
        Assert.Empty(ContactGroupNameCache.GroupNames(session, "user_0002"));
        Assert.Equal(2, emulator.Requests(GetContactGroup));

        clock.Advance(AccountCompletionCache.Lifetime - TimeSpan.FromSeconds(1));
        ContactGroupNameCache.GroupNames(session, "user_0001");
        Assert.Equal(2, emulator.Requests(GetContactGroup));

        clock.Advance(TimeSpan.FromSeconds(1));
        ContactGroupNameCache.GroupNames(session, "user_0001");
        Assert.Equal(3, emulator.Requests(GetContactGroup));
    }

    [Fact]
    public async Task A_failed_lookup_completes_nothing_and_is_not_retried_on_every_tab()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();

        Assert.Empty(ContactGroupNameCache.GroupNames(session, "no_such_user"));
        Assert.Empty(ContactGroupNameCache.GroupNames(session, "no_such_user"));
        Assert.Equal(1, emulator.Requests(GetContactGroup));
    }
    [Theory]
    [InlineData("Set-ChatConversationMark -Session $ChatTestSession -Account user_0001 -PeerAccount user_000")]
    [InlineData("Remove-ChatConversation -Session $ChatTestSession user_0001 -PeerAccount user_000")]
    [InlineData("New-ChatContactGroup -Session $ChatTestSession -Account user_0001 -Name vip -PeerAccount user_000")]
    public async Task PeerAccount_completes_the_C2C_peers_of_the_account_on_the_command_line_from_one_get_list(string line)
    {
        await using var ps = await PowerShellScope.StartAsync();

        var offered = Complete(ps, line);
        Complete(ps, line);

        // The demo seed's first page of user_0001: C2C conversations with user_0002 ... user_0012, no group chats.
        Assert.Contains("user_0002", offered);
        Assert.Contains("user_0003", offered);
        Assert.All(offered, peer => Assert.StartsWith("user_", peer));
        Assert.Equal(offered.Distinct().Count(), offered.Count);
        Assert.Equal(1, ps.Emulator.Requests("get_list"));
        Assert.Equal(1, ps.Emulator.AllRequests);
    }

    /// <summary>A file named like a UserID in the current folder: PowerShell's path completion would offer it.</summary>
    [Theory]
    [InlineData("Set-ChatConversationMark -Session $ChatTestSession -PeerAccount user_")]
    [InlineData("Set-ChatConversationMark -Session $closed -Account user_0001 -PeerAccount user_")]
    [InlineData("Test-ChatAccount -Session $closed -UserId user_")]
    [InlineData("Get-ChatConversation -Account user_")]
    [InlineData("New-ChatUserSig -UserId user_")]
    public async Task Account_parameters_without_an_account_a_session_or_anything_seen_complete_nothing_not_file_names(string line)
    {
        await using var ps = await PowerShellScope.StartAsync();
        string folder = Directory.CreateTempSubdirectory("tencentchat-completion-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "user_0002.txt"), "");
            ps.Run("Set-Location -LiteralPath $folder; $closed = $ChatTestSession2; $closed.Dispose()",
                new Dictionary<string, object?> { ["folder"] = folder, ["ChatTestSession2"] = ps.Emulator.OpenSession() }).ThrowIfFailed();
            Assert.Contains("./user_0002.txt", Complete(ps, "Get-Item user_").Select(p => p.Replace('\\', '/')));

            Assert.Empty(Complete(ps, line));
            Assert.Equal(0, ps.Emulator.AllRequests);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Account_and_UserId_complete_the_accounts_the_session_has_read_without_a_request()
    {
        await using var ps = await PowerShellScope.StartAsync();
        Assert.Empty(Complete(ps, "Test-ChatAccount -Session $ChatTestSession -UserId "));

        ps.Run("Get-ChatConversation -Account user_0001, user_0005 | Out-Null; Get-ChatConversation -Account no_such_user -ErrorAction SilentlyContinue")
            .ThrowIfFailed();
        long requests = ps.Emulator.AllRequests;

        Assert.Equal(new[] { "user_0001", "user_0005" }, Complete(ps, "Test-ChatAccount -Session $ChatTestSession -UserId "));
        Assert.Equal(new[] { "user_0005" }, Complete(ps, "Get-ChatContactGroup -Session $ChatTestSession -Account user_0005"));
        Assert.Equal(requests, ps.Emulator.AllRequests);

        // Peers read for -PeerAccount completion have been seen too.
        Complete(ps, "Set-ChatConversationMark -Session $ChatTestSession -Account user_0001 -PeerAccount ");
        Assert.Contains("user_0012", Complete(ps, "Remove-ChatAccount -Session $ChatTestSession -UserId user_001"));
    }
}
