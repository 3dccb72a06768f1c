using System.Collections.Concurrent;
using System.Diagnostics;
using System.Management.Automation;
using System.Text.Json;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Tests.Support;
using TencentChat.Emulator.Faults;
using TencentChat.Emulator.Hosting;

namespace TencentChat.Admin.Tests.Cmdlets.Session;

/// <summary>Invoke-ChatApi in a real runspace against the emulator: through the session, as every other cmdlet's requests.</summary>
public sealed class InvokeChatApiTests(SharedPowerShellScope shared) : IClassFixture<SharedPowerShellScope>
{
    private const string GetListBody = "@{From_Account = 'user_0001'; TimeStamp = 0; StartIndex = 0; TopTimeStamp = 0; TopStartIndex = 0; AssistFlags = 63}";

    [Fact]
    public void Reads_a_conversation_list_through_the_session_as_objects_without_the_envelope()
    {
        var ps = shared.Reset();

        var run = ps.Run($"Invoke-ChatApi -Command recentcontact/get_list -Body {GetListBody}").ThrowIfFailed();

        PSObject page = Assert.Single(run.Output);
        Assert.DoesNotContain(page.Properties, p => p.Name is "ActionStatus" or "ErrorCode" or "ErrorInfo" or "ErrorDisplay");
        var items = Assert.IsType<object[]>(page.Properties["SessionItem"].Value);
        Assert.Equal(20, items.Length); // the emulator's page
        var first = Assert.IsType<PSObject>(items[0]);
        Assert.Equal(1L, first.Properties["Type"].Value);
        Assert.Equal(0L, page.Properties["CompleteFlag"].Value);
        Assert.Contains(items.Cast<PSObject>(), i => (string?)i.Properties["To_Account"]?.Value == "user_0002");
        Assert.Equal(1, ps.Emulator.Requests("get_list"));
    }

    [Theory]
    [InlineData("v4/recentcontact/get_list")]
    [InlineData("/v4/recentcontact/get_list")]
    public void Takes_the_whole_path_too(string command)
    {
        var ps = shared.Reset();

        ps.Run($"Invoke-ChatApi {command} {GetListBody}").ThrowIfFailed();

        Assert.Equal(1, ps.Emulator.Requests("get_list"));
    }

    [Fact]
    public void An_unknown_command_fails_with_the_catalogues_ErrorId_and_Tencents_code()
    {
        var ps = shared.Reset();
        long before = ps.Session.Requests;

        var run = ps.Run("Invoke-ChatApi -Command group_open_attr_http_svc/get_group_attr -Body @{GroupId = '@TGS#1B2AUI7RZ'}");

        // 60009 says no request on this path can work: session-wide, so the command ends.
        ErrorRecord record = Assert.IsType<ErrorRecord>(run.TerminatingRecord);
        Assert.Equal("WrongEndpoint,TencentChat.Admin.Commands.InvokeChatApiCommand", record.FullyQualifiedErrorId);
        var failure = Assert.IsType<ChatApiException>(record.Exception);
        Assert.Equal(60009, failure.ErrorCode);
        Assert.Equal("v4/group_open_attr_http_svc/get_group_attr", record.TargetObject);
        Assert.StartsWith("Check -Command", record.ErrorDetails.RecommendedAction);
        Assert.Equal(1, ps.Session.Requests - before);
    }

    [Fact]
    public void WhatIf_shows_the_path_and_body_and_sends_nothing()
    {
        var ps = shared.Reset();
        long before = ps.Session.Requests;

        var run = ps.Run("Invoke-ChatApi group_open_http_svc/get_group_info -Body @{GroupIdList = @('@TGS#1B2AUI7RZ')} -WhatIf").ThrowIfFailed();

        Assert.Empty(run.Output);
        string shown = Assert.Single(ps.Host.Shown);
        Assert.Contains("v4/group_open_http_svc/get_group_info", shown);
        Assert.Contains("{\"GroupIdList\":[\"@TGS#1B2AUI7RZ\"]}", shown);
        Assert.Equal(before, ps.Session.Requests);
        Assert.Equal(0, ps.Emulator.AllRequests);
    }

    [Fact]
    public void A_hashtable_body_becomes_the_same_JSON()
    {
        var ps = shared.Reset();

        ps.Run("Invoke-ChatApi a_svc/a_command -WhatIf -Body ([ordered]@{Nested = @{List = @(1, 2.5, $true, $null, 'x', @())}; None = $null; " +
               "Big = [long]::MaxValue; Huge = [uint64]::MaxValue; Off = $false; Kind = [System.DayOfWeek]::Monday; " +
               "Item = [pscustomobject]@{To_Account = 'user_0002'; Type = 1}})").ThrowIfFailed();

        Assert.Contains("{\"Nested\":{\"List\":[1,2.5,true,null,\"x\",[]]},\"None\":null,\"Big\":9223372036854775807,\"Huge\":18446744073709551615," +
                        "\"Off\":false,\"Kind\":1,\"Item\":{\"To_Account\":\"user_0002\",\"Type\":1}}", Assert.Single(ps.Host.Shown));
    }

    [Fact]
    public void Raw_writes_the_whole_answer_as_JSON_text()
    {
        var ps = shared.Reset();

        var run = ps.Run("""Invoke-ChatApi v4/im_open_login_svc/account_check -Body '{"CheckItem":[{"UserID":"user_0001"},{"UserID":"nobody"}]}' -Raw""")
            .ThrowIfFailed();

        using var answer = JsonDocument.Parse(Assert.IsType<string>(Assert.Single(run.Output).BaseObject));
        Assert.Equal(0, answer.RootElement.GetProperty("ErrorCode").GetInt32());
        Assert.Equal(2, answer.RootElement.GetProperty("ResultItem").GetArrayLength());
        Assert.Equal(1, ps.Emulator.Requests("account_check"));
    }

    [Fact]
    public void Piped_bodies_are_one_call_each()
    {
        var ps = shared.Reset();

        var run = ps.Run("@{CheckItem = @(@{UserID = 'user_0001'})}, [pscustomobject]@{CheckItem = @([pscustomobject]@{UserID = 'nobody'})} | " +
                         "Invoke-ChatApi im_open_login_svc/account_check").ThrowIfFailed();

        Assert.Equal(2, run.Output.Count);
        Assert.Equal(new[] { "user_0001", "nobody" },
            run.Output.Select(o => (string)((PSObject)((object[])o.Properties["ResultItem"].Value)[0]).Properties["UserID"].Value));
        Assert.Equal(2, ps.Emulator.Requests("account_check"));
    }

    [Theory]
    [InlineData("-Command https://adminapisgp.im.qcloud.com/v4/recentcontact/get_list", "InvalidApiCommand")]
    [InlineData("-Command get_list", "InvalidApiCommand")]
    [InlineData("-Command 'recentcontact/get_list?x=1'", "InvalidApiCommand")]
    [InlineData("recentcontact/get_list -Body 'From_Account=user_0001'", "InvalidApiBody")]
    [InlineData("recentcontact/get_list -Body '[1, 2]'", "InvalidApiBody")]
    [InlineData("recentcontact/get_list -Body 42", "InvalidApiBody")]
    [InlineData("recentcontact/get_list -Body @{From_Account = (Get-Date)}", "InvalidApiBody")]
    [InlineData("recentcontact/get_list -Body @{TimeStamp = [double]::NaN}", "InvalidApiBody")]
    [InlineData("recentcontact/get_list -Body $($h = @{}; $h.Self = $h; $h)", "InvalidApiBody")]
    [InlineData("recentcontact/get_list -Body $($a = [System.Collections.ArrayList]::new(); $null = $a.Add($a); @{List = $a})", "InvalidApiBody")]
    public void Bad_input_is_an_InvalidArgument_error_and_sends_nothing(string arguments, string errorId)
    {
        var ps = shared.Reset();
        long before = ps.Session.Requests;

        var run = ps.Run("Invoke-ChatApi " + arguments);

        Assert.Null(run.Terminating);
        ErrorRecord record = Assert.Single(run.Errors);
        Assert.Equal(errorId + ",TencentChat.Admin.Commands.InvokeChatApiCommand", record.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, record.CategoryInfo.Category);
        Assert.IsType<ChatInputException>(record.Exception);
        Assert.Equal(before, ps.Session.Requests);
    }

    [Fact]
    public void A_long_command_is_named_briefly_in_its_error()
    {
        var run = shared.Reset().Run("Invoke-ChatApi -Command ('recentcontact/' + 'x' * 5000 + '?')");

        ErrorRecord record = Assert.Single(run.Errors);
        Assert.StartsWith("InvalidApiCommand,", record.FullyQualifiedErrorId);
        Assert.True(record.Exception.Message.Length < 600, record.Exception.Message.Length.ToString());
    }

    /// <summary>
    /// openim/querystate (query_online_status's old name) is served by the emulator but declared by no family: after an
    /// attempt with an unknown outcome it is not sent again, where the known command is retried up to the session's 4 attempts.
    /// </summary>
    [Theory]
    [InlineData(FaultKind.Http502, "querystate", 1, "HttpError")]
    [InlineData(FaultKind.Timeout50005, "querystate", 1, "ServerTimeout")]
    [InlineData(FaultKind.Http502, "query_online_status", 4, "HttpError")]
    [InlineData(FaultKind.Timeout50005, "query_online_status", 4, "ServerTimeout")]
    public void An_unknown_command_is_not_sent_again_when_the_outcome_is_unknown(FaultKind fault, string command, int attempts, string errorId)
    {
        var ps = shared.Reset();
        ps.Emulator.Host.Faults = new FaultSettings { Rates = new Dictionary<FaultKind, double> { [fault] = 1 }, Commands = new[] { command } };

        var run = ps.Run($"Invoke-ChatApi openim/{command} -Body @{{To_Account = @('user_0001')}}");

        Assert.Null(run.Terminating);
        Assert.Equal(new[] { errorId }, run.ErrorIds);
        Assert.Equal(attempts, ps.Emulator.Requests(command));
    }

    [Fact]
    public async Task A_rate_limited_known_command_keeps_its_documented_window()
    {
        // The emulator holds account_check to its documented 100/s; the session's limit is the standard 200/s.
        await using var limited = await PowerShellScope.StartAsync(new EmulatorOptions { RateLimit = 200 });
        var session = limited.Emulator.OpenSession(s => s.RateLimitPerSecond = 200);
        var watch = Stopwatch.StartNew();

        var run = limited.Run("1..150 | ForEach-Object { @{CheckItem = @(@{UserID = 'user_0001'})} } | Invoke-ChatApi im_open_login_svc/account_check -Session $limitedSession",
            new Dictionary<string, object?> { ["limitedSession"] = session }).ThrowIfFailed();

        Assert.Equal(150, run.Output.Count);
        Assert.Equal(0, limited.Emulator.Host.Stats.Throttled);
        Assert.Equal(0, session.Throttled);
        // 100 in the first window, the other 50 in the next one.
        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(1), $"150 calls took {watch.Elapsed}");
    }

    [Fact]
    public async Task The_UserSig_never_shows_in_Verbose_Debug_WhatIf_or_output()
    {
        var queries = new ConcurrentQueue<string>();
        await using var ps = await PowerShellScope.StartAsync(new EmulatorOptions { RequestObserver = queries.Enqueue });
        ps.Run($"Invoke-ChatApi recentcontact/get_list {GetListBody}").ThrowIfFailed();
        string userSig = queries.Select(q => q.Split('&').Single(p => p.StartsWith("usersig=")).Substring("usersig=".Length)).First();

        var run = ps.Run($"Invoke-ChatApi recentcontact/get_list {GetListBody} -Verbose -Debug; Invoke-ChatApi recentcontact/get_list {GetListBody} -Raw -Debug; " +
                         "Invoke-ChatApi openim/querystate -Body @{Note = $sig} -WhatIf -Verbose -Debug; " +
                         "Invoke-ChatApi group_open_http_svc/get_group_info -Body @{Note = $sig} -Verbose -Debug",
            new Dictionary<string, object?> { ["sig"] = userSig });

        Assert.NotEmpty(run.Debug);
        Assert.Contains(ps.Host.Shown, s => s.Contains("v4/openim/querystate") && s.Contains("***"));
        var everything = run.Output.Select(o => o.ToString()).Concat(run.Verbose.Select(v => v.Message)).Concat(run.Debug.Select(d => d.Message))
            .Concat(ps.Host.Shown).Concat(run.Errors.Select(e => e.ToString() + e.ErrorDetails?.RecommendedAction))
            .Append(run.TerminatingRecord?.ToString() ?? "");
        Assert.All(everything, text => Assert.DoesNotContain(userSig, text));
    }
}
