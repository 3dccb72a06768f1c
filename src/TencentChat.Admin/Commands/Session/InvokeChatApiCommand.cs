using System.Management.Automation;
using TencentChat.Admin.Client.Api;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>Sends any Tencent Cloud Chat REST API command through the session and returns its answer.</summary>
    /// <remarks>
    /// <para>
    /// The escape hatch for commands the module does not wrap (yet), as Invoke-MgGraphRequest is for Microsoft Graph:
    /// the request goes through the session like every other cmdlet's, so it is signed with the session's UserSig, paced by
    /// the rate limit, retried and failed over to the backup domain as the module does, and a failure is an error with
    /// Tencent's ErrorCode and the module's ErrorId (about_TencentChat.Admin lists them). Secrets never show in the output,
    /// errors, -WhatIf text or logs.
    /// </para>
    /// <para>
    /// -Command is service/command (group_open_http_svc/get_group_info) or the whole path (v4/group_open_http_svc/get_group_info).
    /// A command the module knows keeps its documented rate (100/s for account_check, account_delete and
    /// multiaccount_import; 200/s for the others) and its retry rule. Any other command gets the standard 200/s in a window
    /// of its own and is never sent again when the outcome of an attempt is unknown (a timeout, a dropped connection, HTTP
    /// 5xx, Tencent's 50004/50005/70169/70500): the module cannot tell whether it writes, and a write sent twice could
    /// happen twice. It is still sent again when the request provably was not processed (throttled, not sent, UserSig renewed).
    /// </para>
    /// <para>
    /// -Body is a hashtable (nested hashtables, arrays, strings, numbers, $true/$false and $null; an [ordered] hashtable keeps
    /// its key order), an object with properties, or the JSON text of an object; without it the body is {}, which the API needs
    /// for a command without parameters. Bodies piped in are sent one call each. A body that is no JSON object stops that
    /// call with InvalidApiBody, a malformed -Command with InvalidApiCommand, and nothing is sent.
    /// </para>
    /// <para>
    /// It writes the answer without its envelope (ActionStatus, ErrorCode, ErrorInfo, ErrorDisplay) as a PSCustomObject, as
    /// ConvertFrom-Json would: objects become PSCustomObjects, arrays object[], whole numbers Int64; an answer that is only the
    /// envelope writes nothing. -Raw writes the whole answer's JSON text instead.
    /// </para>
    /// <para>
    /// Every call asks ShouldProcess, reads included: from a path and a body alone the module cannot tell whether a command
    /// writes, so -WhatIf shows the path and the body (secrets masked) and sends nothing, whatever the command. ConfirmImpact
    /// is Medium: it asks only with -Confirm or when $ConfirmPreference is Medium or lower.
    /// </para>
    /// </remarks>
    /// <example>
    /// <code>
    /// Invoke-ChatApi -Command recentcontact/get_list -Body @{From_Account = 'user_0001'; TimeStamp = 0; StartIndex = 0; TopTimeStamp = 0; TopStartIndex = 0; AssistFlags = 63} |
    ///     Select-Object -ExpandProperty SessionItem
    /// </code>
    /// Reads the first page of user_0001's conversation list straight from get_list and shows its items as Tencent sends
    /// them (Get-ChatConversation does the same with every page and typed output).
    /// </example>
    /// <example>
    /// <code>
    /// Invoke-ChatApi -Command openim/querystate -Body @{To_Account = @('user_0001', 'user_0002')} -Verbose
    /// </code>
    /// Calls a command the module does not wrap (the old name of query_online_status): it is paced at 200/s and not sent
    /// twice after a timeout. -Verbose reports the size of the answer and any retry.
    /// </example>
    /// <example>
    /// <code>
    /// Invoke-ChatApi v4/im_open_login_svc/account_check -Body '{"CheckItem":[{"UserID":"user_0001"},{"UserID":"nobody"}]}' -Raw
    /// </code>
    /// Sends a JSON text body and writes the whole answer, envelope included, as JSON text.
    /// </example>
    /// <example>
    /// <code>
    /// Invoke-ChatApi -Command group_open_http_svc/get_group_info -Body @{GroupIdList = @('@TGS#1B2AUI7RZ')} -WhatIf
    /// </code>
    /// Shows the request that would be sent (path and body) and sends nothing.
    /// </example>
    /// <seealso cref="ConnectChatAdminCommand"/>
    /// <seealso cref="GetChatConnectionCommand"/>
    [Cmdlet(VerbsLifecycle.Invoke, "ChatApi", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(PSObject), typeof(string))]
    public sealed class InvokeChatApiCommand : ChatApiCmdlet
    {
        /// <summary>The command: service/command (e.g. group_open_http_svc/get_group_info) or v4/service/command, spelled as Tencent's REST API list does.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [Alias("Path")]
        public string Command { get; set; } = string.Empty;

        /// <summary>
        /// The request body: a hashtable, an object with properties, or the JSON text of an object; {} when left out.
        /// Bodies piped in are sent one call each.
        /// </summary>
        [Parameter(Position = 1, ValueFromPipeline = true)]
        public object? Body { get; set; }

        /// <summary>Write the whole answer's JSON text (envelope included) instead of objects.</summary>
        [Parameter]
        public SwitchParameter Raw { get; set; }

        protected override void Process()
        {
            ChatApiRequest request = ChatApiRequest.Create(Command, ApiJson.ToTree(Body));
            if (!ShouldProcess(request.Command.Path, "POST " + request.DescribeBody(ActiveSession.Redactor)))
                return;
            ChatApiAnswer answer;
            try
            {
                answer = Await(ct => request.SendAsync(ActiveSession, Log, ct));
            }
            catch (ChatAdminException e)
            {
                WriteItemError(e, request.Command.Path);
                return;
            }
            if (Raw)
                WriteObject(answer.Json);
            else if (answer.Fields.Count > 0)
                WriteObject(ApiJson.ToObject(answer.Fields));
        }
    }
}
