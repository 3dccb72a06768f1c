using System.Text;
using TencentChat.Admin.Client.Errors;

namespace TencentChat.Admin.Client.Models
{
    /// <summary>Checks UserIDs before they are sent: Tencent UserIDs are at most 32 bytes of UTF-8.</summary>
    public static class AccountIds
    {
        public const int MaxBytes = 32;

        public static string Validate(string? account, string what = "account")
        {
            if (string.IsNullOrWhiteSpace(account))
                throw new ChatInputException("InvalidAccount", $"The {what} is empty.", account);
            if (Encoding.UTF8.GetByteCount(account) > MaxBytes)
                throw new ChatInputException("InvalidAccount",
                    $"The {what} '{account}' is {Encoding.UTF8.GetByteCount(account)} bytes long; Tencent UserIDs are at most {MaxBytes} bytes.", account);
            foreach (char c in account!)
                if (char.IsControl(c))
                    throw new ChatInputException("InvalidAccount", $"The {what} '{account}' contains control characters.", account);
            return account;
        }
    }
}
