using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Benchmarks.Scenarios;

/// <summary>
/// The floor the module is compared with: a bare HttpClient + System.Text.Json (source-generated) get_list loop
/// that follows the four cursors and reads every field the module reads. No retries, rate limiting, UserSig
/// renewal, logging or validation; output objects only when asked for.
/// </summary>
internal static class RawGetList
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    /// <summary>
    /// Lists every conversation of <paramref name="account"/> and returns how many there were; with
    /// <paramref name="buildOutput"/>, also builds the output object the module would write for each.
    /// </summary>
    public static async Task<long> ListAsync(HttpClient http, Uri getListUri, string account, int maxPages, bool buildOutput, CancellationToken cancellationToken)
    {
        long timeStamp = 0, startIndex = 0, topTimeStamp = 0, topStartIndex = 0, conversations = 0;
        for (int page = 0; page < maxPages; page++)
        {
            var request = new RawGetListRequest(account, timeStamp, startIndex, topTimeStamp, topStartIndex, 63);
            using var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(request, RawJson.Default.RawGetListRequest));
            content.Headers.ContentType = Json;
            using HttpResponseMessage response = await http.PostAsync(getListUri, content, cancellationToken);
            response.EnsureSuccessStatusCode();
            await using Stream body = await response.Content.ReadAsStreamAsync(cancellationToken);
            RawGetListResponse answer = await JsonSerializer.DeserializeAsync(body, RawJson.Default.RawGetListResponse, cancellationToken)
                ?? throw new InvalidOperationException("get_list answered null.");
            if (answer.ErrorCode != 0) throw new InvalidOperationException($"get_list failed with {answer.ErrorCode}.");
            conversations += answer.SessionItem?.Length ?? 0;
            if (buildOutput)
                foreach (RawSessionItem item in answer.SessionItem ?? Array.Empty<RawSessionItem>())
                    GC.KeepAlive(ToConversation(account, item));
            if (answer.CompleteFlag == 1) return conversations;
            (timeStamp, startIndex, topTimeStamp, topStartIndex) = (answer.TimeStamp, answer.StartIndex, answer.TopTimeStamp, answer.TopStartIndex);
        }
        throw new InvalidOperationException($"get_list did not complete within {maxPages} pages.");
    }

    /// <summary>The same public output object with the same values (the generated seed has no marks or groups).</summary>
    private static ChatConversation ToConversation(string account, RawSessionItem item) => new()
    {
        Account = account,
        ConversationId = item.Type == 1 ? "c2c_" + item.ToAccount : "group_" + item.GroupId,
        Type = item.Type == 1 ? ChatConversationType.C2C : ChatConversationType.Group,
        PeerAccount = item.ToAccount,
        GroupId = item.GroupId,
        IsPinned = item.TopFlag == 1,
        LastMessageTime = DateTimeOffset.FromUnixTimeSeconds(item.MsgTime),
        StandardMark = item.StandardMark ?? string.Empty,
        CustomMark = item.CustomMark ?? string.Empty,
    };
}

internal sealed record RawGetListRequest(
    [property: JsonPropertyName("From_Account")] string FromAccount,
    [property: JsonPropertyName("TimeStamp")] long TimeStamp,
    [property: JsonPropertyName("StartIndex")] long StartIndex,
    [property: JsonPropertyName("TopTimeStamp")] long TopTimeStamp,
    [property: JsonPropertyName("TopStartIndex")] long TopStartIndex,
    [property: JsonPropertyName("AssistFlags")] int AssistFlags);

internal sealed class RawGetListResponse
{
    public int ErrorCode { get; set; }
    public RawSessionItem[]? SessionItem { get; set; }
    public int CompleteFlag { get; set; }
    public long TimeStamp { get; set; }
    public long StartIndex { get; set; }
    public long TopTimeStamp { get; set; }
    public long TopStartIndex { get; set; }
    public RawGroupItem[]? GroupItem { get; set; }
}

internal sealed class RawSessionItem
{
    public int Type { get; set; }
    [JsonPropertyName("To_Account")] public string? ToAccount { get; set; }
    public string? GroupId { get; set; }
    public long MsgTime { get; set; }
    public int TopFlag { get; set; }
    public string? StandardMark { get; set; }
    public string? CustomMark { get; set; }
    public int[]? ContactGroupId { get; set; }
}

internal sealed class RawGroupItem
{
    public string? GroupName { get; set; }
    public int GroupId { get; set; }
}

[JsonSerializable(typeof(RawGetListRequest))]
[JsonSerializable(typeof(RawGetListResponse))]
internal sealed partial class RawJson : JsonSerializerContext
{
}
