using TencentChat.Emulator.Accounts;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Conversations;
using TencentChat.Emulator.Friends;
using TencentChat.Emulator.Groups;
using TencentChat.Emulator.Hosting;
using TencentChat.Emulator.Messages;
using TencentChat.Emulator.Profiles;
using TencentChat.Emulator.Seeds;
using TencentChat.Emulator.Users;

namespace TencentChat.Emulator;

/// <summary>
/// The composition root: the one place that names every API family. A new family is its folder plus one line in
/// <see cref="All"/>; the core (Hosting, Http, Commands, Faults, Stats, Protocol, Users) never names a family.
/// </summary>
internal static class EmulatorFamilies
{
    private static readonly IEmulatorFamily[] All =
    {
        new ConversationsFamily(),
        new AccountsFamily(),
        new ProfilesFamily(),
        new FriendsFamily(),
        new GroupsFamily(),
        new MessagesFamily(),
    };

    /// <summary>Every family's commands and control operations, in this order (the order of the stats).</summary>
    public static FamilyRegistry Register(FamilyRegistry registry)
    {
        foreach (IEmulatorFamily family in All) family.Register(registry);
        return registry;
    }

    /// <summary>A fresh state: every family attached, the admins imported, then the seed's data.</summary>
    public static ChatState NewState(SeedPlan seed, IEnumerable<string> administrators, Func<DateTimeOffset> clock)
    {
        var state = new ChatState(clock);
        foreach (IEmulatorFamily family in All) family.Attach(state);
        // One-to-one messages update both sides' conversation lists (message spec §6), through the core hook.
        state.OneToOneMessageStored = (owner, peer, time) => state.RecordMessage(owner, ConversationKind.C2C, peer, time);
        foreach (string admin in administrators) state.AddUser(admin);
        if (seed.Kind == "demo") DemoSeed.Fill(state);
        else if (seed.Kind == "generate") GeneratedSeed.Fill(state, seed.Users, seed.Conversations);
        return state;
    }
}
