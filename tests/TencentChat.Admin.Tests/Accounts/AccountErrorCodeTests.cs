using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Admin.Tests.Accounts;

/// <summary>The account family's Tencent codes (account spec §4) in the catalogue: ErrorId, category, retry rule and advice.</summary>
public class AccountErrorCodeTests
{
    [Theory]
    [InlineData(70107, "AccountNotFound", ChatErrorKind.ObjectNotFound)]
    [InlineData(70398, "AccountLimitReached", ChatErrorKind.QuotaExceeded)]
    [InlineData(71000, "AccountDeletionNotAllowed", ChatErrorKind.PermissionDenied)]
    [InlineData(40601, "InvalidProfileValue", ChatErrorKind.InvalidArgument)]
    [InlineData(40005, "ContentRejected", ChatErrorKind.InvalidData)]
    [InlineData(70402, "InvalidParameter", ChatErrorKind.InvalidArgument)]
    [InlineData(70206, "InvalidParameter", ChatErrorKind.InvalidArgument)]
    [InlineData(90011, "InvalidParameter", ChatErrorKind.InvalidArgument)]
    [InlineData(70403, "AdminPermissionRequired", ChatErrorKind.PermissionDenied)]
    [InlineData(90009, "AdminPermissionRequired", ChatErrorKind.PermissionDenied)]
    [InlineData(90001, "InvalidRequest", ChatErrorKind.ProtocolError)]
    [InlineData(90003, "InvalidRequest", ChatErrorKind.ProtocolError)]
    public void Permanent_codes_are_never_retried(int code, string errorId, ChatErrorKind kind) =>
        AssertClassified(code, errorId, kind, RetryClass.Never);

    [Theory]
    [InlineData(70169, "ServerTimeout", ChatErrorKind.OperationTimeout)]
    [InlineData(70202, "ServerTimeout", ChatErrorKind.OperationTimeout)]
    [InlineData(30007, "ServerTimeout", ChatErrorKind.OperationTimeout)]
    [InlineData(90992, "ServerTimeout", ChatErrorKind.OperationTimeout)]
    [InlineData(70500, "ServerError", ChatErrorKind.ResourceUnavailable)]
    [InlineData(30006, "ServerError", ChatErrorKind.ResourceUnavailable)]
    [InlineData(30008, "ServerError", ChatErrorKind.ResourceUnavailable)]
    [InlineData(40006, "ServerError", ChatErrorKind.ResourceUnavailable)]
    [InlineData(90994, "ServerError", ChatErrorKind.ResourceUnavailable)]
    [InlineData(90995, "ServerError", ChatErrorKind.ResourceUnavailable)]
    [InlineData(91000, "ServerError", ChatErrorKind.ResourceUnavailable)]
    public void Internal_errors_and_timeouts_are_transient(int code, string errorId, ChatErrorKind kind) =>
        AssertClassified(code, errorId, kind, RetryClass.Transient);

    /// <summary>Remove-ChatAccount and Get-ChatOnlineStatus report a per-item 70107 as AccountNotFound targeting the account.</summary>
    [Fact]
    public void A_per_item_70107_is_an_AccountNotFound_error_targeting_the_account()
    {
        ChatApiException e = ChatErrorCatalog.Failure("account_delete", 70107, "Err_TLS_PT_Open_Login_Account_Not_Exist", null, "UserID_2");
        Assert.Equal(("AccountNotFound", ChatErrorKind.ObjectNotFound, (object?)"UserID_2"), (e.ErrorId, e.Kind, e.Target));
        Assert.Equal("account_delete failed for UserID_2 with Tencent error 70107: Err_TLS_PT_Open_Login_Account_Not_Exist.", e.Message);
    }

    /// <summary>70398 used to share PlanExpired, whose advice (a plan that expired) does not fit a cap on accounts.</summary>
    [Fact]
    public void The_account_cap_is_not_a_plan_expiry() =>
        Assert.DoesNotContain(70398, ChatErrorCatalog.Entries.Where(e => e.ErrorId == "PlanExpired").Select(e => e.Code));

    private static void AssertClassified(int code, string errorId, ChatErrorKind kind, RetryClass retry)
    {
        ChatErrorDefinition definition = ChatErrorCatalog.Lookup(code);
        Assert.Equal((errorId, kind, retry), (definition.ErrorId, definition.Kind, definition.Retry));
        Assert.False(string.IsNullOrWhiteSpace(definition.Advice));
    }
}
