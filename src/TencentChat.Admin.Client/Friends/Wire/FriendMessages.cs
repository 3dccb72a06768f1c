using System.Text.Json.Serialization;
using TencentChat.Admin.Client.Wire;

namespace TencentChat.Admin.Client.Friends.Wire
{
    /// <summary>friend_add (spec §3.3): GroupName is one list, a string here (an array in friend_import).</summary>
    internal sealed class FriendAddRequest
    {
        [JsonPropertyName("From_Account")] public string FromAccount { get; set; } = string.Empty;
        [JsonPropertyName("AddFriendItem")] public WireAddFriend[] AddFriendItem { get; set; } = new WireAddFriend[0];
        [JsonPropertyName("AddType")] public string AddType { get; set; } = string.Empty;
        [JsonPropertyName("ForceAddFlags")] public int ForceAddFlags { get; set; }
    }

    internal sealed class WireAddFriend
    {
        [JsonPropertyName("To_Account")] public string ToAccount { get; set; } = string.Empty;
        [JsonPropertyName("Remark")] public string? Remark { get; set; }
        [JsonPropertyName("GroupName")] public string? GroupName { get; set; }
        [JsonPropertyName("AddSource")] public string AddSource { get; set; } = string.Empty;
        [JsonPropertyName("AddWording")] public string? AddWording { get; set; }
    }

    /// <summary>friend_import (§3.4): full one-way rows, up to 1000.</summary>
    internal sealed class FriendImportRequest
    {
        [JsonPropertyName("From_Account")] public string FromAccount { get; set; } = string.Empty;
        [JsonPropertyName("AddFriendItem")] public WireImportFriend[] AddFriendItem { get; set; } = new WireImportFriend[0];
    }

    internal sealed class WireImportFriend
    {
        [JsonPropertyName("To_Account")] public string ToAccount { get; set; } = string.Empty;
        [JsonPropertyName("Remark")] public string? Remark { get; set; }
        [JsonPropertyName("GroupName")] public string[]? GroupName { get; set; }
        [JsonPropertyName("AddSource")] public string AddSource { get; set; } = string.Empty;
        [JsonPropertyName("AddWording")] public string? AddWording { get; set; }
        [JsonPropertyName("AddTime")] public long? AddTime { get; set; }
        [JsonPropertyName("CustomItem")] public WireTag[]? CustomItem { get; set; }
    }

    /// <summary>friend_update (§3.5).</summary>
    internal sealed class FriendUpdateRequest
    {
        [JsonPropertyName("From_Account")] public string FromAccount { get; set; } = string.Empty;
        [JsonPropertyName("UpdateItem")] public WireUpdateFriend[] UpdateItem { get; set; } = new WireUpdateFriend[0];
    }

    internal sealed class WireUpdateFriend
    {
        [JsonPropertyName("To_Account")] public string ToAccount { get; set; } = string.Empty;
        [JsonPropertyName("SnsItem")] public WireTag[] SnsItem { get; set; } = new WireTag[0];
    }

    /// <summary>friend_delete (§3.6), black_list_add / black_list_delete (§3.11, §3.12): an owner and up to 1000 targets.</summary>
    internal sealed class TargetsRequest
    {
        [JsonPropertyName("From_Account")] public string FromAccount { get; set; } = string.Empty;
        [JsonPropertyName("To_Account")] public string[] ToAccount { get; set; } = new string[0];
        /// <summary>friend_delete only; always sent, as its default is UNCONFIRMED.</summary>
        [JsonPropertyName("DeleteType")] public string? DeleteType { get; set; }
        /// <summary>friend_check and black_list_check.</summary>
        [JsonPropertyName("CheckType")] public string? CheckType { get; set; }
    }

    /// <summary>friend_delete_all (§3.7).</summary>
    internal sealed class FriendDeleteAllRequest
    {
        [JsonPropertyName("From_Account")] public string FromAccount { get; set; } = string.Empty;
        [JsonPropertyName("DeleteType")] public string DeleteType { get; set; } = string.Empty;
    }

    /// <summary>The ResultItem of the per-target writes; Fail_Account (not FailAccounts) only when one failed.</summary>
    internal sealed class ResultItemResponse : WireEnvelope
    {
        [JsonPropertyName("ResultItem")] public WireTargetResult[]? ResultItem { get; set; }
        [JsonPropertyName("Fail_Account")] public string[]? FailAccount { get; set; }
    }

    internal sealed class WireTargetResult
    {
        [JsonPropertyName("To_Account")] public string? ToAccount { get; set; }
        [JsonPropertyName("ResultCode")] public int? ResultCode { get; set; }
        [JsonPropertyName("ResultInfo")] public string? ResultInfo { get; set; }
        /// <summary>friend_check and black_list_check only.</summary>
        [JsonPropertyName("Relation")] public string? Relation { get; set; }
    }

    /// <summary>friend_check's InfoItem.</summary>
    internal sealed class FriendCheckResponse : WireEnvelope
    {
        [JsonPropertyName("InfoItem")] public WireTargetResult[]? InfoItem { get; set; }
    }

    /// <summary>black_list_check's BlackListCheckItem.</summary>
    internal sealed class BlackListCheckResponse : WireEnvelope
    {
        [JsonPropertyName("BlackListCheckItem")] public WireTargetResult[]? BlackListCheckItem { get; set; }
    }

    /// <summary>friend_get (§3.9): the Seqs are sent as 0 on every page, never echoed (an equal Seq makes the server drop that data).</summary>
    internal sealed class FriendGetRequest
    {
        [JsonPropertyName("From_Account")] public string FromAccount { get; set; } = string.Empty;
        [JsonPropertyName("StartIndex")] public long StartIndex { get; set; }
        [JsonPropertyName("StandardSequence")] public long StandardSequence { get; set; }
        [JsonPropertyName("CustomSequence")] public long CustomSequence { get; set; }
    }

    internal sealed class FriendGetResponse : WireEnvelope
    {
        [JsonPropertyName("UserDataItem")] public WireUserData[]? UserDataItem { get; set; }
        [JsonPropertyName("FriendNum")] public long? FriendNum { get; set; }
        [JsonPropertyName("CompleteFlag")] public int? CompleteFlag { get; set; }
        [JsonPropertyName("NextStartIndex")] public long? NextStartIndex { get; set; }
    }

    internal sealed class WireUserData
    {
        [JsonPropertyName("To_Account")] public string? ToAccount { get; set; }
        [JsonPropertyName("ValueItem")] public WireTag[]? ValueItem { get; set; }
    }

    /// <summary>black_list_get (§3.13): LastSequence 0 on every page.</summary>
    internal sealed class BlackListGetRequest
    {
        [JsonPropertyName("From_Account")] public string FromAccount { get; set; } = string.Empty;
        [JsonPropertyName("StartIndex")] public long StartIndex { get; set; }
        [JsonPropertyName("MaxLimited")] public int MaxLimited { get; set; }
        [JsonPropertyName("LastSequence")] public long LastSequence { get; set; }
    }

    /// <summary>The Seq comes as CurruentSequence (sic) in most sources and CurrentSequence in the newest page: both are read.</summary>
    internal sealed class BlackListGetResponse : WireEnvelope
    {
        [JsonPropertyName("BlackListItem")] public WireBlocked[]? BlackListItem { get; set; }
        [JsonPropertyName("StartIndex")] public long? StartIndex { get; set; }
        [JsonPropertyName("CurruentSequence")] public long? CurruentSequence { get; set; }
        [JsonPropertyName("CurrentSequence")] public long? CurrentSequence { get; set; }
    }

    internal sealed class WireBlocked
    {
        [JsonPropertyName("To_Account")] public string? ToAccount { get; set; }
        [JsonPropertyName("AddBlackTimeStamp")] public long? AddBlackTimeStamp { get; set; }
    }

    /// <summary>group_add / group_delete / group_get (§3.15-§3.17): a user's friend lists, not group chats.</summary>
    internal sealed class FriendListRequest
    {
        [JsonPropertyName("From_Account")] public string FromAccount { get; set; } = string.Empty;
        [JsonPropertyName("GroupName")] public string[]? GroupName { get; set; }
        [JsonPropertyName("To_Account")] public string[]? ToAccount { get; set; }
        [JsonPropertyName("NeedFriend")] public string? NeedFriend { get; set; }
    }

    internal sealed class FriendListResponse : WireEnvelope
    {
        [JsonPropertyName("ResultItem")] public WireFriendList[]? ResultItem { get; set; }
        [JsonPropertyName("Fail_Account")] public string[]? FailAccount { get; set; }
        [JsonPropertyName("CurrentSequence")] public long? CurrentSequence { get; set; }
    }

    /// <summary>group_get's lists; group_add's ResultItem is per member ({To_Account, ResultCode}), read with the same type.</summary>
    internal sealed class WireFriendList
    {
        [JsonPropertyName("GroupName")] public string? GroupName { get; set; }
        [JsonPropertyName("FriendNumber")] public int? FriendNumber { get; set; }
        [JsonPropertyName("To_Account")] public System.Text.Json.JsonElement ToAccount { get; set; }
        [JsonPropertyName("ResultCode")] public int? ResultCode { get; set; }
        [JsonPropertyName("ResultInfo")] public string? ResultInfo { get; set; }
    }
}
