using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Client.Profiles;
using TencentChat.Admin.Infrastructure;

namespace TencentChat.Admin.Commands
{
    /// <summary>Sets profile tags of accounts: nickname, gender, avatar, friend-request setting, custom tags and the rest.</summary>
    /// <remarks>
    /// <para>
    /// Sends portrait_set, one request per account (Tencent takes one account per call), up to -ThrottleLimit at once,
    /// each account's requests in input order. Values come from parameters, or by property name from ChatUserProfile
    /// objects and CSV rows, so <c>Import-Csv profiles.csv | Set-ChatUserProfile</c> restores what
    /// <c>Get-ChatUserProfile | Export-Csv profiles.csv</c> saved. Only the values a row carries are sent: an empty value
    /// or CSV cell is left out and never blanks a tag (a piped row with no value at all is skipped; parameters
    /// with none are a NoProfileValues error). Choices are given without Tencent's prefix (Male, NeedConfirm,
    /// SendOut), or with it. -Custom takes a hashtable of custom tags by keyword; CustomJson, the same as JSON text, binds
    /// from the pipeline (Custom itself does not: a CSV cell cannot hold a hashtable).
    /// </para>
    /// <para>
    /// Every value is checked before anything is sent: an unknown Gender, AllowType or AdminForbidType, a number outside
    /// 0 to 4294967295 or a Location over 16 bytes (InvalidProfileTagValue), a Nick, SelfSignature, FaceUrl or custom
    /// value over 500 bytes (InvalidProfileValue), and, with -DeclaredCustomTag, a custom tag not declared
    /// (UndeclaredCustomTag). A refused account is an error whose target (a ChatUserProfile with what was to be set)
    /// pipes back; each account set is written as a ChatUserProfile holding the values sent. The app admin may set
    /// AdminForbidType, which clients may not. ConfirmImpact is Medium: -WhatIf lists the accounts and sends nothing.
    /// </para>
    /// </remarks>
    /// <example>
    /// <code>
    /// Set-ChatUserProfile -Account user_0001 -Nick 'Mei Lin' -FaceUrl 'https://example.com/mei.png'
    /// </code>
    /// Fixes one account's nickname and avatar.
    /// </example>
    /// <example>
    /// <code>
    /// Set-ChatUserProfile -Account user_0001, user_0002 -AllowType NeedConfirm -Custom @{ Test = 'vip' }
    /// </code>
    /// Makes two accounts confirm friend requests and sets their custom tag Tag_Profile_Custom_Test.
    /// </example>
    /// <example>
    /// <code>
    /// Get-ChatUserProfile -Account user_0001, user_0002 -CustomTag Test | Export-Csv profiles.csv -NoTypeInformation
    /// Import-Csv profiles.csv | Set-ChatUserProfile -DeclaredCustomTag Test
    /// </code>
    /// Backs up two profiles to a CSV file and restores them from it, checking the custom tags against the declared one.
    /// </example>
    /// <example>
    /// <code>
    /// Set-ChatUserProfile -Account user_0001 -AdminForbidType SendOut -WhatIf
    /// </code>
    /// Shows what barring an account from sending friend requests would set, without setting it.
    /// </example>
    /// <seealso cref="GetChatUserProfileCommand"/>
    /// <seealso cref="NewChatAccountCommand"/>
    [Cmdlet(VerbsCommon.Set, "ChatUserProfile", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ChatUserProfile))]
    public sealed class SetChatUserProfileCommand : ChatApiCmdlet
    {
        /// <summary>
        /// The accounts to set, each getting the same values. From the pipeline as strings, or by property name: Account,
        /// UserId (UserID), To_Account or From_Account.
        /// Tab completes the UserIDs this session has already read conversations or groups of (no request lists an app's accounts).
        /// </summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("UserId", "To_Account", "From_Account")]
        [AllowEmptyString]
        [ArgumentCompleter(typeof(Infrastructure.Completion.AccountCompleter))]
        public string[] Account { get; set; } = new string[0];

        /// <summary>Tag_Profile_IM_Nick: the nickname, at most 500 bytes of UTF-8.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("Nickname")]
        public string? Nick { get; set; }

        /// <summary>Tag_Profile_IM_Gender: Unknown, Female or Male.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Gender { get; set; }

        /// <summary>Tag_Profile_IM_BirthDay: a whole number, suggested yyyymmdd (20190419).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? BirthDay { get; set; }

        /// <summary>Tag_Profile_IM_Location: at most 16 bytes, in the app's own coding.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Location { get; set; }

        /// <summary>Tag_Profile_IM_SelfSignature: at most 500 bytes.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? SelfSignature { get; set; }

        /// <summary>Tag_Profile_IM_AllowType: how friend requests to the account are handled: NeedConfirm, AllowAny or DenyAny.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? AllowType { get; set; }

        /// <summary>Tag_Profile_IM_Language: a whole number in the app's own coding.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Language { get; set; }

        /// <summary>Tag_Profile_IM_Image: the avatar URL, at most 500 bytes.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? FaceUrl { get; set; }

        /// <summary>Tag_Profile_IM_MsgSettings: a whole number; bit 0 set = the account refuses messages.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? MessageSettings { get; set; }

        /// <summary>Tag_Profile_IM_AdminForbidType: None, or SendOut to bar the account from sending friend requests.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? AdminForbidType { get; set; }

        /// <summary>Tag_Profile_IM_Level: a whole number in the app's own coding.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Level { get; set; }

        /// <summary>Tag_Profile_IM_Role: a whole number in the app's own coding.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Role { get; set; }

        /// <summary>Custom tags by keyword (@{ Test = 'vip' } sets Tag_Profile_Custom_Test); values are text, at most 500 bytes. Does not bind from the pipeline.</summary>
        [Parameter]
        [ValidateNotNull]
        public Hashtable? Custom { get; set; }

        /// <summary>Custom tags as JSON text, {"Test":"vip"}, as Get-ChatUserProfile writes it: the form a CSV cell carries. Merged with -Custom, which wins.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? CustomJson { get; set; }

        /// <summary>
        /// The custom tags the app declares (keywords), as the Chat console lists them: any other custom tag is refused
        /// before anything is sent (UndeclaredCustomTag). Without it, Tencent decides (40009).
        /// </summary>
        [Parameter]
        [AllowEmptyCollection]
        public string[]? DeclaredCustomTag { get; set; }

        protected override string ProgressItemName => "profiles";

        protected override void Process()
        {
            var fields = new Dictionary<string, string?>
            {
                ["Nick"] = Nick, ["Gender"] = Gender, ["BirthDay"] = BirthDay, ["Location"] = Location, ["SelfSignature"] = SelfSignature,
                ["AllowType"] = AllowType, ["Language"] = Language, ["FaceUrl"] = FaceUrl, ["MessageSettings"] = MessageSettings,
                ["AdminForbidType"] = AdminForbidType, ["Level"] = Level, ["Role"] = Role,
            };
            foreach (string account in Account)
            {
                ProfileUpdate update;
                try
                {
                    update = ProfileUpdate.Prepare(account, fields, CustomValues(account), DeclaredCustomTag);
                }
                catch (ChatInputException e) when (e.ErrorId == "NoProfileValues" && MyInvocation.ExpectingInput)
                {
                    // A backup row of an account whose profile was empty: nothing to restore, and nothing wrong.
                    WriteVerbose($"Nothing to set for {account}: the row carries no profile value.");
                    continue;
                }
                catch (ChatInputException e)
                {
                    WriteItemError(e, e.Target);
                    continue;
                }
                if (!ShouldProcessItem(account, "Set profile tags " + update.Describe(), update.Profile)) continue;
                QueueWrite(account, update.Profile, cancellationToken => update.SendAsync(ActiveSession, Log, cancellationToken), profile =>
                {
                    if (profile.Failure != null) WriteItemError(profile.Failure, profile);
                    else WriteObject(profile);
                });
            }
        }

        /// <summary>CustomJson's values, then -Custom's over them.</summary>
        private IEnumerable<KeyValuePair<string, string>> CustomValues(string account)
        {
            var values = new Dictionary<string, string>();
            try
            {
                foreach (var pair in ChatCustomValues.Parse(CustomJson)) values[pair.Key] = pair.Value;
            }
            catch (ChatInputException e)
            {
                e.Target = new ChatUserProfile { Account = account };
                throw;
            }
            if (Custom != null)
                foreach (DictionaryEntry entry in Custom)
                    values[System.Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty] =
                        System.Convert.ToString(entry.Value is PSObject wrapped ? wrapped.BaseObject : entry.Value, CultureInfo.InvariantCulture) ?? string.Empty;
            return values;
        }
    }
}
