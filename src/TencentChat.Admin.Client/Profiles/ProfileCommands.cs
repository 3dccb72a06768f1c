using TencentChat.Admin.Client.Profiles.Wire;
using TencentChat.Admin.Client.Transport;

namespace TencentChat.Admin.Client.Profiles
{
    /// <summary>
    /// The profile family's commands (profile spec §1): v4/profile's portrait_get (100 accounts per call) and
    /// portrait_set (one account per call), each documented at 200 calls/s. Both may be retried when the outcome is
    /// unknown: a read, and a write that sets the same values again.
    /// </summary>
    internal static class ProfileCommands
    {
        private const string Profile = "profile";

        public static readonly ChatCommand PortraitGet =
            new ChatCommand(Profile, "portrait_get", true, ProfileJsonContext.Default, maxItemsPerCall: PortraitGetRequest.MaxItems);
        public static readonly ChatCommand PortraitSet =
            new ChatCommand(Profile, "portrait_set", true, ProfileJsonContext.Default, maxItemsPerCall: 1);

        /// <summary>Every command of the family, for the command registry (Invoke-ChatApi, documentation).</summary>
        public static readonly ChatCommand[] All = { PortraitGet, PortraitSet };
    }
}
