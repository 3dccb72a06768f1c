using TencentChat.Admin.Client.Errors;

namespace TencentChat.Admin.Client.Models
{
    /// <summary>
    /// The one check of a UserID before it is sent, wherever it came from (a parameter, the pipeline, a CSV cell, an
    /// object's property): Tencent UserIDs are 1 to 32 bytes of UTF-8, held to <see cref="IdentifierText"/>.
    /// </summary>
    public static class AccountIds
    {
        public const int MaxBytes = 32;

        /// <summary>Returns <paramref name="account"/>, or throws InvalidAccount naming <paramref name="what"/> and the value, briefly.</summary>
        public static string Validate(string? account, string what = "account") =>
            Problem(account, what) is { } problem ? throw new ChatInputException("InvalidAccount", problem, account) : account!;

        /// <summary>Connect-ChatAdmin's admin identifier is a UserID too, held to the same check (InvalidIdentifier).</summary>
        public static string ValidateIdentifier(string? identifier) =>
            Problem(identifier, "admin identifier") is { } problem ? throw new ChatInputException("InvalidIdentifier", problem, identifier) : identifier!;

        private static string? Problem(string? account, string what) => IdentifierText.Problem(account, what, MaxBytes, "Tencent UserIDs");
    }
}
