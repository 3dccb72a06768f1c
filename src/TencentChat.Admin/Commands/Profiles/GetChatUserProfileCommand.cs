using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using TencentChat.Admin.Client.Batching;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Client.Profiles;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>Gets accounts' profiles: nickname, gender, birthday, avatar, friend-request setting and the other tags.</summary>
    /// <remarks>
    /// <para>
    /// Sends portrait_get 100 accounts per request, collected across pipeline objects, and writes one ChatUserProfile per
    /// account in input order. Without -Tag it asks for every standard tag: Nick, Gender, BirthDay, Location,
    /// SelfSignature, AllowType, Language, FaceUrl, MessageSettings, AdminForbidType, Level and Role. Choices read
    /// without Tencent's prefix (Male, NeedConfirm, SendOut). A tag the account never set is empty. Custom tags
    /// (Tag_Profile_Custom_*) are read only when named with -CustomTag, since Tencent has no "all custom tags"; they come
    /// back in Custom (a dictionary by keyword) and CustomJson (the same as JSON text, for CSV files).
    /// </para>
    /// <para>
    /// An account that does not exist is written as an AccountNotFound error whose target (a ChatUserProfile with the
    /// Account) pipes back; the others are written as usual. portrait_get allows 200 calls per second per app;
    /// -ThrottleLimit requests run at once, never faster than that.
    /// </para>
    /// </remarks>
    /// <example>
    /// <code>
    /// Get-ChatUserProfile -Account user_0001, user_0002
    /// </code>
    /// Shows the standard profile tags of two accounts.
    /// </example>
    /// <example>
    /// <code>
    /// Get-ChatUserProfile -Account user_0001 -Tag Nick, AllowType
    /// </code>
    /// Reads only the nickname and the friend-request setting.
    /// </example>
    /// <example>
    /// <code>
    /// Get-Content accounts.txt | Get-ChatUserProfile | Where-Object AllowType -eq 'DenyAny'
    /// </code>
    /// Finds the accounts of a file whose profile says nobody may add them as a friend.
    /// </example>
    /// <example>
    /// <code>
    /// Get-Content accounts.txt | Get-ChatUserProfile -CustomTag Test | Export-Csv profiles.csv -NoTypeInformation
    /// </code>
    /// Backs up the profiles of a file's accounts, with the custom tag Tag_Profile_Custom_Test, to a CSV file that
    /// Set-ChatUserProfile restores from.
    /// </example>
    /// <seealso cref="SetChatUserProfileCommand"/>
    [Cmdlet(VerbsCommon.Get, "ChatUserProfile")]
    [OutputType(typeof(ChatUserProfile))]
    public sealed class GetChatUserProfileCommand : ChatApiCmdlet
    {
        private IReadOnlyList<string> _tagList = new string[0];
        private KeyedBatcher<int, string>? _batches;

        /// <summary>
        /// The accounts' UserIDs: from the pipeline as strings or as objects with an Account, UserId (UserID), To_Account,
        /// From_Account or Member_Account property, the first one it has.
        /// Tab completes the UserIDs this session has already read conversations or groups of (no request lists an app's accounts).
        /// </summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("UserId", "To_Account", "From_Account", "Member_Account")]
        [AllowEmptyString]
        [AllowNull]
        [ArgumentCompleter(typeof(Infrastructure.Completion.AccountCompleter))]
        public object?[] Account { get; set; } = new object?[0];

        /// <summary>
        /// Only these tags: ChatUserProfile's property names (Nick, Gender, BirthDay, Location, SelfSignature, AllowType,
        /// Language, FaceUrl, MessageSettings, AdminForbidType, Level, Role) or Tencent's tag names. Default: all of them.
        /// </summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? Tag { get; set; }

        /// <summary>Custom tags to read as well, by keyword (Test for Tag_Profile_Custom_Test); they must be declared in the Chat console.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? CustomTag { get; set; }

        protected override string ProgressItemName => "profiles";

        protected override string ProgressJobName => "requests";

        protected override void Begin() => _tagList = ProfileQuery.TagList(Tag, CustomTag);

        protected override void Process()
        {
            _batches ??= FlushedAtEnd(KeyedBatcher<int, string>.Requests(ProfileQuery.MaxAccountsPerRequest, batch => Start(batch.Items)));
            _batches.Add(0, RequestedAccounts(Account, nameof(Account), "account"));
        }

        private void Start(IReadOnlyList<string> batch)
        {
            int? totalRequests = MyInvocation.ExpectingInput ? (int?)null
                : (Account.Length + ProfileQuery.MaxAccountsPerRequest - 1) / ProfileQuery.MaxAccountsPerRequest;
            StartInOrder("request", totalRequests, async (output, cancellationToken) =>
            {
                IReadOnlyList<ChatUserProfile> profiles =
                    await ProfileQuery.GetAsync(ActiveSession, batch, _tagList, Log, cancellationToken).ConfigureAwait(false);
                if (profiles.Select(p => p.Failure).FirstOrDefault(f => f != null && f.IsSessionWide) is { } sessionWide)
                    throw sessionWide;
                await output.DeliverAsync(profiles.Count, () =>
                {
                    foreach (ChatUserProfile profile in profiles)
                    {
                        if (profile.Failure != null) WriteItemError(profile.Failure, profile);
                        else WriteObject(profile);
                    }
                }).ConfigureAwait(false);
            });
        }
    }
}
