using System;
using System.Collections.Generic;
using System.Linq;

namespace TencentChat.Admin.Client.Errors
{
    internal sealed class ChatErrorDefinition
    {
        public ChatErrorDefinition(string errorId, ChatErrorKind kind, RetryClass retry, string advice)
        {
            ErrorId = errorId;
            Kind = kind;
            Retry = retry;
            Advice = advice;
        }

        public string ErrorId { get; }
        public ChatErrorKind Kind { get; }
        public RetryClass Retry { get; }
        public string Advice { get; }
    }

    /// <summary>
    /// Tencent error codes (spec §1.5, §1.6) to stable ErrorIds. One ErrorId per family of codes that call for
    /// the same action, so scripts can catch e.g. every throttling code with one FullyQualifiedErrorId; the exact
    /// code stays on <see cref="ChatApiException.ErrorCode"/>. README's error table is generated from this list.
    /// </summary>
    public static class ChatErrorCatalog
    {
        private static readonly Dictionary<int, ChatErrorDefinition> ByCode = new Dictionary<int, ChatErrorDefinition>();

        internal static readonly ChatErrorDefinition Unknown =
            new ChatErrorDefinition("TencentError", ChatErrorKind.NotSpecified, RetryClass.Never, "Look the ErrorCode up in Tencent's error-code list.");

        internal static ChatErrorDefinition Lookup(int code) => ByCode.TryGetValue(code, out var d) ? d : Unknown;

        /// <summary>
        /// The RecommendedAction of every ErrorId the client raises (<see cref="ChatAdminException"/> takes it from here):
        /// a Tencent code's advice, or the module's own for the ErrorIds it raises itself. Null only for an unknown ErrorId.
        /// </summary>
        public static string? AdviceFor(string errorId) =>
            ModuleAdvice.TryGetValue(errorId, out string? advice) ? advice
            : errorId == Unknown.ErrorId ? Unknown.Advice
            : ByCode.Values.FirstOrDefault(d => d.ErrorId == errorId)?.Advice;

        // The ErrorIds the module raises itself (docs/errors.md, "Errors raised by the module"); those it shares with a
        // Tencent code (UserSigExpired) take that code's advice.
        private static readonly Dictionary<string, string> ModuleAdvice = new Dictionary<string, string>(System.StringComparer.Ordinal)
        {
            ["MissingSdkAppId"] = "Pass -SdkAppId, or set TENCENTCHAT_SDKAPPID.",
            ["MalformedSdkAppId"] = "Set -SdkAppId or TENCENTCHAT_SDKAPPID to the app's numeric SDKAppID from the Chat console.",
            ["InvalidIdentifier"] = "Pass the UserID of an App admin account as -Identifier, without leading or trailing spaces.",
            ["MissingCredentials"] = "Pass -SecretKey (Read-Host -AsSecureString), -Credential or -UserSig, or set TENCENTCHAT_SECRETKEY or TENCENTCHAT_USERSIG.",
            ["AmbiguousCredentials"] = "Give a secret key (-SecretKey or -Credential) or a ready-made -UserSig, not both.",
            ["EmptySecretKey"] = "Supply the app's secret key from the Chat console; an empty Read-Host answer is an empty key.",
            ["InvalidTimeout"] = "Use a timeout above Tencent's own 3 s (Connect-ChatAdmin -TimeoutSec takes 4 to 300).",
            ["InvalidRateLimit"] = "Use 0 to turn the client-side limit off, or a positive number of calls per second.",
            ["InvalidUserSigLifetime"] = "Use a longer lifetime: at least 30 s for a session, 1 s for New-ChatUserSig.",
            ["InvalidRegion"] = "Use one of -Region's values (tab completion lists them), or -Endpoint.",
            ["RegionAndEndpoint"] = "Give -Region or -Endpoint, not both.",
            ["RegionRequired"] = "Pass -Region (the data centre where the app was created) or -Endpoint, or set TENCENTCHAT_REGION or TENCENTCHAT_ENDPOINT.",
            ["InvalidEndpoint"] = "Give -Endpoint the API's base address: an absolute http(s) URI without query, fragment or /v4 path, e.g. http://127.0.0.1:5080 for the emulator.",
            ["InsecureEndpoint"] = "Use https for anything but this machine.",
            ["UserSigMismatch"] = "Make the UserSig for this -SdkAppId and -Identifier, or connect with -SecretKey.",
            ["InvalidUserSig"] = "Pass the UserSig text exactly as it was generated (a string or a SecureString), or connect with -SecretKey.",
            ["NoSecretKey"] = "Connect with -SecretKey or -Credential to sign or verify UserSigs.",
            ["SessionClosed"] = "Run Connect-ChatAdmin again, or pass another -Session.",
            ["InvalidGroupId"] = "Give the group chat's GroupId, 1 to 48 bytes without control characters or leading or trailing spaces; a custom GroupId for a new group is printable ASCII and does not start with @TGS# (a Community's starts with @TGS#_).",
            ["InvalidAccount"] = "Give UserIDs of 1 to 32 bytes of UTF-8 without control characters or leading or trailing spaces; if it came from a file, check that line or CSV row.",
            ["NoAccountProperty"] = "Pipe strings, or objects with one of the properties the message names (a CSV column of that name); rename a column with Select-Object @{n='UserID';e={$_.Column}}.",
            ["InvalidBatchSize"] = "Send 1 to the request's limit of items per call (search 300, mark 100, member update 100), or use the cmdlets, which batch.",
            ["ConnectionFailed"] = "Check the network, the proxy and -Endpoint (or -Region); the module has already retried.",
            ["RequestTimeout"] = "Try again later, or raise Connect-ChatAdmin -TimeoutSec; the module has already retried what was safe to repeat.",
            ["HttpError"] = "Tencent never answers with this HTTP status: check the proxy or load balancer in between, and that -Endpoint is the API's base address, without /v4.",
            ["NonJsonResponse"] = "Check -Endpoint and any proxy, firewall or captive portal in between: the answer was a web page, not the API.",
            ["EmptyResponse"] = "Try again; if it persists, check the proxy in between and -Endpoint.",
            ["InvalidResponse"] = "The answer did not have the documented shape: check any proxy in between; otherwise report it with the message.",
            ["InvalidApiCommand"] = "Give Invoke-ChatApi -Command as service/command (e.g. group_open_http_svc/get_group_info) or v4/service/command, as Tencent's REST API list spells it.",
            ["InvalidApiBody"] = "Give Invoke-ChatApi -Body as a hashtable (nested hashtables, arrays, strings, numbers, $true/$false, $null), an object with properties, or the JSON text of an object.",
            ["NonAdvancingCursor"] = "Try again later; if it persists, report it to Tencent with the account.",
            ["InvalidMsgBody"] = "Give -Text, or -MsgBody as a JSON array of elements ([{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"hi\"}}]) or an array of hashtables of that shape; a CSV's MsgBodyJson column is read as such an array.",
            ["MessageTooLarge"] = "Shorten the text or CloudCustomData, or send the content as several messages: one message is at most 12,288 bytes.",
        };

        /// <summary>
        /// The exception for Tencent error <paramref name="code"/>, for a whole request or, with <paramref name="target"/>,
        /// for one item of a batch (a per-item ResultCode gets the same type and ErrorId as a whole request failing with
        /// that code, so scripts catch both the same way); <paramref name="redactedInfo"/> and <paramref name="redactedDisplay"/>
        /// are already redacted. The advice is the exception's RecommendedAction, not part of the message.
        /// </summary>
        internal static ChatApiException Failure(string command, int code, string redactedInfo, string? redactedDisplay, object? target = null)
        {
            var definition = Lookup(code);
            string info = redactedInfo.Trim();
            // One shape for every cmdlet: the operation, the target, Tencent's code and text (or that it gave none, as
            // query_online_status's ErrorList never does), so the same code reads the same wherever it is met.
            string message = string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0} failed{1} with Tencent error {2}{3}",
                command, target == null ? string.Empty : " for " + target, code, info.Length > 0 ? ": " + info : " (Tencent gave no text)");
            return new ChatApiException(definition, command, code, redactedInfo, redactedDisplay, Sentence(message)) { Target = target };
        }

        /// <summary><paramref name="text"/> ending in exactly one full stop (Tencent's ErrorInfo sometimes brings its own).</summary>
        private static string Sentence(string text)
        {
            string trimmed = text.TrimEnd();
            return trimmed.EndsWith(".", System.StringComparison.Ordinal) || trimmed.EndsWith("?", System.StringComparison.Ordinal)
                || trimmed.EndsWith("!", System.StringComparison.Ordinal) ? trimmed : trimmed + ".";
        }

        /// <summary>Every code with its ErrorId, kind and advice, for documentation and tests.</summary>
        public static IEnumerable<(int Code, string ErrorId, ChatErrorKind Kind, bool Retried, string Advice)> Entries =>
            ByCode.OrderBy(p => p.Key).Select(p => (p.Key, p.Value.ErrorId, p.Value.Kind, p.Value.Retry != RetryClass.Never, p.Value.Advice));

        /// <summary>
        /// Adds a family's codes and ErrorIds (each family's *Errors.cs); called once per family at start-up by the client's
        /// composition root, before anything reads the catalogue.
        /// </summary>
        internal static void Register(Action<ChatErrorCodes> family) => family(Codes);

        private static readonly ChatErrorCodes Codes = Common();

        /// <summary>The codes every family can meet: the common conventions' codes (spec §1.5) and the module's own ErrorIds.</summary>
        private static ChatErrorCodes Common()
        {
            var codes = new ChatErrorCodes(ByCode, ModuleAdvice);
            codes.Add("AccountNotFound", ChatErrorKind.ObjectNotFound, RetryClass.Never,
                "Check the account's UserID; it must have been imported into this Chat app.", 50001, 70107);
            codes.Add("InvalidParameter", ChatErrorKind.InvalidArgument, RetryClass.Never,
                "The request was rejected as invalid; ErrorInfo names the field.", 50002, 60015, 70206, 70402);
            codes.Add("AdminPermissionRequired", ChatErrorKind.PermissionDenied, RetryClass.Never,
                "Connect with an App admin account as -Identifier (see the Chat console's admin list).", 50003, 60010, 70403);
            codes.Add("ServerError", ChatErrorKind.ResourceUnavailable, RetryClass.Transient,
                "A Tencent internal error persisted through the retries; try again later.", 50004, 60013, 70500);
            codes.Add("ServerTimeout", ChatErrorKind.OperationTimeout, RetryClass.Transient,
                "Tencent timed out internally through the retries; try again later.", 50005, 60008, 60014, 70169);
            codes.Add("InvalidRequest", ChatErrorKind.ProtocolError, RetryClass.Never,
                "The service could not parse the request body: if a proxy rewrites requests, check it; otherwise this is a module bug, please report it.", 60003);
            // The module builds every URL the same way, so an unknown path (60009), an unparsable URL (60002) or a URL without
            // sdkappid (60012) says the base address is wrong (e.g. -Endpoint with /v4), and every later request fails alike:
            // a connection error, which stops the command once instead of failing each account.
            codes.Add("WrongEndpoint", ChatErrorKind.ConnectionError, RetryClass.Never,
                "Check -Endpoint: it must be the API's base address (as for -Region, or the emulator's http://127.0.0.1:<port>), without /v4 or a command path; or connect with -Region.",
                60002, 60009, 60012);
            codes.Add("InvalidCredentials", ChatErrorKind.AuthenticationError, RetryClass.Never,
                "Check -SdkAppId, -Identifier and the secret key.", 60004, 60005, 70002, 70003, 70005, 70016);
            codes.Add("InvalidSdkAppId", ChatErrorKind.AuthenticationError, RetryClass.Never,
                "Check -SdkAppId, and that -Region is the data centre where the app was created.", 60006, 70020);
            codes.Add("Throttled", ChatErrorKind.LimitsExceeded, RetryClass.Throttled,
                "Tencent's frequency limit held through the retries; lower -RateLimit or run fewer jobs in parallel.", 60007, 60011, 60018, 60019);
            codes.Add("AppDisabled", ChatErrorKind.PermissionDenied, RetryClass.Never,
                "The app or this request type is disabled in the Chat console.", 60016, 60017);
            codes.Add("PlanExpired", ChatErrorKind.QuotaExceeded, RetryClass.Never,
                "The app's plan has expired or is not yet effective (a purchase takes about 5 minutes).", 60020);
            codes.Add("SourceIpNotAllowed", ChatErrorKind.PermissionDenied, RetryClass.Never,
                "This machine's IP address is not on the app's REST API allow-list.", 60021);
            codes.Add("UserSigExpired", ChatErrorKind.AuthenticationError, RetryClass.RenewUserSig,
                "Connect with -SecretKey or -Credential so the module renews signatures, or supply a fresh -UserSig.", 70001, 70052);
            codes.Add("UserSigKeyMismatch", ChatErrorKind.AuthenticationError, RetryClass.Never,
                "The secret key does not belong to this SDKAppID; copy both from the same app in the console.", 70009);
            codes.Add("UserSigIdentifierMismatch", ChatErrorKind.AuthenticationError, RetryClass.Never,
                "The UserSig was made for another identifier than -Identifier.", 70013);
            codes.Add("UserSigSdkAppIdMismatch", ChatErrorKind.AuthenticationError, RetryClass.Never,
                "The UserSig was made for another SDKAppID than -SdkAppId.", 70014);
            // 70050 asks for a pause of a minute, but only after the credentials are fixed, so it is not retried.
            codes.Add("TooManyFailedAttempts", ChatErrorKind.AuthenticationError, RetryClass.Never,
                "Too many failed signature checks; fix the credentials and wait a minute.", 70050);
            codes.Add("AccountRestricted", ChatErrorKind.SecurityError, RetryClass.Never,
                "The account is blacklisted or restricted for security reasons.", 70051, 70114);
            codes.Add("ContentRejected", ChatErrorKind.InvalidData, RetryClass.Never,
                "The text was rejected by the content-security filter or is too long.", 80001, 80002);

            return codes;
        }
    }
}
