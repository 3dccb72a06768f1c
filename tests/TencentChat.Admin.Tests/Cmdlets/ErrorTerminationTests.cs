using System.Management.Automation;
using TencentChat.Admin.Client.Authentication;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Tests.Support;
using TencentChat.Emulator.Faults;

namespace TencentChat.Admin.Tests.Cmdlets;

/// <summary>
/// A failure that dooms every later item (credentials, permission, connection) is terminating: the pipeline stops
/// and the next item is never sent. A failure of one item is a non-terminating error whose TargetObject names the
/// item, and the next item goes on.
/// </summary>
public sealed class ErrorTerminationTests(SharedPowerShellScope shared) : IClassFixture<SharedPowerShellScope>
{
    // Two items each, so the second shows whether the pipeline went on; one account at a time, so whether the second
    // was ever sent is certain (ThrottleLimitTests and WriteFanOutTests cover accounts worked on concurrently).
    private const string TwoAccountsRead = "Get-ChatConversation user_0001, user_0003 -ThrottleLimit 1";
    private const string TwoAccountsWrite =
        "[pscustomobject]@{ Account = 'user_0001'; ConversationId = 'c2c_user_0002' }, [pscustomobject]@{ Account = 'user_0003'; ConversationId = 'c2c_user_0001' } |" +
        " Set-ChatConversationMark -Set Star -Confirm:$false -ThrottleLimit 1";

    public enum Failing { WrongKey, NotAnAdmin, ClosedPort, Disconnected }

    /// <summary>The session, the script, the error, and the HTTP attempts, all for the first item (4 = retried connect failures).</summary>
    public static TheoryData<Failing, string, string, ErrorCategory, int> SessionWideFailures => new()
    {
        { Failing.WrongKey, TwoAccountsRead, "UserSigKeyMismatch", ErrorCategory.AuthenticationError, 1 },
        { Failing.WrongKey, TwoAccountsWrite, "UserSigKeyMismatch", ErrorCategory.AuthenticationError, 1 },
        { Failing.NotAnAdmin, TwoAccountsRead, "AdminPermissionRequired", ErrorCategory.PermissionDenied, 1 },
        { Failing.NotAnAdmin, TwoAccountsWrite, "AdminPermissionRequired", ErrorCategory.PermissionDenied, 1 },
        { Failing.ClosedPort, TwoAccountsRead, "ConnectionFailed", ErrorCategory.ConnectionError, 4 },
        { Failing.ClosedPort, TwoAccountsWrite, "ConnectionFailed", ErrorCategory.ConnectionError, 4 },
        { Failing.Disconnected, TwoAccountsRead, "SessionClosed", ErrorCategory.InvalidOperation, 0 },
        { Failing.Disconnected, TwoAccountsWrite, "SessionClosed", ErrorCategory.InvalidOperation, 0 },
    };

    [Theory]
    [MemberData(nameof(SessionWideFailures))]
    public void A_session_wide_failure_is_terminating_and_the_next_item_is_never_sent(Failing failing, string script, string errorId, ErrorCategory category, int attempts)
    {
        var ps = shared.Reset();
        ChatSession session = ps.Emulator.OpenSession(failing switch
        {
            Failing.WrongKey => s => s.SecretKey = ChatSecretKey.FromString("a-key-of-another-app"),
            Failing.NotAnAdmin => s => s.Identifier = "user_0002",
            Failing.ClosedPort => s => s.Endpoint = CannedServer.ClosedPort(),
            _ => null,
        });
        if (failing == Failing.Disconnected)
            ps.Run("Disconnect-ChatAdmin -Session $failing", new Dictionary<string, object?> { ["failing"] = session }).ThrowIfFailed();

        var run = ps.Run(script + " -Session $failing", new Dictionary<string, object?> { ["failing"] = session });

        var record = run.TerminatingRecord;
        Assert.NotNull(record);
        Assert.StartsWith(errorId + ",", record!.FullyQualifiedErrorId);
        Assert.Equal(category, record.CategoryInfo.Category);
        Assert.Empty(run.Errors);
        Assert.Empty(run.Output);
        Assert.Equal(attempts, session.Requests);
    }

    /// <summary>The script, an injected fault (or None), the error, the failed items' targets, and an item after them that went through.</summary>
    public static TheoryData<string, FaultKind, string, ErrorCategory, string[], string?> ItemFailures => new()
    {
        { "Get-ChatConversation nobody, user_0001", FaultKind.None, "AccountNotFound", ErrorCategory.ObjectNotFound, new[] { "nobody" }, "user_0001 → c2c_user_0002" },
        {
            // A whole search request that fails targets each conversation asked about (a record with Found = $false).
            "'nobody', 'user_0001' | ForEach-Object { [pscustomobject]@{ Account = $_; ConversationId = 'c2c_user_0002' } } | Search-ChatContactGroup",
            FaultKind.None, "AccountNotFound", ErrorCategory.ObjectNotFound, new[] { "nobody → c2c_user_0002" }, "user_0001 → c2c_user_0002"
        },
        {
            "'nobody', 'user_0001' | ForEach-Object { [pscustomobject]@{ Account = $_; ConversationId = 'c2c_user_0002' } } | Remove-ChatConversation -Confirm:$false -PassThru",
            FaultKind.None, "AccountNotFound", ErrorCategory.ObjectNotFound, new[] { "c2c_user_0002 of nobody" }, "c2c_user_0002 of user_0001"
        },
        {
            "Set-ChatConversationMark user_0001 -ConversationId bogus, c2c_user_0002 -Set Star -Confirm:$false -PassThru",
            FaultKind.None, "InvalidConversationId", ErrorCategory.InvalidArgument, new[] { "bogus" }, "c2c_user_0002 of user_0001"
        },
        {
            // user_0004 is in no group: Tencent fails that item of the batch (50002) and does the rest.
            "Remove-ChatContactGroupMember user_0001 -ContactGroupName group_0002 -PeerAccount user_0004, user_0002 -Confirm:$false -PassThru",
            FaultKind.None, "InvalidParameter", ErrorCategory.InvalidArgument, new[] { "c2c_user_0004 of user_0001" }, "c2c_user_0002 of user_0001"
        },
        {
            "Get-ChatContactGroupMember user_0001 -ContactGroupName no_such_group, group_0001",
            FaultKind.None, "ContactGroupNotFound", ErrorCategory.ObjectNotFound, new[] { "no_such_group" }, "user_0001 → c2c_user_0003"
        },
        {
            // As Get-Item: a literal name that matches nothing is an error; a wildcard that matches nothing is not.
            "Get-ChatContactGroup user_0001 -Name no_such_group, 'nothing*', GROUP_0001",
            FaultKind.None, "ContactGroupNotFound", ErrorCategory.ObjectNotFound, new[] { "no_such_group" }, "group_0001 of user_0001"
        },
        // Server-side failures that outlast the retries fail the item that met them; the next account is still tried.
        { TwoAccountsRead, FaultKind.ServerError50004, "ServerError", ErrorCategory.ResourceUnavailable, new[] { "user_0001", "user_0003" }, null },
        { TwoAccountsRead, FaultKind.Http502, "HttpError", ErrorCategory.ResourceUnavailable, new[] { "user_0001", "user_0003" }, null },
        { TwoAccountsRead, FaultKind.Timeout50005, "ServerTimeout", ErrorCategory.OperationTimeout, new[] { "user_0001", "user_0003" }, null },
        { TwoAccountsRead, FaultKind.Throttle, "Throttled", ErrorCategory.LimitsExceeded, new[] { "user_0001", "user_0003" }, null },
    };

    [Theory]
    [MemberData(nameof(ItemFailures))]
    public void A_failure_of_one_item_is_non_terminating_and_the_next_item_goes_on(
        string script, FaultKind fault, string errorId, ErrorCategory category, string[] failedTargets, string? laterItem)
    {
        var ps = shared.Reset();
        if (fault != FaultKind.None)
            ps.Emulator.Host.Faults = new FaultSettings { Rates = new Dictionary<FaultKind, double> { [fault] = 1 } };

        var run = ps.Run(script);

        Assert.Null(run.Terminating);
        Assert.All(run.Errors, e =>
        {
            Assert.StartsWith(errorId + ",", e.FullyQualifiedErrorId);
            Assert.Equal(category, e.CategoryInfo.Category);
        });
        Assert.Equal(failedTargets, run.Errors.Select(e => e.TargetObject?.ToString()));
        if (laterItem != null)
            Assert.Contains(laterItem, run.Output.Select(o => o.BaseObject.ToString()));
    }
}
