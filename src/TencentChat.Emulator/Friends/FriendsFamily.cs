using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Users;

namespace TencentChat.Emulator.Friends;

/// <summary>
/// The relationship-chain family (profile-sns spec §1, #3-#17): v4/sns's friend, blocklist and friend-list commands,
/// the FriendCustomTags, FriendPageSize and DefaultAllowType settings, and its state, dropped with a deleted account.
/// A target's AllowType and a sender's AdminForbidType come from the profile tags the core keeps with each account.
/// </summary>
internal sealed class FriendsFamily : IEmulatorFamily
{
    public void Register(FamilyRegistry registry)
    {
        var settings = new FriendSettings();
        settings.Register(registry);
        foreach (ICommand command in new ICommand[]
        {
            new FriendAddCommand(settings), new FriendImportCommand(settings), new FriendUpdateCommand(settings), new FriendDeleteCommand(),
            new FriendDeleteAllCommand(), new FriendCheckCommand(), new FriendGetCommand(settings), new FriendGetListCommand(),
            new BlackListAddCommand(), new BlackListDeleteCommand(), new BlackListGetCommand(), new BlackListCheckCommand(),
            new GroupAddCommand(), new GroupDeleteCommand(), new GroupGetCommand(),
        })
        {
            registry.Commands.Add(CommandEntry.Of(FriendCodes.Service, command));
        }
    }

    public void Attach(ChatState state) => state.Attach(new FriendStore());
}
