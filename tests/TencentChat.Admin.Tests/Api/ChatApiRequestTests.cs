using TencentChat.Admin.Client.Api;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Transport;
using TencentChat.Admin.Tests.Support;

namespace TencentChat.Admin.Tests.Api;

/// <summary>ChatApiRequest over loopback HTTP against the emulator: which command it sends, with which rules, and the answer.</summary>
public class ChatApiRequestTests
{
    [Fact]
    public void A_known_command_is_the_registrys_own_with_its_rate_and_retry_rule()
    {
        var request = ChatApiRequest.Create("im_open_login_svc/account_delete", null);

        Assert.True(request.IsKnown);
        Assert.Same(ChatCommands.Find("v4/im_open_login_svc/account_delete"), request.Command);
        Assert.Equal(100, request.Command.DocumentedRatePerSecond);
        Assert.Equal("{}", request.DescribeBody(new Redactor()));
    }

    [Theory]
    [InlineData("group_open_attr_http_svc/get_group_attr")]
    [InlineData("v4/group_open_attr_http_svc/get_group_attr")]
    [InlineData(" /v4/group_open_attr_http_svc/get_group_attr ")]
    public void An_unknown_command_gets_the_standard_rate_and_is_never_retried_on_an_unknown_outcome(string command)
    {
        var request = ChatApiRequest.Create(command, "{\"GroupIdList\": [\"@TGS#1\"]}");

        Assert.False(request.IsKnown);
        Assert.Equal("v4/group_open_attr_http_svc/get_group_attr", request.Command.Path);
        Assert.Equal(ChatCommand.StandardRatePerSecond, request.Command.DocumentedRatePerSecond);
        Assert.False(request.Command.RetryWhenOutcomeUnknown);
        Assert.Equal("{\"GroupIdList\": [\"@TGS#1\"]}", request.DescribeBody(new Redactor()));
    }

    [Fact]
    public async Task The_answer_is_the_whole_JSON_and_its_fields_without_the_envelope()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();

        ChatApiAnswer answer = await ChatApiRequest.Create("openim/querystate", new Dictionary<string, object?> { ["To_Account"] = new[] { "user_0001" } })
            .SendAsync(session, TestSessions.Log(session), CancellationToken.None);

        Assert.Contains("\"ErrorCode\":0", answer.Json);
        Assert.Equal(new[] { "QueryResult" }, answer.Fields.Select(f => f.Key).Where(k => k != "ErrorList"));
        Assert.Equal(1, emulator.Requests("querystate"));
    }

    [Fact]
    public void A_secret_in_the_body_is_masked_when_the_body_is_shown()
    {
        var redactor = new Redactor();
        redactor.Register("my-very-secret-value");

        var request = ChatApiRequest.Create("a/b", "{\"Note\":\"my-very-secret-value\"}");

        Assert.Equal("{\"Note\":\"***\"}", request.DescribeBody(redactor));
    }

    [Fact]
    public void A_body_referring_to_itself_is_refused_not_a_stack_overflow()
    {
        var body = new Dictionary<string, object?>();
        body["Self"] = body;

        var failure = Assert.Throws<ChatInputException>(() => ChatApiRequest.Create("a/b", body));

        Assert.Equal("InvalidApiBody", failure.ErrorId);
    }
}
