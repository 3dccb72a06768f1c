using System.Text.Json;
using TencentChat.Emulator.Conversations;
using TencentChat.Emulator.Tests.Infrastructure;

namespace TencentChat.Emulator.Tests.Conversations;

/// <summary>The spec's §2 samples against the demo seed: exact field names (including the spelling traps) and values.</summary>
public sealed class GoldenSampleTests : IAsyncLifetime
{
    private EmulatorClient _api = null!;

    public async Task InitializeAsync() => _api = await EmulatorClient.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task GetList_FirstPage_StartsWithTheSampleConversations()
    {
        JsonElement response = await _api.PostAsync("get_list",
            """{"From_Account":"user_0001","TimeStamp":0,"StartIndex":0,"TopTimeStamp":0,"TopStartIndex":0,"AssistFlags":63}""");

        response.AssertOk();
        Assert.Equal(new[] { "SessionItem", "CompleteFlag", "TimeStamp", "StartIndex", "TopTimeStamp", "TopStartIndex", "GroupItem", "ActionStatus", "ErrorCode", "ErrorInfo", "ErrorDisplay" }, response.Names());
        Assert.Equal("""[{"GroupName":"group_0001","GroupId":1},{"GroupName":"group_0002","GroupId":2}]""", response.GetProperty("GroupItem").GetRawText());
        JsonElement[] items = response.GetProperty("SessionItem").EnumerateArray().ToArray();
        Assert.Equal(20, items.Length);
        Assert.Equal("""{"Type":1,"To_Account":"user_0003","MsgTime":1772605020,"TopFlag":1,"StandardMark":"111001","CustomMark":"abcd","ContactGroupId":[1]}""", items[0].GetRawText());
        // Search sample wins for the group/mark records (see DemoSeed): no marks on the group, user_0002 marked.
        Assert.Equal("""{"Type":2,"GroupId":"@TGS#1B2AUI7RZ","MsgTime":1775185968,"TopFlag":0,"ContactGroupId":[1]}""", items[1].GetRawText());
        Assert.Equal("""{"Type":1,"To_Account":"user_0002","MsgTime":1772612017,"TopFlag":0,"StandardMark":"11111110","CustomMark":"abcde","ContactGroupId":[1,2]}""", items[2].GetRawText());
        Assert.Equal("""{"Type":1,"To_Account":"user_0004","MsgTime":1772600000,"TopFlag":0}""", items[3].GetRawText());
        Assert.Equal(0, response.GetProperty("CompleteFlag").GetInt32());
    }

    [Fact]
    public async Task GetList_DemoOwner_SpansThreePages()
    {
        int pages = 0, total = 0;
        long ts = 0, si = 0, tts = 0, tsi = 0;
        while (true)
        {
            JsonElement page = await _api.PostAsync("get_list",
                $$"""{"From_Account":"user_0001","TimeStamp":{{ts}},"StartIndex":{{si}},"TopTimeStamp":{{tts}},"TopStartIndex":{{tsi}},"AssistFlags":63}""");
            page.AssertOk();
            pages++;
            total += page.GetProperty("SessionItem").GetArrayLength();
            (ts, si, tts, tsi) = (page.GetProperty("TimeStamp").GetInt64(), page.GetProperty("StartIndex").GetInt64(), page.GetProperty("TopTimeStamp").GetInt64(), page.GetProperty("TopStartIndex").GetInt64());
            if (page.GetProperty("CompleteFlag").GetInt32() == 1) break;
        }
        Assert.Equal(3, pages);
        Assert.Equal(53, total);
    }

    [Fact]
    public async Task GetList_WithoutMarkBits_OmitsMarkFields()
    {
        JsonElement response = await _api.PostAsync("get_list",
            """{"From_Account":"user_0001","TimeStamp":0,"StartIndex":0,"TopTimeStamp":0,"TopStartIndex":0,"AssistFlags":7}""");
        Assert.Equal("""{"Type":1,"To_Account":"user_0003","MsgTime":1772605020,"TopFlag":1}""", response.GetProperty("SessionItem")[0].GetRawText());
        Assert.False(response.TryGetProperty("GroupItem", out _)); // no ids asked for, no dictionary sent
    }

    [Fact]
    public async Task Delete_C2C_RemovesConversationButKeepsItsGroupAndMarkRecord()
    {
        JsonElement response = await _api.PostAsync("delete", """{"From_Account":"user_0001","Type":1,"To_Account":"user_0002","ClearRamble":1}""");

        response.AssertOk();
        Assert.Equal(new[] { "ActionStatus", "ErrorCode", "ErrorInfo", "ErrorDisplay" }, response.Names());
        Assert.DoesNotContain(_api.Host.State.GetConversations("user_0001"), c => c.Peer == "user_0002");
        Assert.NotNull(_api.Host.State.GetContactRecord("user_0001", ConversationKind.C2C, "user_0002"));
    }

    [Fact]
    public async Task Delete_Group_UsesLowerCaseToGroupid()
    {
        (await _api.PostAsync("delete", """{"From_Account":"user_0001","Type":2,"ToGroupid":"@TGS#1B2AUI7RZ","ClearRamble":1}""")).AssertOk();
        Assert.DoesNotContain(_api.Host.State.GetConversations("user_0001"), c => c.Peer == "@TGS#1B2AUI7RZ");

        string info = (await _api.PostAsync("delete", """{"From_Account":"user_0001","Type":2,"ToGroupId":"@TGS#1B2AUI7RZ"}""")).AssertFails(50002);
        Assert.Contains("ToGroupid", info);
    }

    [Fact]
    public async Task Delete_MissingConversation_Succeeds()
    {
        (await _api.PostAsync("delete", """{"From_Account":"user_0001","Type":1,"To_Account":"nobody"}""")).AssertOk();
    }

    [Fact]
    public async Task CreateContactGroup_ReturnsGroupItemAndPerConversationResults()
    {
        JsonElement response = await _api.PostAsync("create_contact_group",
            """{"From_Account":"user_0001","GroupContactItem":[{"GroupName":"test0","ContactItem":[{"Type":1,"To_Account":"user_0004"},{"Type":2,"ToGroupId":"@TGS#DEMO010"}]}]}""");

        response.AssertOk();
        Assert.Equal(
            """[{"GroupItem":{"GroupName":"test0","GroupId":3},"ResultItem":[{"ContactItem":{"Type":1,"To_Account":"user_0004"},"ResultCode":0,"ResultInfo":""},{"ContactItem":{"Type":2,"ToGroupId":"@TGS#DEMO010"},"ResultCode":0,"ResultInfo":""}]}]""",
            response.GetProperty("GroupResultItem").GetRawText());
        Assert.Equal(new[] { 3 }, _api.Host.State.GetContactRecord("user_0001", ConversationKind.Group, "@TGS#DEMO010")!.GroupIds);
    }

    [Fact]
    public async Task UpdateContactGroup_Rename()
    {
        JsonElement response = await _api.PostAsync("update_contact_group",
            """{"From_Account":"user_0001","UpdateType":1,"UpdateGroup":{"UpdateGroupType":1,"OldGroupName":"group_0001","NewGroupName":"group_0003"}}""");

        response.AssertOk();
        Assert.Equal("""{"UpdateGroupType":1,"GroupName":"group_0003","GroupId":1,"OldGroupName":"group_0001"}""", response.GetProperty("UpdateGroupResult").GetRawText());
        Assert.Equal(1, response.GetProperty("UpdateType").GetInt32());
    }

    [Fact]
    public async Task UpdateContactGroup_RenameOntoExistingName_Fails()
    {
        // The spec's own sample renames group_0001 to group_0002, which the demo seed already has.
        string info = (await _api.PostAsync("update_contact_group",
            """{"From_Account":"user_0001","UpdateType":1,"UpdateGroup":{"UpdateGroupType":1,"OldGroupName":"group_0001","NewGroupName":"group_0002"}}""")).AssertFails(50002);
        Assert.Contains("group_0002", info);
    }

    [Fact]
    public async Task UpdateContactGroup_AddAndRemove_ReportsPerItemResults()
    {
        JsonElement response = await _api.PostAsync("update_contact_group",
            """{"From_Account":"user_0001","UpdateType":1,"UpdateGroup":{"UpdateGroupType":2,"OldGroupName":"group_0002","ContactUpdateItem":[{"ContactOptType":1,"ContactItem":{"Type":1,"To_Account":"user_0005"}},{"ContactOptType":2,"ContactItem":{"Type":1,"To_Account":"user_0009"}}]}}""");

        response.AssertOk();
        Assert.Equal(
            """{"UpdateGroupType":2,"GroupName":"group_0002","GroupId":2,"OldGroupName":"group_0002","ContactResultItem":[{"ContactOptType":1,"ContactItem":{"Type":1,"To_Account":"user_0005"},"ResultCode":0,"ResultInfo":""},{"ContactOptType":2,"ContactItem":{"Type":1,"To_Account":"user_0009"},"ResultCode":50002,"ResultInfo":"The conversation is not in group 'group_0002'."}]}""",
            response.GetProperty("UpdateGroupResult").GetRawText());
        Assert.Equal(new[] { 2 }, _api.Host.State.GetContactRecord("user_0001", ConversationKind.C2C, "user_0005")!.GroupIds);
    }

    [Fact]
    public async Task DelContactGroup_ReturnsDeletedGroupAndDropsItsId()
    {
        JsonElement response = await _api.PostAsync("del_contact_group", """{"From_Account":"user_0001","GroupName":["group_0002"]}""");

        response.AssertOk();
        Assert.Equal("""[{"GroupName":"group_0002","GroupId":2}]""", response.GetProperty("GroupItem").GetRawText());
        Assert.Equal(new[] { 1 }, _api.Host.State.GetContactRecord("user_0001", ConversationKind.C2C, "user_0002")!.GroupIds);
        // Ids are not reused: the next group is 3.
        Assert.Equal(3, (await _api.PostAsync("create_contact_group", """{"From_Account":"user_0001","GroupContactItem":[{"GroupName":"again","ContactItem":[]}]}"""))
            .GetProperty("GroupResultItem")[0].GetProperty("GroupItem").GetProperty("GroupId").GetInt32());
    }

    [Fact]
    public async Task MarkContact_SetsZeroBasedBitsAndCustomMark()
    {
        JsonElement response = await _api.PostAsync("mark_contact",
            """{"From_Account":"user_0001","MarkItem":[{"OptType":3,"ContactItem":{"Type":1,"To_Account":"user_0004"},"SetMark":[1,2,3],"CustomMark":"abcd"}]}""");

        response.AssertOk();
        Assert.Equal("""[{"OptType":3,"ContactItem":{"Type":1,"To_Account":"user_0004"},"ResultCode":0,"ResultInfo":""}]""", response.GetProperty("ResultItem").GetRawText());
        ContactRecordInfo record = _api.Host.State.GetContactRecord("user_0001", ConversationKind.C2C, "user_0004")!;
        Assert.Equal(0b1110UL, record.StandardMark);
        Assert.Equal("abcd", record.CustomMark);

        JsonElement search = await _api.PostAsync("search_contact_group", """{"From_Account":"user_0001","ContactItem":[{"Type":1,"To_Account":"user_0004"}]}""");
        Assert.Equal("1110", search.GetProperty("ContactResultItem")[0].GetProperty("StandardMark").GetString());
    }

    [Fact]
    public async Task MarkContact_ClearMarkAndEmptyCustomMark_Clear()
    {
        (await _api.PostAsync("mark_contact",
            """{"From_Account":"user_0001","MarkItem":[{"OptType":3,"ContactItem":{"Type":1,"To_Account":"user_0003"},"ClearMark":[0,3,4,5],"CustomMark":""}]}""")).AssertOk();
        ContactRecordInfo record = _api.Host.State.GetContactRecord("user_0001", ConversationKind.C2C, "user_0003")!;
        Assert.Equal(0UL, record.StandardMark);
        Assert.Null(record.CustomMark);
        Assert.Equal(new[] { 1 }, record.GroupIds);
    }

    [Fact]
    public async Task SearchContactGroup_MatchesTheSampleExactly()
    {
        JsonElement response = await _api.PostAsync("search_contact_group",
            """{"From_Account":"user_0001","ContactItem":[{"Type":1,"To_Account":"user_0002"},{"Type":2,"ToGroupId":"@TGS#1B2AUI7RZ"},{"Type":1,"To_Account":"user_0009"}]}""");

        response.AssertOk();
        Assert.Equal(
            """[{"Type":1,"To_Account":"user_0002","StandardMark":"11111110","CustomMark":"abcde","ContactGroupId":[1,2],"Timestamp":1775217000},{"Type":2,"ToGroupId":"@TGS#1B2AUI7RZ","StandardMark":"","ContactGroupId":[1],"Timestamp":1775186067}]""",
            response.GetProperty("ContactResultItem").GetRawText());
        Assert.Equal("""[{"GroupName":"group_0001","GroupId":1},{"GroupName":"group_0002","GroupId":2}]""", response.GetProperty("GroupItem").GetRawText());
    }

    [Fact]
    public async Task GetContactGroup_ReturnsAllRecordsAndGroups()
    {
        JsonElement response = await _api.PostAsync("get_contact_group", """{"From_Account":"user_0001","StartIndex":0}""");

        response.AssertOk();
        Assert.Equal(new[] { "ContactItem", "GroupItem", "CompleteFlag", "NextStartIndex", "ActionStatus", "ErrorCode", "ErrorInfo", "ErrorDisplay" }, response.Names());
        Assert.Equal(
            """[{"Type":1,"To_Account":"user_0003","StandardMark":"111001","CustomMark":"abcd","ContactGroupId":[1],"Timestamp":1775185000},{"Type":2,"ToGroupId":"@TGS#1B2AUI7RZ","StandardMark":"","ContactGroupId":[1],"Timestamp":1775186067},{"Type":1,"To_Account":"user_0002","StandardMark":"11111110","CustomMark":"abcde","ContactGroupId":[1,2],"Timestamp":1775217000}]""",
            response.GetProperty("ContactItem").GetRawText());
        Assert.Equal(1, response.GetProperty("CompleteFlag").GetInt32());
        Assert.Equal(0, response.GetProperty("NextStartIndex").GetInt32());
    }

    [Fact]
    public async Task RecordTimestamp_ComesFromTheInjectedClock()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1780000000);
        await using EmulatorClient api = await EmulatorClient.StartAsync(new() { Clock = () => now });
        (await api.PostAsync("mark_contact", """{"From_Account":"user_0001","MarkItem":[{"OptType":2,"ContactItem":{"Type":1,"To_Account":"user_0004"},"CustomMark":"x"}]}""")).AssertOk();
        Assert.Equal(1780000000, api.Host.State.GetContactRecord("user_0001", ConversationKind.C2C, "user_0004")!.Timestamp);
    }
}
