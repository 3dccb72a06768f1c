using System.Text.Json;
using TencentChat.Emulator.Groups;
using TencentChat.Emulator.Hosting;
using TencentChat.Emulator.Tests.Infrastructure;

namespace TencentChat.Emulator.Tests.Groups;

/// <summary>get_appid_group_list, get_group_info and get_joined_group_list (group spec §3.1, §3.3, §3.14) over raw HTTP.</summary>
public sealed class GroupListingTests : IAsyncLifetime
{
    private EmulatorClient _api = null!;

    public async Task InitializeAsync() => _api = await EmulatorClient.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private async Task<string> CreateAsync(string type, string name, string extra = "")
    {
        JsonElement response = await _api.PostAsync("create_group", $$"""{"Type":"{{type}}","Name":"{{name}}"{{extra}}}""");
        response.AssertOk();
        return response.GetProperty("GroupId").GetString()!;
    }

    [Fact]
    public async Task List_PagesByAnOpaque64BitNext_InCreationOrder_AndEndsWithNextZero()
    {
        var created = new List<string>();
        for (int i = 0; i < 5; i++) created.Add(await CreateAsync(i % 2 == 0 ? "Public" : "ChatRoom", "g" + i));

        var seen = new List<string>();
        ulong next = 0;
        do
        {
            JsonElement page = await _api.PostAsync("get_appid_group_list", $$"""{"Limit":2,"Next":{{next}}}""");
            page.AssertOk();
            Assert.Equal(5, page.GetProperty("TotalCount").GetInt32());
            seen.AddRange(page.GetProperty("GroupIdList").EnumerateArray().Select(g => g.GetProperty("GroupId").GetString()!));
            next = page.GetProperty("Next").GetUInt64();
            if (next != 0) Assert.True(next > uint.MaxValue, "Next is at least 2^32, so a 32-bit client breaks here as against Tencent");
        } while (next != 0);

        Assert.Equal(created, seen);
    }

    [Fact]
    public async Task List_FiltersByType_WithThePerTypeTotal()
    {
        await CreateAsync("Public", "a");
        string room = await CreateAsync("ChatRoom", "b");
        JsonElement page = await _api.PostAsync("get_appid_group_list", """{"GroupType":"ChatRoom"}""");
        Assert.Equal(1, page.GetProperty("TotalCount").GetInt32());
        Assert.Equal(room, page.GetProperty("GroupIdList")[0].GetProperty("GroupId").GetString());
        Assert.Equal(0UL, page.GetProperty("Next").GetUInt64());
        (await _api.PostAsync("get_appid_group_list", """{"GroupType":"BChatRoom"}""")).AssertFails(10004);
    }

    [Fact]
    public async Task List_IsHeldToOneCallPerSecond_WhenRateLimitingIsOn()
    {
        await using EmulatorClient api = await EmulatorClient.StartAsync(new EmulatorOptions { RateLimit = 200 });
        (await api.PostAsync("get_appid_group_list", "{}")).AssertOk();
        (await api.PostAsync("get_appid_group_list", "{}")).AssertFails(60007);
        await Task.Delay(1100);
        (await api.PostAsync("get_appid_group_list", "{}")).AssertOk();
        Assert.Equal(3, api.Host.Stats.Requests["get_appid_group_list"]);
    }

    [Fact]
    public async Task Info_AnswersEachGroupInOrder_AMissingOneWithItsOwnCode10010()
    {
        string id = await CreateAsync("Public", "Audit", ""","Owner_Account":"user_0001","Introduction":"intro","AppDefinedData":[{"Key":"k1","Value":"v"}]""");
        JsonElement response = await _api.PostAsync("get_group_info", $$"""{"GroupIdList":["{{id}}","@TGS#2NOSUCH"]}""");

        response.AssertOk();
        JsonElement found = response.GetProperty("GroupInfo")[0];
        Assert.Equal((0, "Public", "Audit", "user_0001", 1, "intro"), (found.GetProperty("ErrorCode").GetInt32(), found.GetProperty("Type").GetString(),
            found.GetProperty("Name").GetString(), found.GetProperty("Owner_Account").GetString(), found.GetProperty("MemberNum").GetInt32(),
            found.GetProperty("Introduction").GetString()));
        Assert.Equal("Off", found.GetProperty("MuteAllMember").GetString());
        Assert.Equal("Off", found.GetProperty("ShutUpAllMember").GetString());
        Assert.Equal(1, found.GetProperty("NextMsgSeq").GetInt64());
        Assert.Equal("""[{"Key":"k1","Value":"v"}]""", found.GetProperty("AppDefinedData").GetRawText());
        Assert.Equal("Owner", found.GetProperty("MemberList")[0].GetProperty("Role").GetString());
        JsonElement missing = response.GetProperty("GroupInfo")[1];
        Assert.Equal(("@TGS#2NOSUCH", 10010), (missing.GetProperty("GroupId").GetString(), missing.GetProperty("ErrorCode").GetInt32()));
    }

    [Fact]
    public async Task Info_WithAFilter_OmitsUnnamedFieldsAndMembers_AndAnAVChatRoomHasNoMembersOrCount()
    {
        string id = await CreateAsync("Public", "F", ""","Owner_Account":"user_0001" """);
        string live = await CreateAsync("AVChatRoom", "Live", ""","Owner_Account":"user_0001" """);
        JsonElement response = await _api.PostAsync("get_group_info",
            $$$"""{"GroupIdList":["{{{id}}}","{{{live}}}"],"ResponseFilter":{"GroupBaseInfoFilter":["Type","Name","MemberNum"]}}""");

        Assert.Equal(new[] { "GroupId", "ErrorCode", "ErrorInfo", "Type", "Name", "MemberNum" }, response.GetProperty("GroupInfo")[0].Names());
        Assert.Equal(new[] { "GroupId", "ErrorCode", "ErrorInfo", "Type", "Name" }, response.GetProperty("GroupInfo")[1].Names());
    }

    [Fact]
    public async Task Info_TakesAtMost50Ids()
    {
        string ids = string.Join(",", Enumerable.Range(0, 51).Select(i => $"\"g{i}\""));
        (await _api.PostAsync("get_group_info", $$"""{"GroupIdList":[{{ids}}]}""")).AssertFails(10004);
    }

    [Fact]
    public async Task Joined_PagesTheUsersGroups_WithRoleAndJoinTime_HugeAndInactiveOnlyWhenAsked()
    {
        string pub = await CreateAsync("Public", "P", ""","Owner_Account":"user_0001" """);
        string work = await CreateAsync("Private", "W", ""","Owner_Account":"user_0002","MemberList":[{"Member_Account":"user_0001"}]""");
        await CreateAsync("AVChatRoom", "L", ""","Owner_Account":"user_0001" """);

        JsonElement plain = await _api.PostAsync("get_joined_group_list", """{"Member_Account":"user_0001"}""");
        Assert.Equal(1, plain.GetProperty("TotalCount").GetInt32());
        Assert.Equal(pub, plain.GetProperty("GroupIdList")[0].GetProperty("GroupId").GetString());

        JsonElement all = await _api.PostAsync("get_joined_group_list",
            """{"Member_Account":"user_0001","WithHugeGroups":1,"WithNoActiveGroups":1,"Limit":2,"Offset":0,"ResponseFilter":{"GroupBaseInfoFilter":["Type"],"SelfInfoFilter":["Role","JoinTime"]}}""");
        Assert.Equal(3, all.GetProperty("TotalCount").GetInt32());
        JsonElement[] items = all.GetProperty("GroupIdList").EnumerateArray().ToArray();
        Assert.Equal(2, items.Length);
        Assert.Equal(("Owner", "Public"), (items[0].GetProperty("SelfInfo").GetProperty("Role").GetString(), items[0].GetProperty("Type").GetString()));
        Assert.Equal((work, "Member"), (items[1].GetProperty("GroupId").GetString(), items[1].GetProperty("SelfInfo").GetProperty("Role").GetString()));
        Assert.True(items[1].GetProperty("SelfInfo").GetProperty("JoinTime").GetInt64() > 0);

        JsonElement unknown = await _api.PostAsync("get_joined_group_list", """{"Member_Account":"nobody"}""");
        Assert.Equal(0, unknown.GetProperty("TotalCount").GetInt32());
    }

    [Fact]
    public async Task DeletingAnAccount_RemovesItsMemberships()
    {
        string id = await CreateAsync("Public", "P", ""","Owner_Account":"user_0001","MemberList":[{"Member_Account":"user_0002"}]""");
        (await _api.PostAsync("account_delete", """{"DeleteItem":[{"UserID":"user_0001"}]}""")).AssertOk();

        Assert.Equal(new[] { "user_0002" }, _api.Host.State.GetGroupMembers(id)!.Select(m => m.Account));
        JsonElement info = await _api.PostAsync("get_group_info", $$"""{"GroupIdList":["{{id}}"]}""");
        Assert.Equal("", info.GetProperty("GroupInfo")[0].GetProperty("Owner_Account").GetString());
    }

    [Fact]
    public async Task TheLegacyLimitsSwitch_HoldsNamesTo30Bytes()
    {
        string name = new string('n', 31);
        (await _api.PostAsync("create_group", $$"""{"Type":"Public","Name":"{{name}}"}""")).AssertOk();
        using var response = await _api.Http.PostAsync("_emulator/settings", new StringContent("""{"GroupLegacyLimits":true}""", System.Text.Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        (await _api.PostAsync("create_group", $$"""{"Type":"Public","Name":"{{name}}"}""")).AssertFails(10004);
        (await _api.PostAsync("create_group", $$"""{"Type":"Public","Name":"{{new string('n', 101)}}"}""")).AssertFails(10004);
        _api.Host.Reset();
        (await _api.PostAsync("create_group", $$"""{"Type":"Public","Name":"{{name}}"}""")).AssertFails(10004);
        using var back = await _api.Http.PostAsync("_emulator/settings", new StringContent("""{"GroupLegacyLimits":false}""", System.Text.Encoding.UTF8, "application/json"));
        back.EnsureSuccessStatusCode();
        (await _api.PostAsync("create_group", $$"""{"Type":"Public","Name":"{{name}}"}""")).AssertOk();
    }

    [Fact]
    public async Task TheLegacyLimitsSwitch_IsOneEmulatorsOwn()
    {
        await using EmulatorClient other = await EmulatorClient.StartAsync();
        using var response = await other.Http.PostAsync("_emulator/settings", new StringContent("""{"GroupLegacyLimits":true}""", System.Text.Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();

        (await _api.PostAsync("create_group", $$"""{"Type":"Public","Name":"{{new string('n', 31)}}"}""")).AssertOk();
        (await other.PostAsync("create_group", $$"""{"Type":"Public","Name":"{{new string('n', 31)}}"}""")).AssertFails(10004);
    }
}
