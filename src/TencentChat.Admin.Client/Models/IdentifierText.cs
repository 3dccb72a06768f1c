using System.Text;
using TencentChat.Admin.Client.Errors;

namespace TencentChat.Admin.Client.Models
{
    /// <summary>
    /// What every kind of Tencent identifier (UserID, GroupId) is refused for before it is sent: empty, control characters
    /// (a CSV row broken across lines), leading or trailing spaces (a padded cell; Tencent would look up another, unknown
    /// id) or more bytes of UTF-8 than its kind allows. Each kind raises its own ErrorId with the reason given here.
    /// </summary>
    internal static class IdentifierText
    {
        /// <summary>Why <paramref name="id"/> cannot be sent, naming it briefly; null when it can.</summary>
        public static string? Problem(string? id, string what, int maxBytes, string kindPlural)
        {
            if (string.IsNullOrWhiteSpace(id))
                return $"The {what} is empty.";
            foreach (char c in id!)
                if (char.IsControl(c))
                    return $"The {what} {InputEcho.Quote(id)} contains control characters.";
            if (id.Trim() != id)
                return $"The {what} {InputEcho.Quote(id)} has leading or trailing spaces.";
            int bytes = Encoding.UTF8.GetByteCount(id);
            return bytes > maxBytes ? $"The {what} {InputEcho.Quote(id)} is {bytes} bytes long; {kindPlural} are at most {maxBytes} bytes." : null;
        }
    }
}
