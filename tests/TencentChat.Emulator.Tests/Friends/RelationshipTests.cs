using System.Net;
using System.Text;
using System.Text.Json;
using TencentChat.Emulator.Tests.Infrastructure;

namespace TencentChat.Emulator.Tests.Friends;

/// <summary>v4/sns (profile-sns spec §2.4, §3.3-§3.17) over raw HTTP, demo seed (user_0001..user_0012; AllowType unset = NeedConfirm).</summary>
public sealed class RelationshipTests : IAsyncLifetime
{
    private EmulatorClient _api = null!;

    public async Task InitializeAsync() => _api = await EmulatorClient.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private async Task SettingsAsync(string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using HttpResponseMessage response = await _api.Http.PostAsync("_emulator/settings", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private Task<JsonElement> Add(string from, string to, string extra = "") =>
        _api.PostAsync("friend_add", $$"""{"From_Account":"{{from}}","AddFriendItem":[{"To_Account":"{{to}}","AddSource":"AddSource_Type_Test"}]{{extra}}}""");

    private static int Code(JsonElement answer, int index = 0) => answer.GetProperty("ResultItem")[index].GetProperty("ResultCode").GetInt32();

    private async Task<string> Relation(string command, string from, string to, string checkType)
    {
        JsonElement answer = await _api.PostAsync(command, $$"""{"From_Account":"{{from}}","To_Account":["{{to}}"],"CheckType":"{{checkType}}"}""");
        answer.AssertOk();
        return answer.GetProperty(command == "friend_check" ? "InfoItem" : "BlackListCheckItem")[0].GetProperty("Relation").GetString()!;
    }

    [Fact]
    public async Task NeedConfirm_is_a_pending_30539_in_an_OK_request_DenyAny_30516_AllowAny_adds_both_rows_and_a_repeat_is_30520()
    {
        JsonElement pending = await Add("user_0001", "user_0002");
        pending.AssertOk();
        Assert.Equal(30539, Code(pending));
        Assert.Equal("""["user_0002"]""", pending.GetProperty("Fail_Account").GetRawText());
        Assert.Equal("CheckResult_Type_NoRelation", await Relation("friend_check", "user_0001", "user_0002", "CheckResult_Type_Both"));

        (await _api.PostAsync("portrait_set", """{"From_Account":"user_0002","ProfileItem":[{"Tag":"Tag_Profile_IM_AllowType","Value":"AllowType_Type_DenyAny"}]}""")).AssertOk();
        Assert.Equal(30516, Code(await Add("user_0001", "user_0002")));
        Assert.Equal(0, Code(await Add("user_0001", "user_0002", ""","ForceAddFlags":1""")));
        Assert.Equal("CheckResult_Type_BothWay", await Relation("friend_check", "user_0001", "user_0002", "CheckResult_Type_Both"));
        Assert.Equal(30520, Code(await Add("user_0001", "user_0002", ""","ForceAddFlags":1""")));

        (await _api.PostAsync("portrait_set", """{"From_Account":"user_0004","ProfileItem":[{"Tag":"Tag_Profile_IM_AllowType","Value":"AllowType_Type_AllowAny"}]}""")).AssertOk();
        JsonElement single = await Add("user_0003", "user_0004", ""","AddType":"Add_Type_Single" """);
        Assert.False(single.TryGetProperty("Fail_Account", out _));
        Assert.Equal("CheckResult_Type_AWithB", await Relation("friend_check", "user_0003", "user_0004", "CheckResult_Type_Both"));
        Assert.Equal("CheckResult_Type_BWithA", await Relation("friend_check", "user_0004", "user_0003", "CheckResult_Type_Both"));
        Assert.Equal("CheckResult_Type_NoRelation", await Relation("friend_check", "user_0004", "user_0003", "CheckResult_Type_Single"));
    }

    [Fact]
    public async Task Friend_get_pages_by_StartIndex_with_CompleteFlag_on_the_last_page_and_an_equal_sequence_drops_the_standard_tags()
    {
        await SettingsAsync("""{"FriendPageSize":2}""");
        string items = string.Join(",", Enumerable.Range(2, 5).Select(i => $$"""{"To_Account":"user_{{i:D4}}","AddSource":"AddSource_Type_Web","Remark":"r{{i}}","GroupName":["Team"],"AddTime":1563867420}"""));
        (await _api.PostAsync("friend_import", $$"""{"From_Account":"user_0001","AddFriendItem":[{{items}}]}""")).AssertOk();

        var seen = new List<string>();
        long start = 0;
        JsonElement page;
        do
        {
            page = await _api.PostAsync("friend_get", $$"""{"From_Account":"user_0001","StartIndex":{{start}},"StandardSequence":0,"CustomSequence":0}""");
            page.AssertOk();
            seen.AddRange(page.GetProperty("UserDataItem").EnumerateArray().Select(i => i.GetProperty("To_Account").GetString()!));
            start = page.GetProperty("NextStartIndex").GetInt64();
        }
        while (page.GetProperty("CompleteFlag").GetInt32() == 0);
        Assert.Equal(Enumerable.Range(2, 5).Select(i => $"user_{i:D4}"), seen);
        Assert.Equal(0, start);
        Assert.Equal(5, page.GetProperty("FriendNum").GetInt32());
        Assert.Equal(3, _api.Host.Stats.Requests["friend_get"]);

        JsonElement first = await _api.PostAsync("friend_get", """{"From_Account":"user_0001","StartIndex":0}""");
        Assert.Equal("""[{"Tag":"Tag_SNS_IM_AddSource","Value":"AddSource_Type_Web"},{"Tag":"Tag_SNS_IM_Remark","Value":"r2"},{"Tag":"Tag_SNS_IM_Group","Value":["Team"]},{"Tag":"Tag_SNS_IM_AddTime","Value":1563867420}]""",
            first.GetProperty("UserDataItem")[0].GetProperty("ValueItem").GetRawText());
        long sequence = first.GetProperty("StandardSequence").GetInt64();
        JsonElement suppressed = await _api.PostAsync("friend_get", $$"""{"From_Account":"user_0001","StartIndex":0,"StandardSequence":{{sequence}}}""");
        Assert.Equal(0, suppressed.GetProperty("UserDataItem")[0].GetProperty("ValueItem").GetArrayLength());
    }

    [Fact]
    public async Task Blocking_removes_the_friendship_both_ways_a_repeat_is_31307_and_the_blocked_pair_cannot_befriend()
    {
        await Add("user_0001", "user_0002", ""","ForceAddFlags":1""");
        JsonElement blocked = await _api.PostAsync("black_list_add", """{"From_Account":"user_0001","To_Account":["user_0002","user_0002"]}""");
        Assert.Equal((0, 31307), (Code(blocked, 0), Code(blocked, 1)));
        Assert.Equal("CheckResult_Type_NoRelation", await Relation("friend_check", "user_0001", "user_0002", "CheckResult_Type_Both"));
        Assert.Equal("BlackCheckResult_Type_AWithB", await Relation("black_list_check", "user_0001", "user_0002", "BlackCheckResult_Type_Both"));
        Assert.Equal("BlackCheckResult_Type_BWithA", await Relation("black_list_check", "user_0002", "user_0001", "BlackCheckResult_Type_Both"));
        Assert.Equal("BlackCheckResult_Type_NO", await Relation("black_list_check", "user_0002", "user_0001", "BlackCheckResult_Type_Single"));
        Assert.Equal(30515, Code(await Add("user_0001", "user_0002", ""","ForceAddFlags":1""")));
        Assert.Equal(30525, Code(await Add("user_0002", "user_0001", ""","ForceAddFlags":1""")));

        JsonElement unblocked = await _api.PostAsync("black_list_delete", """{"From_Account":"user_0001","To_Account":["user_0002","user_0003"]}""");
        Assert.Equal((0, 0), (Code(unblocked, 0), Code(unblocked, 1)));
    }

    [Fact]
    public async Task Black_list_get_pages_with_MaxLimited_and_answers_both_sequence_spellings()
    {
        (await _api.PostAsync("black_list_add", """{"From_Account":"user_0001","To_Account":["user_0002","user_0003","user_0004"]}""")).AssertOk();
        JsonElement first = await _api.PostAsync("black_list_get", """{"From_Account":"user_0001","StartIndex":0,"MaxLimited":2,"LastSequence":0}""");
        Assert.Equal(2, first.GetProperty("StartIndex").GetInt64());
        Assert.Equal(first.GetProperty("CurruentSequence").GetInt64(), first.GetProperty("CurrentSequence").GetInt64());
        JsonElement last = await _api.PostAsync("black_list_get", """{"From_Account":"user_0001","StartIndex":2,"MaxLimited":2,"LastSequence":0}""");
        Assert.Equal(0, last.GetProperty("StartIndex").GetInt64());
        Assert.Equal("user_0004", last.GetProperty("BlackListItem")[0].GetProperty("To_Account").GetString());
        (await _api.PostAsync("black_list_get", """{"From_Account":"user_0001","StartIndex":0,"MaxLimited":1001,"LastSequence":0}""")).AssertFails(30001);
    }

    [Fact]
    public async Task Friend_lists_are_capped_at_32_a_non_friend_member_is_32216_and_deleting_a_list_strips_it_from_friends()
    {
        await Add("user_0001", "user_0002", ""","ForceAddFlags":1""");
        string names = string.Join(",", Enumerable.Range(1, 32).Select(i => $"\"L{i}\""));
        JsonElement added = await _api.PostAsync("group_add", $$"""{"From_Account":"user_0001","GroupName":[{{names}}],"To_Account":["user_0002","user_0003"]}""");
        Assert.Equal((0, 32216), (Code(added, 0), Code(added, 1)));
        (await _api.PostAsync("group_add", """{"From_Account":"user_0001","GroupName":["L33"]}""")).AssertFails(30011);

        JsonElement lists = await _api.PostAsync("group_get", """{"From_Account":"user_0001","NeedFriend":"Need_Friend_Type_Yes","GroupName":["L1"]}""");
        Assert.Equal("""[{"GroupName":"L1","FriendNumber":1,"To_Account":["user_0002"]}]""", lists.GetProperty("ResultItem").GetRawText());
        (await _api.PostAsync("group_delete", """{"From_Account":"user_0001","GroupName":["L1","nope"]}""")).AssertOk();
        JsonElement after = await _api.PostAsync("group_get", """{"From_Account":"user_0001"}""");
        Assert.Equal(31, after.GetProperty("ResultItem").GetArrayLength());
    }

    [Fact]
    public async Task Friend_delete_is_31704_for_a_non_friend_and_Both_removes_the_other_row()
    {
        await Add("user_0001", "user_0002", ""","ForceAddFlags":1""");
        JsonElement deleted = await _api.PostAsync("friend_delete", """{"From_Account":"user_0001","To_Account":["user_0002","user_0003"],"DeleteType":"Delete_Type_Both"}""");
        Assert.Equal((0, 31704), (Code(deleted, 0), Code(deleted, 1)));
        Assert.False(deleted.TryGetProperty("Fail_Account", out _));
        Assert.Equal("CheckResult_Type_NoRelation", await Relation("friend_check", "user_0002", "user_0001", "CheckResult_Type_Both"));
    }

    [Fact]
    public async Task Deleting_an_account_removes_its_rows_and_every_row_naming_it()
    {
        await Add("user_0001", "user_0005", ""","ForceAddFlags":1""");
        (await _api.PostAsync("black_list_add", """{"From_Account":"user_0003","To_Account":["user_0005"]}""")).AssertOk();
        (await _api.PostAsync("account_delete", """{"DeleteItem":[{"UserID":"user_0005"}]}""")).AssertOk();
        (await _api.PostAsync("account_import", """{"UserID":"user_0005"}""")).AssertOk();

        Assert.Equal("CheckResult_Type_NoRelation", await Relation("friend_check", "user_0001", "user_0005", "CheckResult_Type_Both"));
        Assert.Equal("BlackCheckResult_Type_NO", await Relation("black_list_check", "user_0003", "user_0005", "BlackCheckResult_Type_Both"));
    }

    [Fact]
    public async Task Requests_check_the_owner_and_the_batch_caps_and_every_command_is_counted()
    {
        (await Add("nobody", "user_0002")).AssertFails(30003);
        string many = string.Join(",", Enumerable.Range(0, 1001).Select(i => $"\"u{i}\""));
        (await _api.PostAsync("friend_check", $$"""{"From_Account":"user_0001","To_Account":[{{many}}],"CheckType":"CheckResult_Type_Single"}""")).AssertFails(30001);
        (await _api.PostAsync("friend_add", """{"From_Account":"user_0001","AddFriendItem":{"To_Account":"user_0002"}}""")).AssertFails(30001);
        JsonElement noSource = await _api.PostAsync("friend_add", """{"From_Account":"user_0001","AddFriendItem":[{"To_Account":"user_0002"}]}""");
        Assert.Equal(30001, Code(noSource));
        foreach (string command in new[] { "friend_update", "friend_delete_all", "friend_get_list", "black_list_delete", "group_delete" })
            await _api.PostAsync(command, """{"From_Account":"user_0001"}""");
        foreach (string command in new[] { "friend_add", "friend_check", "friend_update", "friend_delete_all", "friend_get_list", "black_list_delete", "group_delete" })
            Assert.True(_api.Host.Stats.Requests[command] >= 1, command);
    }

    [Fact]
    public async Task Custom_friend_fields_must_be_declared_and_come_back_from_friend_get_and_friend_get_list()
    {
        await Add("user_0001", "user_0002", ""","ForceAddFlags":1""");
        const string update = """{"From_Account":"user_0001","UpdateItem":[{"To_Account":"user_0002","SnsItem":[{"Tag":"Tag_SNS_Custom_Level","Value":"gold"},{"Tag":"Tag_SNS_IM_Remark","Value":"Mei"}]}]}""";
        Assert.Equal(30001, Code(await _api.PostAsync("friend_update", update)));
        await SettingsAsync("""{"FriendCustomTags":["Level"]}""");
        Assert.Equal(0, Code(await _api.PostAsync("friend_update", update)));

        JsonElement page = await _api.PostAsync("friend_get", """{"From_Account":"user_0001","StartIndex":0}""");
        string values = page.GetProperty("UserDataItem")[0].GetProperty("ValueItem").GetRawText();
        Assert.Contains("""{"Tag":"Tag_SNS_IM_Remark","Value":"Mei"}""", values);
        Assert.Contains("""{"Tag":"Tag_SNS_Custom_Level","Value":"gold"}""", values);

        (await _api.PostAsync("portrait_set", """{"From_Account":"user_0002","ProfileItem":[{"Tag":"Tag_Profile_IM_Nick","Value":"M"}]}""")).AssertOk();
        JsonElement list = await _api.PostAsync("friend_get_list", """{"From_Account":"user_0001","To_Account":["user_0002","user_0003"],"TagList":["Tag_Profile_IM_Nick","Tag_SNS_Custom_Level"]}""");
        Assert.Equal("""[{"Tag":"Tag_Profile_IM_Nick","Value":"M"},{"Tag":"Tag_SNS_Custom_Level","Value":"gold"}]""", list.GetProperty("InfoItem")[0].GetProperty("SnsProfileItem").GetRawText());
        Assert.Equal(30001, list.GetProperty("InfoItem")[1].GetProperty("ResultCode").GetInt32());
    }

    [Fact]
    public async Task An_account_barred_by_AdminForbidType_SendOut_gets_30009_and_the_settings_change_the_default_AllowType()
    {
        (await _api.PostAsync("portrait_set", """{"From_Account":"user_0001","ProfileItem":[{"Tag":"Tag_Profile_IM_AdminForbidType","Value":"AdminForbid_Type_SendOut"}]}""")).AssertOk();
        Assert.Equal(30009, Code(await Add("user_0001", "user_0002", ""","ForceAddFlags":1""")));

        await SettingsAsync("""{"DefaultAllowType":"AllowType_Type_AllowAny"}""");
        Assert.Equal(0, Code(await Add("user_0003", "user_0004")));
        using var content = new StringContent("""{"DefaultAllowType":"Maybe"}""", Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.BadRequest, (await _api.Http.PostAsync("_emulator/settings", content)).StatusCode);
    }
}
