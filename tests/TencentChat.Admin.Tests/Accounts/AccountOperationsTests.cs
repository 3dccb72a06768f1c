using System.Text;
using TencentChat.Admin.Client.Accounts;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Tests.Support;
using TencentChat.Emulator.Accounts;
using TencentChat.Emulator.Conversations;
using TencentChat.Emulator.Hosting;

namespace TencentChat.Admin.Tests.Accounts;

/// <summary>The account family's operations over real loopback HTTP against the emulator (demo seed: user_0001..user_0012 exist).</summary>
public class AccountOperationsTests
{
    private static IReadOnlyList<ChatAccountChange> Accounts(params (string Id, string? Nick, string? Face)[] accounts) =>
        accounts.Select(a => AccountImport.Prepare(a.Id, a.Nick, a.Face)).ToList();

    [Fact]
    public async Task Import_sends_the_Accounts_form_for_bare_ids_and_imports_them()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();

        var changes = await AccountImport.ImportAsync(session, Accounts(("new_0001", null, null), ("new_0002", "", "")), TestSessions.Log(session), default);

        Assert.All(changes, c => Assert.True(c.Succeeded));
        Assert.Equal(new[] { "new_0001", "new_0002" }, changes.Select(c => c.UserId));
        Assert.Equal(1, emulator.Requests("multiaccount_import"));
        Assert.True(emulator.Host.State.UserExists("new_0002"));
        // An empty CSV cell is no value: nothing to set, so the plain form went and no profile was written.
        Assert.Null(changes[1].Nickname);
        Assert.Null(emulator.Host.State.GetAccount("new_0002")!.Nick);
    }

    [Fact]
    public async Task Import_sends_the_AccountList_form_when_an_account_has_a_profile_and_it_lands()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();

        await AccountImport.ImportAsync(session, Accounts(("new_0003", "Mei", "https://example.com/mei.png"), ("new_0004", null, null)),
            TestSessions.Log(session), default);

        var account = emulator.Host.State.GetAccount("new_0003")!;
        Assert.Equal("Mei", account.Nick);
        Assert.Equal("https://example.com/mei.png", account.FaceUrl);
        Assert.True(emulator.Host.State.UserExists("new_0004"));
    }

    [Fact]
    public async Task Import_reports_FailAccounts_as_AccountNotImported_per_account_with_the_account_as_target()
    {
        // The trial edition caps the app at 100 accounts, the demo seed's users and admin included.
        await using var emulator = await EmulatorFixture.StartAsync(new EmulatorOptions { Edition = EmulatorEdition.Trial });
        var session = emulator.OpenSession();
        int before = emulator.Host.State.AccountCount;
        var ids = Enumerable.Range(0, 100).Select(i => ("cap_" + i.ToString("D3"), (string?)null, (string?)null)).ToArray();

        var changes = await AccountImport.ImportAsync(session, Accounts(ids), TestSessions.Log(session), default);

        var failed = changes.Where(c => !c.Succeeded).ToList();
        Assert.Equal(before, failed.Count);
        Assert.Equal(100, emulator.Host.State.AccountCount);
        Assert.All(failed, c =>
        {
            var e = Assert.IsType<ChatApiException>(c.Failure);
            Assert.Equal("AccountNotImported", e.ErrorId);
            Assert.Same(c, e.Target);
        });
    }

    [Theory]
    [InlineData("0123456789012345678901234567890123", null, null, "InvalidAccount")]
    [InlineData("", null, null, "InvalidAccount")]
    [InlineData("ok", "n", null, null)]
    [InlineData("ok", null, "face", null)]
    public void Prepare_checks_the_UserID_locally(string id, string? nick, string? face, string? errorId)
    {
        if (errorId == null)
        {
            Assert.Equal(id, AccountImport.Prepare(id, nick, face).UserId);
            return;
        }
        var e = Assert.Throws<ChatInputException>(() => AccountImport.Prepare(id, nick, face));
        Assert.Equal(errorId, e.ErrorId);
        Assert.Equal(id, Assert.IsType<ChatAccountChange>(e.Target).UserId);
    }

    [Fact]
    public void Prepare_refuses_a_nickname_or_face_url_over_500_bytes_of_UTF8()
    {
        string nick = new('é', 251); // 502 bytes in 251 characters
        Assert.Equal(502, Encoding.UTF8.GetByteCount(nick));
        Assert.Equal("InvalidProfileValue", Assert.Throws<ChatInputException>(() => AccountImport.Prepare("ok", nick, null)).ErrorId);
        Assert.Equal("InvalidProfileValue", Assert.Throws<ChatInputException>(() => AccountImport.Prepare("ok", null, new string('x', 501))).ErrorId);
        Assert.Equal(500, AccountImport.Prepare("ok", new string('x', 500), null).Nickname!.Length);
    }

    [Fact]
    public async Task Check_answers_every_id_in_order_and_an_unknown_id_is_NotImported_not_an_error()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();

        var checks = await AccountCheck.CheckAsync(session, new[] { "user_0002", "nobody", "user_0001" }, TestSessions.Log(session), default);

        Assert.Equal(new[] { "user_0002", "nobody", "user_0001" }, checks.Select(c => c.UserId));
        Assert.Equal(new[] { true, false, true }, checks.Select(c => c.Imported));
        Assert.Equal(new[] { "Imported", "NotImported", "Imported" }, checks.Select(c => c.Status));
        Assert.All(checks, c => Assert.Null(c.Failure));
        Assert.Equal(1, emulator.Requests("account_check"));
    }

    [Fact]
    public async Task A_batch_over_the_request_limit_is_refused_before_sending()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        var ids = Enumerable.Range(0, 101).Select(i => "u" + i).ToList();

        var e = await Assert.ThrowsAsync<ChatInputException>(() => AccountCheck.CheckAsync(session, ids, TestSessions.Log(session), default));

        Assert.Equal("InvalidBatchSize", e.ErrorId);
        Assert.Contains("100 accounts", e.Message);
        Assert.Equal(0, emulator.AllRequests);
    }

    [Fact]
    public async Task Delete_answers_each_id_in_order_with_70107_for_a_missing_one_and_the_account_takes_its_conversations_along()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        Assert.NotEmpty(emulator.Host.State.GetConversations("user_0002"));

        var changes = await AccountDeletion.DeleteAsync(session, new[] { "user_0002", "nobody", "user_0003" }, TestSessions.Log(session), default);

        Assert.Equal(new[] { "user_0002", "nobody", "user_0003" }, changes.Select(c => c.UserId));
        Assert.Equal(new[] { true, false, true }, changes.Select(c => c.Succeeded));
        var missing = Assert.IsType<ChatApiException>(changes[1].Failure);
        Assert.Equal(("AccountNotFound", 70107), (missing.ErrorId, missing.ErrorCode));
        Assert.Same(changes[1], missing.Target);
        Assert.False(emulator.Host.State.UserExists("user_0002"));
        Assert.Empty(emulator.Host.State.GetConversations("user_0002"));
        Assert.Equal(1, emulator.Requests("account_delete"));
    }

    [Fact]
    public async Task Kick_succeeds_for_an_account_and_fails_with_AccountNotFound_for_a_missing_one()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();

        var kicked = await UserKick.KickAsync(session, "user_0001", TestSessions.Log(session), default);
        var missing = await UserKick.KickAsync(session, "nobody", TestSessions.Log(session), default);

        Assert.True(kicked.Succeeded);
        Assert.Equal(ChatAccountActions.Disconnect, kicked.Action);
        Assert.Equal("AccountNotFound", missing.Failure!.ErrorId);
        Assert.Equal(70107, missing.ResultCode);
        Assert.Equal(2, emulator.Requests("kick"));
    }

    [Fact]
    public async Task Online_status_reads_State_when_an_answer_has_no_Status_and_keeps_request_order()
    {
        // The English page's spelling (State) and an answer in another order than asked: both occur in Tencent's docs.
        await using var server = await CannedServer.JsonAsync("""
            {"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"",
             "QueryResult":[{"To_Account":"b","State":"PushOnline","Detail":[{"Platform":"IPhone","Status":"PushOnline"}]},
                            {"To_Account":"a","Status":"Online","State":"Offline"}],
             "ErrorList":[{"To_Account":"c","ErrorCode":70107}]}
            """);
        using var session = TestSessions.Open(server.BaseAddress);

        var statuses = await OnlineStatusQuery.QueryAsync(session, new[] { "a", "b", "c", "d" }, detail: true, TestSessions.Log(session), default);

        Assert.Equal(new[] { "a", "b", "c", "d" }, statuses.Select(s => s.UserId));
        Assert.Equal(new[] { "Online", "PushOnline", "", "" }, statuses.Select(s => s.Status));
        Assert.Equal("IPhone=PushOnline", statuses[1].Platforms.ToString());
        Assert.Equal("AccountNotFound", statuses[2].Failure!.ErrorId);
        Assert.Equal("MissingItemResult", statuses[3].Failure!.ErrorId);
        var request = Assert.Single(server.Requests);
        Assert.EndsWith("/v4/openim/query_online_status", request.Path);
        Assert.Contains("\"IsNeedDetail\":1", request.Body);
    }

    [Fact]
    public async Task A_request_failing_as_a_whole_fails_every_account_of_it_with_that_error()
    {
        await using var server = await CannedServer.JsonAsync(CannedServer.Failure(70403, "admin required"));
        using var session = TestSessions.Open(server.BaseAddress);

        var checks = await AccountCheck.CheckAsync(session, new[] { "a", "b" }, TestSessions.Log(session), default);
        var changes = await AccountDeletion.DeleteAsync(session, new[] { "a", "b" }, TestSessions.Log(session), default);

        Assert.All(checks, c => Assert.Equal("AdminPermissionRequired", c.Failure!.ErrorId));
        Assert.All(changes, c => Assert.Equal((false, 70403), (c.Succeeded, c.ResultCode)));
        Assert.Contains(server.Requests, r => r.Path.EndsWith("/v4/im_open_login_svc/account_check"));
    }
}
