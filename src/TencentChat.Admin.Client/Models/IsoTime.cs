using System;
using System.Globalization;

namespace TencentChat.Admin.Client.Models
{
    /// <summary>
    /// The text form of the output types' times: ISO 8601 in UTC to the second (2026-03-04T06:17:00Z). Export-Csv
    /// writes a DateTimeOffset in the current culture's order, which another culture misreads; this text is the same
    /// under every culture, sorts as text in time order, and [DateTimeOffset] reads it back. Tencent reports whole
    /// seconds, so nothing is cut off.
    /// </summary>
    internal static class IsoTime
    {
        public const string Format = "yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'";

        public static string? Of(DateTimeOffset? time) =>
            time?.ToUniversalTime().ToString(Format, CultureInfo.InvariantCulture);
    }
}
