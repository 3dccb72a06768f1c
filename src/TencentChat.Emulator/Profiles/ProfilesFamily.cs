using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Users;

namespace TencentChat.Emulator.Profiles;

/// <summary>
/// The profile family (profile spec §1, #1-#2): <c>v4/profile/portrait_get</c> and <c>portrait_set</c>, and the
/// <c>ProfileCustomTags</c> setting that declares custom tags. The tags themselves live with each account in the core
/// (<see cref="UserProfile"/>), where the relationship family reads AllowType, so they go when the account goes.
/// </summary>
internal sealed class ProfilesFamily : IEmulatorFamily
{
    public void Register(FamilyRegistry registry)
    {
        var declared = new DeclaredTags("ProfileCustomTags", ProfileTagRules.CustomPrefix);
        registry.Commands.Add(CommandEntry.Of(ProfileCodes.Service, new PortraitGetCommand(declared)));
        registry.Commands.Add(CommandEntry.Of(ProfileCodes.Service, new PortraitSetCommand(declared)));
        registry.Settings.Add("ProfileCustomTags", declared.AsSetting());
    }

    /// <summary>Nothing of its own: the profile tags are the core's (<see cref="ChatState.ProfileOf"/>).</summary>
    public void Attach(ChatState state)
    {
    }
}
