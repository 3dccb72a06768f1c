using System.Text.Json;
using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;

namespace TencentChat.Emulator.Friends;

/// <summary>
/// The relationship family's <c>/_emulator/settings</c> keys, one set per emulator: FriendCustomTags (the declared
/// Tag_SNS_Custom_* fields), FriendPageSize (friend_get's page, 100 by default: the real size is UNCONFIRMED) and
/// DefaultAllowType (a user whose profile has no AllowType: AllowType_Type_NeedConfirm by default, the console's
/// setting, UNCONFIRMED).
/// </summary>
internal sealed class FriendSettings
{
    public const string CustomPrefix = "Tag_SNS_Custom_";
    private static readonly string[] AllowTypes = ["AllowType_Type_NeedConfirm", "AllowType_Type_AllowAny", "AllowType_Type_DenyAny"];

    private volatile int _pageSize = 100;
    private volatile string _defaultAllowType = AllowTypes[0];

    public DeclaredTags CustomTags { get; } = new("FriendCustomTags", CustomPrefix);

    public int PageSize => _pageSize;

    public string DefaultAllowType => _defaultAllowType;

    public void Register(FamilyRegistry registry)
    {
        registry.Settings.Add("FriendCustomTags", CustomTags.AsSetting());
        registry.Settings.Add("FriendPageSize", new Setting(() => _pageSize, value =>
            value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int size) && size is >= 1 and <= 3000
                ? () => _pageSize = size
                : throw new ArgumentException($"FriendPageSize must be an integer from 1 to 3000, not {value.GetRawText()}.")));
        registry.Settings.Add("DefaultAllowType", new Setting(() => JsonValue.Create(_defaultAllowType)!, value =>
        {
            // Read now: the change is applied after the request's JSON document is gone.
            string? allowType = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            return allowType != null && AllowTypes.Contains(allowType)
                ? () => _defaultAllowType = allowType
                : throw new ArgumentException($"DefaultAllowType must be one of {string.Join(", ", AllowTypes)}, not {value.GetRawText()}.");
        }));
    }
}
