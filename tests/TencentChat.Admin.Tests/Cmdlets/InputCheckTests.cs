using System.Management.Automation;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Tests.Support;

namespace TencentChat.Admin.Tests.Cmdlets;

/// <summary>
/// Issue 23, item 1: a malformed account or conversation id gets the module's own InvalidArgument error, whether it comes
/// from a parameter, the pipeline, a CSV cell or an object's property; nothing is sent for it, and the good items of the
/// same pipeline are written.
/// </summary>
public sealed class InputCheckTests
{
    private const string Mark = "Set-ChatConversationMark -Set Star -Confirm:$false -PassThru";

    private static string Row(string conversationId) => $"[pscustomobject]@{{ Account = 'user_0001'; ConversationId = {conversationId} }}";

    /// <summary>Case name: (the bad input, two good inputs, the command, its ErrorId, the API command).</summary>
    private static readonly Dictionary<string, (string Bad, string Good1, string Good2, string Command, string ErrorId, string Api)> Cases = new()
    {
        // An unterminated quote: the cell runs on into the next line.
        ["CSV row broken across lines"] = ("""
            (@'
            Account,ConversationId
            user_0001,"c2c_user_0003
            user_0001,c2c_user_0004"
            '@ | ConvertFrom-Csv)
            """, Row("'c2c_user_0002'"), Row("'c2c_user_0005'"), Mark, "InvalidConversationId", "mark_contact"),
        ["over-long conversation id"] = (Row("'c2c_' + ('x' * 5000)"), Row("'c2c_user_0002'"), Row("'c2c_user_0005'"), Mark, "InvalidConversationId", "mark_contact"),
        ["padded peer in a CSV cell"] = ("[pscustomobject]@{ Account = 'user_0001'; Peer_Account = ' user_0003 ' }",
            Row("'c2c_user_0002'"), Row("'c2c_user_0005'"), Mark, "InvalidAccount", "mark_contact"),
        ["empty line"] = ("''", "'user_0001'", "'user_0002'", "Test-ChatAccount", "InvalidAccount", "account_check"),
        ["padded UserID"] = ("' user_0001 '", "'user_0001'", "'user_0002'", "Test-ChatAccount", "InvalidAccount", "account_check"),
        ["empty UserID cell"] = ("[pscustomobject]@{ UserID = '' }", "'user_0001'", "'user_0002'", "Get-ChatOnlineStatus", "InvalidAccount", "query_online_status"),
        ["object without an account property"] = ("[pscustomobject]@{ Nothing = 'user_0002' }", "'user_0001'", "'user_0002'", "Test-ChatAccount", "NoAccountProperty", "account_check"),
        ["object without an account property, to a read"] = ("[pscustomobject]@{ Nothing = 'user_0002' }", "'user_0001'", "'user_0002'", "Get-ChatConversation | Group-Object Account | ForEach-Object Name", "NoAccountProperty", "get_list"),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task A_bad_input_is_one_InvalidArgument_error_nothing_is_sent_for_it_and_the_good_ones_are_written(string name)
    {
        var (bad, good1, good2, command, errorId, api) = Cases[name];
        await using var ps = await PowerShellScope.StartAsync();

        var alone = ps.Run($"{bad} | {command}");

        Assert.Null(alone.Terminating);
        var error = Assert.Single(alone.Errors);
        Assert.Equal(errorId, alone.ErrorIds.Single());
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Empty(alone.Output);
        Assert.Equal(0, ps.Emulator.Requests(api));

        var mixed = ps.Run($"@({good1}; {bad}; {good2}) | {command}");

        Assert.Null(mixed.Terminating);
        Assert.Equal(new[] { errorId }, mixed.ErrorIds);
        Assert.Equal(2, mixed.Output.Count);
    }

    [Fact]
    public async Task Tencents_To_Account_column_binds_the_account_cmdlets()
    {
        await using var ps = await PowerShellScope.StartAsync();

        var run = ps.Run("[pscustomobject]@{ To_Account = 'user_0002' } | Get-ChatOnlineStatus").ThrowIfFailed();

        Assert.Equal("user_0002", Assert.Single(run.Objects<ChatOnlineStatus>()).UserId);
    }

    [Fact]
    public async Task A_5000_character_UserID_is_named_briefly_with_its_line_break_escaped()
    {
        await using var ps = await PowerShellScope.StartAsync();

        var run = ps.Run("Test-ChatAccount -UserId (\"a`nb\" + 'x' * 5000)");

        var error = Assert.Single(run.Errors);
        Assert.Equal("InvalidAccount", run.ErrorIds.Single());
        Assert.True(error.Exception.Message.Length < 600, error.Exception.Message);
        Assert.Contains("'a\\nbxxx", error.Exception.Message);
        Assert.Contains("5,003 characters", error.Exception.Message);
        Assert.Equal(0, ps.Emulator.Requests("account_check"));
    }
}
