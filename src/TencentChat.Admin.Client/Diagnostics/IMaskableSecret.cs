namespace TencentChat.Admin.Client.Diagnostics
{
    /// <summary>
    /// A secret the <see cref="Redactor"/> masks without holding its text (the secret key). Declared here, below
    /// Authentication, so that Diagnostics depends on no other folder and Authentication may log through it.
    /// </summary>
    internal interface IMaskableSecret
    {
        /// <summary><paramref name="text"/> with every occurrence of the secret replaced by <paramref name="mask"/>.</summary>
        string MaskIn(string text, string mask);
    }
}
