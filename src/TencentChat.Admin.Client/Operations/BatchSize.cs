using System.Collections.Generic;
using TencentChat.Admin.Client.Errors;

namespace TencentChat.Admin.Client.Operations
{
    /// <summary>
    /// The per-request item limits of the batched commands. The cmdlets batch before calling, so a violation is a
    /// caller's mistake, so it is thrown rather than reported per conversation; it is still a typed
    /// <see cref="ChatInputException"/>, never a raw ArgumentException, so every failure a script can meet has a stable ErrorId.
    /// </summary>
    internal static class BatchSize
    {
        public static void Check<T>(IReadOnlyCollection<T> items, int max, string command, string what = "conversations")
        {
            if (items.Count == 0 || items.Count > max)
                throw new ChatInputException("InvalidBatchSize",
                    $"{command} takes 1 to {max} {what} per request, not {items.Count}; split the list into batches.", items.Count);
        }
    }
}
