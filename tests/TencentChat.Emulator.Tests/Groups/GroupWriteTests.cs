using System.Text.Json;
using TencentChat.Emulator.Groups;
using TencentChat.Emulator.Tests.Infrastructure;

namespace TencentChat.Emulator.Tests.Groups;

/// <summary>create_group, modify_group_base_info, destroy_group and change_group_owner (group spec §3.2-§3.5, §3.13).</summary>
public sealed class GroupWriteTests : IAsyncLifetime
{
    private EmulatorClient _api = null!;

    public async Task InitializeAsync() => _api = await EmulatorClient.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Theory]
    [InlineData("Private", "@TGS#1")]
    [InlineData("Public", "@TGS#2")]
    [InlineData("ChatRoom", "@TGS#3")]
    [InlineData("AVChatRoom", "@TGS#a")]
    [InlineData("Community", "@TGS#_@TGS#c")]
    public async Task Create_AssignsAnIdInTheSampleShapeOfItsType(string type, string prefix)
    {
        JsonElement response = await _api.PostAsync("create_group", $$"""{"Type":"{{type}}","Name":"n"}""");
        response.AssertOk();
        string id = response.GetProperty("GroupId").GetString()!;
        Assert.StartsWith(prefix, id);
        Assert.Matches("^[0-9A-Z]{8,12}$", id[prefix.Length..]);
    }

    [Theory]
    [InlineData("Public", "@TGS#mine", 10015)]
    [InlineData("Public", "caf\u00e9", 10015)]
    [InlineData("Community", "mine", 10015)]
    [InlineData("Work", null, 10004)]
    [InlineData("BChatRoom", null, 10004)]
    public async Task Create_RefusesBadCustomIdsAndTypes(string type, string? groupId, int code)
    {
        string id = groupId == null ? "" : $",\"GroupId\":\"{groupId}\"";
        (await _api.PostAsync("create_group", $$"""{"Type":"{{type}}","Name":"n"{{id}}}""")).AssertFails(code);
    }

    [Fact]
    public async Task Create_KeepsACustomId_AndATakenOneIs10021()
    {
        JsonElement response = await _api.PostAsync("create_group", """{"Type":"Public","Name":"n","GroupId":"MyFirstGroup"}""");
        Assert.Equal("MyFirstGroup", response.GetProperty("GroupId").GetString());
        (await _api.PostAsync("create_group", """{"Type":"Public","Name":"n","GroupId":"MyFirstGroup"}""")).AssertFails(10021);
        (await _api.PostAsync("create_group", """{"Type":"Community","Name":"n","GroupId":"@TGS#_mine"}""")).AssertOk();
    }

    [Fact]
    public async Task Create_MembersMustExist_AnAVChatRoomTakesNone_AndTheCapIs100()
    {
        (await _api.PostAsync("create_group", """{"Type":"Public","Name":"n","MemberList":[{"Member_Account":"ghost"}]}""")).AssertFails(10019);
        (await _api.PostAsync("create_group", """{"Type":"AVChatRoom","Name":"n","MemberList":[{"Member_Account":"user_0001"}]}""")).AssertFails(10007);
        string many = string.Join(",", Enumerable.Range(0, 101).Select(i => $$"""{"Member_Account":"u{{i}}"}"""));
        (await _api.PostAsync("create_group", $$"""{"Type":"Public","Name":"n","MemberList":[{{many}}]}""")).AssertFails(10005);
        (await _api.PostAsync("create_group", """{"Type":"Public","Name":"","MemberList":[]}""")).AssertFails(10004);
    }

    [Fact]
    public async Task Modify_ChangesOnlyTheGivenFields_AndMovesInfoSeq()
    {
        string id = _api.Host.State.CreateGroup(GroupType.Public, "Before", "user_0001");
        (await _api.PostAsync("modify_group_base_info",
            $$"""{"GroupId":"{{id}}","Notification":"N","ShutUpAllMember":"On","AppDefinedData":[{"Key":"k","Value":"v"}]}""")).AssertOk();
        (await _api.PostAsync("modify_group_base_info", $$"""{"GroupId":"{{id}}","AppDefinedData":[{"Key":"k","Value":""}]}""")).AssertOk();

        JsonElement info = (await _api.PostAsync("get_group_info", $$"""{"GroupIdList":["{{id}}"]}""")).GetProperty("GroupInfo")[0];
        Assert.Equal(("Before", "N", "On", 2L), (info.GetProperty("Name").GetString(), info.GetProperty("Notification").GetString(),
            info.GetProperty("MuteAllMember").GetString(), info.GetProperty("InfoSeq").GetInt64()));
        Assert.Equal("[]", info.GetProperty("AppDefinedData").GetRawText());
        (await _api.PostAsync("modify_group_base_info", $$"""{"GroupId":"{{id}}","MaxMemberNum":0}""")).AssertFails(10004);
        (await _api.PostAsync("modify_group_base_info", """{"GroupId":"nosuch","Name":"x"}""")).AssertFails(10010);
    }

    [Fact]
    public async Task Destroy_DissolvesOnce_ThenTheIdIs10010()
    {
        string id = _api.Host.State.CreateGroup(GroupType.ChatRoom, "Gone", "user_0001");
        (await _api.PostAsync("destroy_group", $$"""{"GroupId":"{{id}}"}""")).AssertOk();
        (await _api.PostAsync("destroy_group", $$"""{"GroupId":"{{id}}"}""")).AssertFails(10010);
        Assert.False(_api.Host.State.GroupExists(id));
        Assert.Equal(0, (await _api.PostAsync("get_joined_group_list", """{"Member_Account":"user_0001"}""")).GetProperty("TotalCount").GetInt32());
    }

    [Fact]
    public async Task ChangeOwner_NeedsAMember_DemotesTheOldOwner_AndAnAVChatRoomRefuses()
    {
        string id = _api.Host.State.CreateGroup(GroupType.Public, "P", "user_0001");
        _api.Host.State.AddGroupMember(id, "user_0002");
        (await _api.PostAsync("change_group_owner", $$"""{"GroupId":"{{id}}","NewOwner_Account":"user_0003"}""")).AssertFails(10004);
        (await _api.PostAsync("change_group_owner", $$"""{"GroupId":"{{id}}","NewOwner_Account":"user_0002"}""")).AssertOk();
        Assert.Equal(new[] { ("user_0001", GroupRole.Member), ("user_0002", GroupRole.Owner) },
            _api.Host.State.GetGroupMembers(id)!.Select(m => (m.Account, m.Role)));

        string live = _api.Host.State.CreateGroup(GroupType.AVChatRoom, "L", "user_0001");
        (await _api.PostAsync("change_group_owner", $$"""{"GroupId":"{{live}}","NewOwner_Account":"user_0001"}""")).AssertFails(10007);
    }

    [Fact]
    public async Task EveryGroupCommandIsCountedByName()
    {
        string id = _api.Host.State.CreateGroup(GroupType.Public, "P", "user_0001");
        await _api.PostAsync("get_group_info", $$"""{"GroupIdList":["{{id}}"]}""");
        await _api.PostAsync("get_group_shutted_uin", $$"""{"GroupId":"{{id}}"}""");
        Assert.Equal(1, _api.Host.Stats.Requests["get_group_info"]);
        Assert.Equal(1, _api.Host.Stats.Requests["get_group_shutted_uin"]);
    }
}
