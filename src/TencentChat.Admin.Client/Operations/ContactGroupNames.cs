using System.Collections.Generic;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Client.Wire;

namespace TencentChat.Admin.Client.Operations
{
    /// <summary>Resolves ContactGroupId lists to names through a response's GroupItem dictionary.</summary>
    internal sealed class ContactGroupNames
    {
        private readonly Dictionary<int, string> _names = new Dictionary<int, string>();

        public ContactGroupNames(IEnumerable<WireGroupItem>? groups) => Add(groups);

        public bool IsEmpty => _names.Count == 0;

        public void Add(IEnumerable<WireGroupItem>? groups)
        {
            if (groups == null) return;
            foreach (var group in groups)
                if (group.GroupName != null) _names[group.GroupId] = group.GroupName;
        }

        public bool Covers(int[]? ids)
        {
            if (ids == null) return true;
            foreach (int id in ids)
                if (!_names.ContainsKey(id)) return false;
            return true;
        }

        /// <summary>Names in id order; an id the dictionary lacks keeps its place as "#id" so the lists stay aligned.</summary>
        public ChatValueList<string> NamesOf(int[]? ids)
        {
            if (ids == null || ids.Length == 0) return ChatValueList<string>.Empty;
            var names = new string[ids.Length];
            for (int i = 0; i < ids.Length; i++)
                names[i] = _names.TryGetValue(ids[i], out var name) ? name : "#" + ids[i];
            return new ChatValueList<string>(names);
        }

        public static ChatValueList<int> Ids(int[]? ids) =>
            ids == null || ids.Length == 0 ? ChatValueList<int>.Empty : new ChatValueList<int>(ids);
    }
}
