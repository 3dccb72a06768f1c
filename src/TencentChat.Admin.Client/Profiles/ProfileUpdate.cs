using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Client.Profiles.Wire;
using TencentChat.Admin.Client.Wire;

namespace TencentChat.Admin.Client.Profiles
{
    /// <summary>
    /// One account's portrait_set (profile spec §3.1), checked before anything is sent: <see cref="Prepare"/> refuses a
    /// value with the ErrorId Tencent's code would get (a choice outside its values, a Location over 16 bytes or a
    /// number that is not 0 to 4294967295: InvalidProfileTagValue, 40605/40610; text over 500 bytes: InvalidProfileValue,
    /// 40601; a custom tag outside the declared ones, when the caller knows them: UndeclaredCustomTag, 40009). One
    /// account per request, all its tags in one ProfileItem list; whether Tencent applies it all or nothing is UNCONFIRMED.
    /// </summary>
    public sealed class ProfileUpdate
    {
        private ProfileUpdate(ChatUserProfile profile, WireTag[] items)
        {
            Profile = profile;
            Items = items;
        }

        /// <summary>The account and the values this update sets; everything else stays null.</summary>
        public ChatUserProfile Profile { get; }

        internal WireTag[] Items { get; }

        /// <summary>The tags it sets, for prompts and logs.</summary>
        public string Describe() => string.Join(", ", Items.Select(i => i.Tag));

        /// <summary>
        /// The update of <paramref name="account"/>: <paramref name="fields"/> by ChatUserProfile property name (null or
        /// empty values are not sent: an empty CSV cell never blanks a tag), <paramref name="custom"/> by keyword (with or
        /// without Tag_Profile_Custom_). With <paramref name="declaredCustomTags"/> (keywords), any other custom tag is
        /// refused. Throws a <see cref="ChatInputException"/> targeting the account; NoProfileValues when nothing is left to send.
        /// </summary>
        public static ProfileUpdate Prepare(string? account, IReadOnlyDictionary<string, string?> fields, IEnumerable<KeyValuePair<string, string>>? custom,
            IReadOnlyCollection<string>? declaredCustomTags)
        {
            var profile = new ChatUserProfile { Account = account ?? string.Empty };
            try
            {
                AccountIds.Validate(account);
                var items = new List<WireTag>();
                foreach (ProfileTag tag in ProfileTags.Standard)
                {
                    if (!fields.TryGetValue(tag.Property, out string? value) || string.IsNullOrEmpty(value)) continue;
                    items.Add(Item(profile, tag, value!));
                }
                var customValues = new Dictionary<string, string>(StringComparer.Ordinal);
                HashSet<string>? declared = declaredCustomTags == null ? null
                    : new HashSet<string>(declaredCustomTags.Select(ProfileTags.CustomTag), StringComparer.Ordinal);
                foreach (var pair in custom ?? Enumerable.Empty<KeyValuePair<string, string>>())
                {
                    string tag = ProfileTags.CustomTag(pair.Key);
                    if (declared != null && !declared.Contains(tag))
                        throw new ChatInputException("UndeclaredCustomTag",
                            $"The custom tag {tag} is not among the declared ones ({(declared.Count == 0 ? "none" : string.Join(", ", declared))}).");
                    string value = pair.Value ?? string.Empty;
                    ProfileTags.CheckBytes(tag, value, ProfileTags.MaxTextBytes);
                    customValues[tag.Substring(ProfileTags.CustomPrefix.Length)] = value;
                    items.Add(WireTag.Text(tag, value));
                }
                if (customValues.Count > 0) profile.Custom = new ChatCustomValues(customValues);
                if (items.Count == 0)
                    throw new ChatInputException("NoProfileValues", $"Nothing to set for {InputEcho.Quote(account)}: give at least one profile value.");
                return new ProfileUpdate(profile, items.ToArray());
            }
            catch (ChatInputException e)
            {
                e.Target = profile;
                throw;
            }
        }

        private static WireTag Item(ChatUserProfile profile, ProfileTag tag, string value)
        {
            switch (tag.Kind)
            {
                case ProfileTagKind.Number:
                    if (!uint.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out uint number))
                        throw new ChatInputException("InvalidProfileTagValue",
                            $"{tag.Property} {InputEcho.Quote(value)} is not a whole number from 0 to {uint.MaxValue}.");
                    ProfileQuery.Set(profile, tag, (uint?)number);
                    return WireTag.Number(tag.Tag, number);
                case ProfileTagKind.Choice:
                    string wire = tag.Wire(value);
                    ProfileQuery.Set(profile, tag, tag.Short(wire));
                    return WireTag.Text(tag.Tag, wire);
                default:
                    ProfileTags.CheckBytes(tag.Property, value, tag.MaxBytes);
                    ProfileQuery.Set(profile, tag, value);
                    return WireTag.Text(tag.Tag, value);
            }
        }

        /// <summary>Sends the update; returns its profile, carrying the failure when Tencent refused it.</summary>
        public async Task<ChatUserProfile> SendAsync(ChatSession session, ChatLog log, CancellationToken cancellationToken)
        {
            try
            {
                await session.Transport.SendAsync<PortraitSetRequest, EnvelopeOnlyResponse>(ProfileCommands.PortraitSet,
                    new PortraitSetRequest { FromAccount = Profile.Account, ProfileItem = Items }, log, cancellationToken).ConfigureAwait(false);
                log.Verbose($"portrait_set {Profile.Account}: {Describe()}.");
            }
            catch (ChatApiException e) when (!e.IsSessionWide)
            {
                Profile.Failure = ChatErrorCatalog.Failure(e.Command, e.ErrorCode, e.ErrorInfo, e.ErrorDisplay, Profile);
            }
            return Profile;
        }
    }
}
