using System;

namespace TencentChat.Admin.Client.Transport
{
    /// <summary>The base URI requests go to, and the backup domain to fail over to when the primary cannot be reached.</summary>
    internal sealed class ChatEndpoints
    {
        public ChatEndpoints(Uri primary, Uri? backup)
        {
            Primary = WithTrailingSlash(primary);
            Backup = backup == null ? null : WithTrailingSlash(backup);
        }

        public Uri Primary { get; }
        public Uri? Backup { get; }

        // new Uri(base, "v4/...") replaces the last path segment unless the base ends in '/'.
        private static Uri WithTrailingSlash(Uri uri) =>
            uri.AbsolutePath.EndsWith("/", StringComparison.Ordinal) ? uri : new Uri(uri.GetLeftPart(UriPartial.Path) + "/");
    }
}
