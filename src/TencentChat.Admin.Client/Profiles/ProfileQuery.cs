using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Batching;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Client.Profiles.Wire;
using TencentChat.Admin.Client.Wire;

namespace TencentChat.Admin.Client.Profiles
{
    /// <summary>
    /// portrait_get (profile spec §3.2): the profiles of up to 100 accounts per request. An account Tencent answers with
    /// a ResultCode (40003: no such account) fails alone; the others come back. Tags never set are left out of the
    /// answer (UNCONFIRMED: they might come back defaulted) and stay null.
    /// </summary>
    public static class ProfileQuery
    {
        public const int MaxAccountsPerRequest = PortraitGetRequest.MaxItems;

        /// <summary>
        /// The tags to ask for: every standard tag when <paramref name="tags"/> is empty, else those it names (see
        /// <see cref="ProfileTags.Resolve"/>); then the custom tags of <paramref name="customTags"/> (keywords). Bad names
        /// throw InvalidProfileTag before anything is sent.
        /// </summary>
        public static IReadOnlyList<string> TagList(IEnumerable<string>? tags, IEnumerable<string>? customTags)
        {
            var list = new List<string>();
            var given = tags?.ToList() ?? new List<string>();
            list.AddRange(given.Count == 0 ? ProfileTags.Standard.Select(t => t.Tag) : given.Select(ProfileTags.Resolve));
            list.AddRange((customTags ?? Enumerable.Empty<string>()).Select(ProfileTags.CustomTag));
            return list.Distinct(StringComparer.Ordinal).ToList();
        }

        /// <summary>One profile per UserID, in request order, each carrying its failure when reading it failed.</summary>
        public static async Task<IReadOnlyList<ChatUserProfile>> GetAsync(ChatSession session, IReadOnlyList<string> userIds, IReadOnlyList<string> tagList,
            ChatLog log, CancellationToken cancellationToken)
        {
            BatchSize.Check(userIds, ProfileCommands.PortraitGet, "accounts");
            var profiles = userIds.Select(id => new ChatUserProfile { Account = id }).ToList();
            PortraitGetResponse response;
            try
            {
                response = await session.Transport.SendAsync<PortraitGetRequest, PortraitGetResponse>(ProfileCommands.PortraitGet,
                    new PortraitGetRequest { ToAccount = userIds.ToArray(), TagList = tagList.ToArray() }, log, cancellationToken).ConfigureAwait(false);
            }
            catch (ChatAdminException e)
            {
                foreach (var profile in profiles) profile.Failure = e;
                return profiles;
            }

            string command = ProfileCommands.PortraitGet.Name;
            // Matched by To_Account, not position: the doc shows request order but does not promise it.
            var answers = new Dictionary<string, Queue<WireUserProfile>>(StringComparer.Ordinal);
            foreach (var item in response.UserProfileItem ?? new WireUserProfile[0])
            {
                if (item.ToAccount == null) continue;
                if (!answers.TryGetValue(item.ToAccount, out var queue)) answers[item.ToAccount] = queue = new Queue<WireUserProfile>();
                queue.Enqueue(item);
            }
            foreach (var profile in profiles)
            {
                if (!answers.TryGetValue(profile.Account, out var queue) || queue.Count == 0)
                {
                    profile.Failure = new ChatProtocolException("MissingItemResult",
                        $"{command} succeeded but its answer has no result for {profile.Account}.") { Target = profile };
                    continue;
                }
                WireUserProfile answer = queue.Count > 1 ? queue.Dequeue() : queue.Peek();
                int code = answer.ResultCode ?? 0;
                if (code != 0)
                    profile.Failure = ChatErrorCatalog.Failure(command, code, session.Redactor.Redact(answer.ResultInfo ?? string.Empty), null, profile);
                else
                    Fill(profile, answer.ProfileItem);
            }
            log.Verbose($"portrait_get: {profiles.Count(p => p.Failure == null)} of {profiles.Count} read.");
            return profiles;
        }

        /// <summary>Sets the properties of <paramref name="profile"/> from the tags of the answer; unknown tags are ignored.</summary>
        internal static void Fill(ChatUserProfile profile, IEnumerable<WireTag>? items)
        {
            var custom = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (WireTag item in items ?? Enumerable.Empty<WireTag>())
            {
                if (item.Tag == null) continue;
                if (item.Tag.StartsWith(ProfileTags.CustomPrefix, StringComparison.Ordinal))
                {
                    if (item.AsText() is { } text) custom[item.Tag.Substring(ProfileTags.CustomPrefix.Length)] = text;
                    continue;
                }
                ProfileTag? tag = ProfileTags.FindTag(item.Tag);
                if (tag == null) continue;
                switch (tag.Kind)
                {
                    case ProfileTagKind.Number:
                        Set(profile, tag, item.AsNumber() is { } n && n <= uint.MaxValue ? (uint?)n : null);
                        break;
                    case ProfileTagKind.Choice:
                        Set(profile, tag, item.AsText() is { } choice ? tag.Short(choice) : null);
                        break;
                    default:
                        Set(profile, tag, item.AsText());
                        break;
                }
            }
            if (custom.Count > 0) profile.Custom = new ChatCustomValues(custom);
        }

        internal static void Set(ChatUserProfile profile, ProfileTag tag, object? value)
        {
            switch (tag.Property)
            {
                case "Nick": profile.Nick = (string?)value; break;
                case "Gender": profile.Gender = (string?)value; break;
                case "BirthDay": profile.BirthDay = (uint?)value; break;
                case "Location": profile.Location = (string?)value; break;
                case "SelfSignature": profile.SelfSignature = (string?)value; break;
                case "AllowType": profile.AllowType = (string?)value; break;
                case "Language": profile.Language = (uint?)value; break;
                case "FaceUrl": profile.FaceUrl = (string?)value; break;
                case "MessageSettings": profile.MessageSettings = (uint?)value; break;
                case "AdminForbidType": profile.AdminForbidType = (string?)value; break;
                case "Level": profile.Level = (uint?)value; break;
                case "Role": profile.Role = (uint?)value; break;
                default: throw new InvalidOperationException(string.Format(CultureInfo.InvariantCulture, "No property {0}.", tag.Property));
            }
        }
    }
}
