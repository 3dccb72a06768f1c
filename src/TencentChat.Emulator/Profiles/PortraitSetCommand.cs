using System.Text.Json;
using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;
using TencentChat.Emulator.Users;

namespace TencentChat.Emulator.Profiles;

/// <summary>
/// portrait_set (profile spec §3.1): one From_Account and its ProfileItem list. Every item is checked
/// (<see cref="ProfileTagRules"/>) before any is applied, then all are set at once (all or nothing is UNCONFIRMED).
/// An unknown account is 40003 for the request. An empty string or 0 is stored as given (clearing is UNCONFIRMED).
/// </summary>
internal sealed class PortraitSetCommand(DeclaredTags declared) : ICommand
{
    public string Name => "portrait_set";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        string userId = body.Account("From_Account");
        JsonElement items = body.Array("ProfileItem");
        if (items.GetArrayLength() == 0) throw body.Invalid("ProfileItem must not be empty.");
        var values = new List<KeyValuePair<string, JsonNode>>();
        foreach (JsonFields item in body.Objects(items, "ProfileItem"))
        {
            string tag = item.String("Tag");
            values.Add(KeyValuePair.Create(tag, ProfileTagRules.Check(item.PathOf("Value"), tag, item.Element("Value"), declared)));
        }
        UserProfile profile = context.State.ProfileOf(userId)
            ?? throw new ApiException(ProfileCodes.AccountNotFound, $"Err_Profile_PortraitSet_Account_Not_Exist: '{userId}' is not an imported account.");
        profile.SetAll(values);
        return new JsonObject();
    }
}
