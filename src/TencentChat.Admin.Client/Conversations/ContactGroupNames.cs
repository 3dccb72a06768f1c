using System.Collections.Generic;
using System.Text;
using TencentChat.Admin.Client.Conversations.Wire;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Admin.Client.Conversations
{
    /// <summary>Resolves ContactGroupId lists to names through a response's GroupItem dictionary, and checks names before they are sent.</summary>
    internal sealed class ContactGroupNames
    {
        /// <summary>
        /// GroupName on create is at most 32 bytes (spec §2.3). For rename the docs disagree (32 bytes in the older
        /// page, 64 in the 2026 one, spec §2.4, UNCONFIRMED); 32 is used for both, so a name accepted here is
        /// accepted by either server version, and a group never gets a name create would have refused.
        /// </summary>
        public const int MaxNameBytes = 32;

        public static string ValidateName(string? name, string what = "conversation group name")
        {
            if (string.IsNullOrEmpty(name))
                throw new ChatInputException("InvalidContactGroupName", $"The {what} is empty.", name);
            int bytes = Encoding.UTF8.GetByteCount(name);
            if (bytes > MaxNameBytes)
                throw new ChatInputException("InvalidContactGroupName",
                    $"The {what} '{name}' is {bytes} bytes of UTF-8; Tencent allows at most {MaxNameBytes}.", name);
            return name!;
        }

        /// <summary>The one way a missing conversation group is reported, whatever code the server used (or none, when a filter matched nothing).</summary>
        public static ChatInputException NotFound(string account, string name) =>
            new ChatInputException("ContactGroupNotFound", $"'{account}' has no conversation group named '{name}'.", name, ChatErrorKind.ObjectNotFound);

        private readonly Dictionary<int, string> _names = new Dictionary<int, string>();

        public ContactGroupNames(IEnumerable<WireGroupItem>? groups) => Add(groups);

        public bool IsEmpty => _names.Count == 0;

        /// <summary>The id of the group called <paramref name="name"/> (names are case-sensitive, as on the server).</summary>
        public bool TryGetId(string name, out int id)
        {
            foreach (var pair in _names)
                if (string.Equals(pair.Value, name, System.StringComparison.Ordinal)) { id = pair.Key; return true; }
            id = 0;
            return false;
        }

        public void Add(IEnumerable<WireGroupItem>? groups)
        {
            if (groups == null) return;
            foreach (var group in groups)
                if (group.GroupName != null) _names[group.GroupId] = group.GroupName;
        }

        public void Add(IEnumerable<ChatContactGroup> groups)
        {
            foreach (var group in groups)
                _names[group.ContactGroupId] = group.Name;
        }

        public bool Covers(IReadOnlyList<int>? ids)
        {
            if (ids == null) return true;
            // Indexed, not foreach: enumerating through the interface would allocate per conversation listed.
            for (int i = 0; i < ids.Count; i++)
                if (!_names.ContainsKey(ids[i])) return false;
            return true;
        }

        /// <summary>Names in id order; an id the dictionary lacks keeps its place as "#id" so the lists stay aligned.</summary>
        public ChatValueList<string> NamesOf(IReadOnlyList<int>? ids)
        {
            if (ids == null || ids.Count == 0) return ChatValueList<string>.Empty;
            var names = new string[ids.Count];
            for (int i = 0; i < ids.Count; i++)
                names[i] = _names.TryGetValue(ids[i], out var name) ? name : "#" + ids[i];
            return new ChatValueList<string>(names);
        }
    }
}
