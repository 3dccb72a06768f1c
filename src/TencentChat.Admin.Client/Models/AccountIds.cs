using System.Text;
using TencentChat.Admin.Client.Errors;

namespace TencentChat.Admin.Client.Models
{
    /// <summary>
    /// The one check of a UserID before it is sent, wherever it came from (a parameter, the pipeline, a CSV cell, an
    /// object's property): Tencent UserIDs are 1 to 32 bytes of UTF-8. Control characters (a CSV row broken across lines)
    /// and leading or trailing spaces (a padded cell) are refused too: Tencent would look up a different, unknown account.
    /// </summary>
    public static class AccountIds
    {
        public const int MaxBytes = 32;

        /// <summary>Returns <paramref name="account"/>, or throws <paramref name="errorId"/> naming <paramref name="what"/> and the value, briefly.</summary>
        public static string Validate(string? account, string what = "account", string errorId = "InvalidAccount")
        {
            if (string.IsNullOrWhiteSpace(account))
                throw new ChatInputException(errorId, $"The {what} is empty.", account);
            foreach (char c in account!)
                if (char.IsControl(c))
                    throw new ChatInputException(errorId, $"The {what} {InputEcho.Quote(account)} contains control characters.", account);
            if (account.Trim() != account)
                throw new ChatInputException(errorId, $"The {what} {InputEcho.Quote(account)} has leading or trailing spaces.", account);
            int bytes = Encoding.UTF8.GetByteCount(account);
            if (bytes > MaxBytes)
                throw new ChatInputException(errorId,
                    $"The {what} {InputEcho.Quote(account)} is {bytes} bytes long; Tencent UserIDs are at most {MaxBytes} bytes.", account);
            return account;
        }
    }
}
