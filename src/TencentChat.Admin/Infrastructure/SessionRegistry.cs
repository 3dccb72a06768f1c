using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;
using TencentChat.Admin.Client.Connection;

namespace TencentChat.Admin.Infrastructure
{
    /// <summary>
    /// The default session of each runspace (the AWS convention): Connect-ChatAdmin in one runspace does not
    /// change what another uses, and parallel runspaces pass -Session explicitly. Keyed weakly so a closed
    /// runspace takes its session with it.
    /// </summary>
    internal static class SessionRegistry
    {
        private sealed class Holder
        {
            public ChatSession? Session;
        }

        private static readonly ConditionalWeakTable<object, Holder> ByRunspace = new ConditionalWeakTable<object, Holder>();
        private static readonly object NoRunspace = new object();

        private static Holder Current => ByRunspace.GetValue((object?)Runspace.DefaultRunspace ?? NoRunspace, _ => new Holder());

        public static ChatSession? Get() => Current.Session;

        public static void Set(ChatSession? session) => Current.Session = session;
    }
}
