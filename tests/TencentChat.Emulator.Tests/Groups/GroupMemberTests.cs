using System.Text.Json;
using TencentChat.Emulator.Groups;
using TencentChat.Emulator.Tests.Infrastructure;

namespace TencentChat.Emulator.Tests.Groups;

/// <summary>The member commands (group spec §3.7-§3.11, §3.17, §3.18) over raw HTTP.</summary>
public sealed class GroupMemberTests : IAsyncLifetime
{
    private EmulatorClient _api = null!;

    public async Task InitializeAsync() => _api = await EmulatorClient.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private string Group(GroupType type, int members)
    {
        string id = _api.Host.State.CreateGroup(type, "g", "owner");
        for (int i = 0; i < members; i++) _api.Host.State.AddGroupMember(id, $"m{i:000}");
        return id;
    }

    private static string[] Accounts(JsonElement page) =>
        page.GetProperty("MemberList").EnumerateArray().Select(m => m.GetProperty("Member_Account").GetString()!).ToArray();

    [Fact]
    public async Task MemberInfo_PagesByOffset_WithTheWholeCount()
    {
        string id = Group(GroupType.Public, 4);
        JsonElement first = await _api.PostAsync("get_group_member_info", $$"""{"GroupId":"{{id}}","Limit":3,"Offset":0}""");
        JsonElement second = await _api.PostAsync("get_group_member_info", $$"""{"GroupId":"{{id}}","Limit":3,"Offset":3}""");

        Assert.Equal(5, first.GetProperty("MemberNum").GetInt32());
        Assert.Equal(new[] { "owner", "m000", "m001" }, Accounts(first));
        Assert.Equal(new[] { "m002", "m003" }, Accounts(second));
        Assert.False(first.TryGetProperty("Next", out _));
        JsonElement member = first.GetProperty("MemberList")[1];
        Assert.Equal(new[] { "Member_Account", "Role", "JoinTime", "MsgSeq", "MsgFlag", "LastSendMsgTime", "MuteUntil", "ShutUpUntil", "NameCard", "AppMemberDefinedData" },
            member.Names());
        (await _api.PostAsync("get_group_member_info", $$"""{"GroupId":"{{id}}","Limit":201}""")).AssertFails(10004);
    }

    [Fact]
    public async Task MemberInfo_PagesACommunityByItsStringNext_AndRefusesOffset()
    {
        string id = Group(GroupType.Community, 4);
        var seen = new List<string>();
        string next = "";
        do
        {
            JsonElement page = await _api.PostAsync("get_group_member_info", $$"""{"GroupId":"{{id}}","Limit":2,"Next":"{{next}}"}""");
            page.AssertOk();
            seen.AddRange(Accounts(page));
            next = page.GetProperty("Next").GetString()!;
        } while (next.Length > 0);

        Assert.Equal(new[] { "owner", "m000", "m001", "m002", "m003" }, seen);
        (await _api.PostAsync("get_group_member_info", $$"""{"GroupId":"{{id}}","Limit":2,"Offset":2}""")).AssertFails(10004);
        (await _api.PostAsync("get_group_member_info", $$"""{"GroupId":"{{id}}","Limit":2}""")).AssertFails(10004);
    }

    [Fact]
    public async Task MemberInfo_ACommunityCursorSurvivesMembersLeavingMidStream()
    {
        string id = Group(GroupType.Community, 4);
        JsonElement first = await _api.PostAsync("get_group_member_info", $$"""{"GroupId":"{{id}}","Limit":2,"Next":""}""");
        (await _api.PostAsync("delete_group_member", $$"""{"GroupId":"{{id}}","MemberToDel_Account":["m000"]}""")).AssertOk();
        JsonElement second = await _api.PostAsync("get_group_member_info",
            $$"""{"GroupId":"{{id}}","Limit":10,"Next":"{{first.GetProperty("Next").GetString()}}"}""");
        Assert.Equal(new[] { "m001", "m002", "m003" }, Accounts(second));
    }

    [Fact]
    public async Task MemberInfo_AnAVChatRoomHasNoMemberList_AndRolesFilter()
    {
        string live = Group(GroupType.AVChatRoom, 0);
        Assert.Contains("AVChatRoom", (await _api.PostAsync("get_group_member_info", $$"""{"GroupId":"{{live}}"}""")).AssertFails(10007));
        string id = Group(GroupType.Public, 2);
        JsonElement owners = await _api.PostAsync("get_group_member_info", $$"""{"GroupId":"{{id}}","MemberRoleFilter":["Owner"],"MemberInfoFilter":["Role"]}""");
        Assert.Equal(new[] { "owner" }, Accounts(owners));
        Assert.Equal(new[] { "Member_Account", "Role" }, owners.GetProperty("MemberList")[0].Names());
    }

    [Fact]
    public async Task Specified_AnswersTheNamedMembers_LeavingOutNonMembers()
    {
        string id = Group(GroupType.Public, 2);
        JsonElement response = await _api.PostAsync("get_specified_group_member_info", $$"""{"GroupId":"{{id}}","Member_List_Account":["m001","stranger","owner"]}""");
        Assert.Equal(new[] { "m001", "owner" }, Accounts(response));
    }

    [Fact]
    public async Task Add_AnswersEachMember_AddedAlreadyOrFailed_InRequestOrder()
    {
        string id = Group(GroupType.Public, 1);
        _api.Host.State.AddUser("fresh");
        JsonElement response = await _api.PostAsync("add_group_member",
            $$"""{"GroupId":"{{id}}","Silence":1,"MemberList":[{"Member_Account":"fresh"},{"Member_Account":"m000"},{"Member_Account":"ghost"}]}""");

        response.AssertOk();
        Assert.Equal("""[{"Member_Account":"fresh","Result":1},{"Member_Account":"m000","Result":2},{"Member_Account":"ghost","Result":0}]""",
            response.GetProperty("MemberList").GetRawText());
        (await _api.PostAsync("add_group_member", $$"""{"GroupId":"{{id}}","MemberList":[{"Member_Account":"ghost"}]}""")).AssertFails(10019);
    }

    [Fact]
    public async Task Add_IsCappedAt20_PendsWhenInvitesNeedPermission_AndRefusesAnAVChatRoom()
    {
        string id = Group(GroupType.Public, 0);
        string many = string.Join(",", Enumerable.Range(0, 21).Select(i => $$"""{"Member_Account":"m{{i:000}}"}"""));
        (await _api.PostAsync("add_group_member", $$"""{"GroupId":"{{id}}","MemberList":[{{many}}]}""")).AssertFails(10005);

        _api.Host.State.AddUser("invitee");
        (await _api.PostAsync("modify_group_base_info", $$"""{"GroupId":"{{id}}","InviteJoinOption":"NeedPermission"}""")).AssertOk();
        JsonElement pending = await _api.PostAsync("add_group_member", $$"""{"GroupId":"{{id}}","MemberList":[{"Member_Account":"invitee"}]}""");
        Assert.Equal(3, pending.GetProperty("MemberList")[0].GetProperty("Result").GetInt32());

        string live = Group(GroupType.AVChatRoom, 0);
        (await _api.PostAsync("add_group_member", $$"""{"GroupId":"{{live}}","MemberList":[{"Member_Account":"invitee"}]}""")).AssertFails(10007);
    }

    [Fact]
    public async Task Add_BeyondMaxMemberNum_Is10014()
    {
        JsonElement created = await _api.PostAsync("create_group", """{"Type":"Public","Name":"small","MaxMemberCount":2,"Owner_Account":"user_0001"}""");
        string id = created.GetProperty("GroupId").GetString()!;
        (await _api.PostAsync("add_group_member", $$"""{"GroupId":"{{id}}","MemberList":[{"Member_Account":"user_0002"},{"Member_Account":"user_0003"}]}""")).AssertFails(10014);
    }

    [Fact]
    public async Task Delete_RemovesMembers_NonMembersAreOk_TheOwnerIsNot_AndAnAVChatRoomIs10004()
    {
        string id = Group(GroupType.Public, 2);
        (await _api.PostAsync("delete_group_member", $$"""{"GroupId":"{{id}}","Reason":"spam","MemberToDel_Account":["m000","stranger"]}""")).AssertOk();
        Assert.Equal(new[] { "owner", "m001" }, _api.Host.State.GetGroupMembers(id)!.Select(m => m.Account));
        (await _api.PostAsync("delete_group_member", $$"""{"GroupId":"{{id}}","MemberToDel_Account":["owner"]}""")).AssertFails(10007);
        string over = string.Join(",", Enumerable.Range(0, 101).Select(i => $"\"x{i}\""));
        (await _api.PostAsync("delete_group_member", $$"""{"GroupId":"{{id}}","MemberToDel_Account":[{{over}}]}""")).AssertFails(10005);
        string live = Group(GroupType.AVChatRoom, 0);
        (await _api.PostAsync("delete_group_member", $$"""{"GroupId":"{{live}}","MemberToDel_Account":["x"]}""")).AssertFails(10004);
    }

    [Fact]
    public async Task ModifyMember_SetsRoleNameCardFlagAndMute_AndRefusesWhatTheTypeForbids()
    {
        string id = Group(GroupType.Public, 1);
        (await _api.PostAsync("modify_group_member_info",
            $$"""{"GroupId":"{{id}}","Member_Account":"m000","Role":"Admin","NameCard":"Bob","MsgFlag":"AcceptNotNotify","ShutUpTime":60}""")).AssertOk();
        GroupMemberInfo member = _api.Host.State.GetGroupMembers(id)!.Single(m => m.Account == "m000");
        Assert.Equal((GroupRole.Admin, "Bob", "AcceptNotNotify"), (member.Role, member.NameCard, member.MsgFlag));
        Assert.True(member.MutedUntil > _api.Host.State.Now);

        (await _api.PostAsync("modify_group_member_info", $$"""{"GroupId":"{{id}}","Member_Account":"m000","Role":"Owner"}""")).AssertFails(10007);
        (await _api.PostAsync("modify_group_member_info", $$"""{"GroupId":"{{id}}","Member_Account":"m000","NameCard":"{{new string('x', 51)}}"}""")).AssertFails(10004);
        (await _api.PostAsync("modify_group_member_info", $$"""{"GroupId":"{{id}}","Member_Account":"stranger","NameCard":"x"}""")).AssertFails(10004);
        string work = Group(GroupType.Private, 1);
        (await _api.PostAsync("modify_group_member_info", $$"""{"GroupId":"{{work}}","Member_Account":"m000","MuteTime":60}""")).AssertFails(10007);
    }

    [Fact]
    public async Task Forbid_MutesWithExpiry_ZeroUnmutes_AndTheMutedListShowsBothNames()
    {
        string id = Group(GroupType.ChatRoom, 3);
        (await _api.PostAsync("forbid_send_msg", $$"""{"GroupId":"{{id}}","Members_Account":["m000","m001","stranger"],"MuteTime":3600}""")).AssertOk();
        (await _api.PostAsync("forbid_send_msg", $$"""{"GroupId":"{{id}}","Members_Account":["m002"],"MuteTime":4294967295}""")).AssertOk();
        (await _api.PostAsync("forbid_send_msg", $$"""{"GroupId":"{{id}}","Members_Account":["m001"],"MuteTime":0}""")).AssertOk();

        JsonElement muted = await _api.PostAsync("get_group_muted_account", $$"""{"GroupId":"{{id}}"}""");
        JsonElement[] list = muted.GetProperty("MutedAccountList").EnumerateArray().ToArray();
        Assert.Equal(new[] { "m000", "m002" }, list.Select(m => m.GetProperty("Member_Account").GetString()));
        Assert.InRange(list[0].GetProperty("MutedUntil").GetInt64() - _api.Host.State.Now, 3590, 3600);
        Assert.Equal(4294967295L, list[1].GetProperty("MutedUntil").GetInt64());
        Assert.Equal(4294967295L, muted.GetProperty("ShuttedUinList")[1].GetProperty("ShuttedUntil").GetInt64());

        string work = Group(GroupType.Private, 1);
        (await _api.PostAsync("forbid_send_msg", $$"""{"GroupId":"{{work}}","Members_Account":["m000"],"MuteTime":60}""")).AssertFails(10007);
        string over = string.Join(",", Enumerable.Range(0, 501).Select(i => $"\"x{i}\""));
        (await _api.PostAsync("forbid_send_msg", $$"""{"GroupId":"{{id}}","Members_Account":[{{over}}],"MuteTime":1}""")).AssertFails(10005);
    }

    [Fact]
    public async Task AMuteSurvivesLeavingAndRejoining()
    {
        string id = Group(GroupType.Public, 1);
        (await _api.PostAsync("forbid_send_msg", $$"""{"GroupId":"{{id}}","Members_Account":["m000"],"MuteTime":600}""")).AssertOk();
        (await _api.PostAsync("delete_group_member", $$"""{"GroupId":"{{id}}","MemberToDel_Account":["m000"]}""")).AssertOk();
        (await _api.PostAsync("add_group_member", $$"""{"GroupId":"{{id}}","MemberList":[{"Member_Account":"m000"}]}""")).AssertOk();
        Assert.True(_api.Host.State.GetGroupMembers(id)!.Single(m => m.Account == "m000").MutedUntil > 0);
    }
}
