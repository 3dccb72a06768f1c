using TencentChat.Admin.Client.Errors;

namespace TencentChat.Admin.Client.Models
{
    /// <summary>
    /// An output object about one conversation of a request that can carry why it failed, so that a request failing as a
    /// whole becomes one failed object per conversation in one place (Operations.ItemResults), whatever the command.
    /// </summary>
    internal interface IConversationOutcome
    {
        ChatAdminException? Failure { get; }

        /// <summary>Marks this conversation as failed with <paramref name="failure"/>; the object stays the error's target.</summary>
        void Fail(ChatAdminException failure);
    }
}
