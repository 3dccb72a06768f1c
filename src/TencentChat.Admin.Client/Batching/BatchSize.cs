using System;
using System.Collections.Generic;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Transport;

namespace TencentChat.Admin.Client.Batching
{
    /// <summary>
    /// The per-request item limits of the batched commands. The cmdlets batch before calling, so a violation is a
    /// caller's mistake, so it is thrown rather than reported per conversation; it is still a typed
    /// <see cref="ChatInputException"/>, never a raw ArgumentException, so every failure a script can meet has a stable ErrorId.
    /// </summary>
    internal static class BatchSize
    {
        /// <summary>Refuses an empty batch, or one above the command's <see cref="ChatCommand.MaxItemsPerCall"/>.</summary>
        public static void Check<T>(IReadOnlyCollection<T> items, ChatCommand command, string what = "conversations")
        {
            int max = command.MaxItemsPerCall ?? throw new InvalidOperationException($"{command.Name} is not a batched command.");
            if (items.Count == 0 || items.Count > max)
                throw new ChatInputException("InvalidBatchSize",
                    $"{command.Name} takes 1 to {max} {what} per request, not {items.Count}; split the list into batches.", items.Count);
        }
    }
}
