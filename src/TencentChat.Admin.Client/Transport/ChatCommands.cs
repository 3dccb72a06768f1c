using System;
using System.Collections.Generic;

namespace TencentChat.Admin.Client.Transport
{
    /// <summary>
    /// Every command the families declare, by path: what Invoke-ChatApi looks a command up in, to send it at its documented
    /// rate and with its family's retry rule. Filled once by the composition root (ClientFamilies) when the assembly loads.
    /// </summary>
    public static class ChatCommands
    {
        private static readonly Dictionary<string, ChatCommand> ByPath = new Dictionary<string, ChatCommand>(StringComparer.OrdinalIgnoreCase);

        internal static void Register(IEnumerable<ChatCommand> commands)
        {
            foreach (ChatCommand command in commands)
                ByPath.Add(command.Path, command);
        }

        /// <summary>Every known command, in registration order of the families.</summary>
        public static IEnumerable<ChatCommand> All => ByPath.Values;

        /// <summary>The command at <paramref name="path"/> (v4/service/name), or null when no family declares it.</summary>
        public static ChatCommand? Find(string path) => ByPath.TryGetValue(path, out ChatCommand? command) ? command : null;
    }
}
