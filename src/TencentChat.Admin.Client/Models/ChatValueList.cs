using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace TencentChat.Admin.Client.Models
{
    /// <summary>
    /// A read-only list property of an output object. Export-Csv writes a property's ToString(), which for an
    /// array is "System.Object[]"; this list writes "a;b" instead, while still enumerating in the pipeline.
    /// </summary>
    public sealed class ChatValueList<T> : ReadOnlyCollection<T>
    {
        public const string Separator = ";";

        public ChatValueList(IList<T> items) : base(items) { }

        public static ChatValueList<T> Empty { get; } = new ChatValueList<T>(new T[0]);

        public override string ToString() => string.Join(Separator, this);
    }
}
