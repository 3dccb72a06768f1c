using System.Runtime.CompilerServices;
using TencentChat.Admin.Client.Accounts;
using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Conversations;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Friends;
using TencentChat.Admin.Client.Groups;
using TencentChat.Admin.Client.Groups.Messages;
using TencentChat.Admin.Client.Messages;
using TencentChat.Admin.Client.Profiles;
using TencentChat.Admin.Client.Transport;

namespace TencentChat.Admin.Client
{
    /// <summary>
    /// The composition root: the one place that names every API family. The core folders (Transport, Errors, Connection,
    /// ...) know no family, so what they need from the families (error codes, the command list, the connection probe) is
    /// handed to them here, once, when the assembly loads, before any other code of it runs. Adding a family is one line
    /// in each list below (docs/architecture.md, "Add a family").
    /// </summary>
    internal static class ClientFamilies
    {
        [ModuleInitializer]
        internal static void Register()
        {
            ChatErrorCatalog.Register(ConversationErrors.Register);
            ChatErrorCatalog.Register(AccountErrors.Register);
            ChatErrorCatalog.Register(ProfileErrors.Register);
            ChatErrorCatalog.Register(FriendErrors.Register);
            ChatErrorCatalog.Register(GroupErrors.Register);
            ChatErrorCatalog.Register(GroupMessageErrors.Register);
            ChatErrorCatalog.Register(MessageErrors.Register);

            ChatCommands.Register(ConversationCommands.All);
            ChatCommands.Register(AccountCommands.All);
            ChatCommands.Register(ProfileCommands.All);
            ChatCommands.Register(FriendCommands.All);
            ChatCommands.Register(GroupCommands.All);
            ChatCommands.Register(MessageCommands.All);

            ConnectionTest.Probe = ConversationProbe.SendAsync;
            ConnectionTest.Name = ConversationProbe.Name;
        }
    }
}
