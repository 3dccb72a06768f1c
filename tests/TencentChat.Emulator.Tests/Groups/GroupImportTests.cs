using System.Text.Json;
using TencentChat.Emulator.Groups;
using TencentChat.Emulator.Tests.Infrastructure;

namespace TencentChat.Emulator.Tests.Groups;

/// <summary>import_group, import_group_member and import_group_msg (group spec §3.6, §3.12, §3.29), raw HTTP.</summary>
public sealed class GroupImportTests : IAsyncLifetime
{
    private EmulatorClient _api = null!;

    public async Task InitializeAsync() => _api = await EmulatorClient.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private long Now => _api.Host.State.Now;

    private static string Message(string from, long time, int random, string text) =>
        $$$"""{"From_Account":"{{{from}}}","SendTime":{{{time}}},"Random":{{{random}}},"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"{{{text}}}"}}]}""";

    [Fact]
    public async Task ImportGroup_KeepsACustomId_AndTheCreateTime_TheOwnerJoinsThen_ARepeatIsInUse()
    {
        long created = Now - 86400;
        string body = $$"""{"Owner_Account":"user_0001","Type":"Public","GroupId":"MyFirstGroup","Name":"TestGroup","CreateTime":{{created}},"AppDefinedData":[{"Key":"k1","Value":"v"}]}""";

        JsonElement response = await _api.PostAsync("import_group", body);

        response.AssertOk();
        Assert.Equal("MyFirstGroup", response.GetProperty("GroupId").GetString());
        var owner = Assert.Single(_api.Host.State.GetGroupMembers("MyFirstGroup")!);
        Assert.Equal(("user_0001", GroupRole.Owner, created), (owner.Account, owner.Role, owner.JoinTime));
        (await _api.PostAsync("import_group", body)).AssertFails(10021);
    }

    [Fact]
    public async Task ImportGroup_WithoutGroupId_GetsAnAssignedId_AndRefusesAssignedPrefixes_AvChatRoom_AndFutureTimes()
    {
        JsonElement spec = await _api.PostAsync("import_group", """{"Owner_Account":"leckie","Type":"Public","Name":"TestGroup","CreateTime":1448357837}""");
        spec.AssertFails(10019);
        JsonElement assigned = await _api.PostAsync("import_group", """{"Owner_Account":"user_0001","Type":"Public","Name":"TestGroup","CreateTime":1448357837}""");

        Assert.StartsWith("@TGS#2", assigned.GetProperty("GroupId").GetString());
        (await _api.PostAsync("import_group", """{"Type":"Public","Name":"x","GroupId":"@TGS#2ABCDEFGH"}""")).AssertFails(10015);
        (await _api.PostAsync("import_group", """{"Type":"AVChatRoom","Name":"x"}""")).AssertFails(10007);
        (await _api.PostAsync("import_group", $$$"""{"Type":"Public","Name":"x","CreateTime":{{{Now + 3600}}}}""")).AssertFails(10004);
    }

    [Fact]
    public async Task ImportGroupMember_ResultsPerMember_KeepJoinTimeAndAdmin_AndTwentyIsTheMaximum()
    {
        long created = Now - 86400;
        (await _api.PostAsync("import_group", $$$"""{"Owner_Account":"user_0001","Type":"Public","GroupId":"g1","Name":"g","CreateTime":{{{created}}}}""")).AssertOk();

        JsonElement response = await _api.PostAsync("import_group_member", $$"""
            {"GroupId":"g1","MemberList":[{"Member_Account":"user_0002","Role":"Admin","JoinTime":{{created + 60}}},{"Member_Account":"user_0001"},
             {"Member_Account":"nobody"},{"Member_Account":"user_0003","JoinTime":{{created - 1}}}]}
            """);

        Assert.Equal("""[{"Member_Account":"user_0002","Result":1},{"Member_Account":"user_0001","Result":2},{"Member_Account":"nobody","Result":0},{"Member_Account":"user_0003","Result":0}]""",
            response.GetProperty("MemberList").GetRawText());
        var admin = _api.Host.State.GetGroupMembers("g1")!.Single(m => m.Account == "user_0002");
        Assert.Equal((GroupRole.Admin, created + 60), (admin.Role, admin.JoinTime));
        string twentyOne = string.Join(",", Enumerable.Range(1, 21).Select(i => $$"""{"Member_Account":"user_{{i:D4}}"}"""));
        (await _api.PostAsync("import_group_member", $$$"""{"GroupId":"g1","MemberList":[{{{twentyOne}}}]}""")).AssertFails(10005);
        (await _api.PostAsync("import_group_member", """{"GroupId":"g1","MemberList":[{"Member_Account":"user_0004","Role":"Owner"}]}""")).AssertFails(10004);
    }

    [Fact]
    public async Task ImportGroupMsg_StoresInSeqOrder_KeepingSenderTimeAndRandom_AndRefusesTimesBeforeTheNewest()
    {
        long created = Now - 86400;
        (await _api.PostAsync("import_group", $$$"""{"Type":"Public","GroupId":"g2","Name":"g","CreateTime":{{{created}}}}""")).AssertOk();

        JsonElement first = await _api.PostAsync("import_group_msg", $$"""
            {"GroupId":"g2","MsgList":[{{Message("user_0002", created + 10, 1, "a")}},{{Message("user_0003", created + 10, 2, "b")}},{{Message("user_0002", created + 5, 3, "late")}}]}
            """);
        JsonElement second = await _api.PostAsync("import_group_msg", $$$"""{"GroupId":"g2","MsgList":[{{{Message("user_0002", created + 9, 4, "old")}}},{{{Message("user_0004", created + 20, 5, "c")}}}]}""");

        Assert.Equal(new[] { 0, 0, 10004 }, first.GetProperty("ImportMsgResult").EnumerateArray().Select(r => r.GetProperty("Result").GetInt32()));
        Assert.Equal(new[] { 10004, 0 }, second.GetProperty("ImportMsgResult").EnumerateArray().Select(r => r.GetProperty("Result").GetInt32()));
        var messages = _api.Host.State.GetGroupMessages("g2")!;
        Assert.Equal(new[] { (1L, "user_0002", created + 10, 1u), (2L, "user_0003", created + 10, 2u), (3L, "user_0004", created + 20, 5u) },
            messages.Select(m => (m.Seq, m.Sender!, m.Time, m.Random)));
        string eight = string.Join(",", Enumerable.Range(1, 8).Select(i => Message("user_0002", created + 30, i, "x")));
        (await _api.PostAsync("import_group_msg", $$$"""{"GroupId":"g2","MsgList":[{{{eight}}}]}""")).AssertFails(10004);
        Assert.Equal(1, _api.Host.Stats.Requests["import_group"]);
    }
}
