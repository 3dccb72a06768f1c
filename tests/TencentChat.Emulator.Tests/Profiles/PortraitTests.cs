using System.Net;
using System.Text;
using System.Text.Json;
using TencentChat.Emulator.Tests.Infrastructure;

namespace TencentChat.Emulator.Tests.Profiles;

/// <summary>v4/profile/portrait_set and portrait_get (profile spec §3.1, §3.2) over raw HTTP, demo seed (user_0001..user_0012).</summary>
public sealed class PortraitTests : IAsyncLifetime
{
    private EmulatorClient _api = null!;

    public async Task InitializeAsync() => _api = await EmulatorClient.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private Task<JsonElement> Set(string account, string items) =>
        _api.PostAsync("portrait_set", $$"""{"From_Account":"{{account}}","ProfileItem":[{{items}}]}""");

    private async Task<HttpStatusCode> DeclareAsync(string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using HttpResponseMessage response = await _api.Http.PostAsync("_emulator/settings", content);
        return response.StatusCode;
    }

    [Fact]
    public async Task Set_then_get_every_standard_tag_and_a_declared_custom_tag_round_trips_with_numbers_as_numbers()
    {
        Assert.Equal(HttpStatusCode.OK, await DeclareAsync("""{"ProfileCustomTags":["Tag_Profile_Custom_Test"]}"""));
        const string items = """
            {"Tag":"Tag_Profile_IM_Nick","Value":"Mei"},{"Tag":"Tag_Profile_IM_Gender","Value":"Gender_Type_Female"},
            {"Tag":"Tag_Profile_IM_BirthDay","Value":20190419},{"Tag":"Tag_Profile_IM_Location","Value":"0086000100020003"},
            {"Tag":"Tag_Profile_IM_SelfSignature","Value":"hi"},{"Tag":"Tag_Profile_IM_AllowType","Value":"AllowType_Type_DenyAny"},
            {"Tag":"Tag_Profile_IM_Language","Value":7},{"Tag":"Tag_Profile_IM_Image","Value":"https://example.com/a.png"},
            {"Tag":"Tag_Profile_IM_MsgSettings","Value":1},{"Tag":"Tag_Profile_IM_AdminForbidType","Value":"AdminForbid_Type_SendOut"},
            {"Tag":"Tag_Profile_IM_Level","Value":3},{"Tag":"Tag_Profile_IM_Role","Value":4},{"Tag":"Tag_Profile_Custom_Test","Value":"vip"}
            """;
        (await Set("user_0001", items)).AssertOk();

        JsonElement got = await _api.PostAsync("portrait_get",
            """{"To_Account":["user_0001"],"TagList":["Tag_Profile_IM_BirthDay","Tag_Profile_IM_Gender","Tag_Profile_Custom_Test","Tag_Profile_IM_Role"]}""");
        got.AssertOk();
        Assert.False(got.TryGetProperty("Fail_Account", out _));
        Assert.Equal(
            """[{"To_Account":"user_0001","ProfileItem":[{"Tag":"Tag_Profile_IM_BirthDay","Value":20190419},{"Tag":"Tag_Profile_IM_Gender","Value":"Gender_Type_Female"},""" +
            """{"Tag":"Tag_Profile_Custom_Test","Value":"vip"},{"Tag":"Tag_Profile_IM_Role","Value":4}],"ResultCode":0,"ResultInfo":""}]""",
            got.GetProperty("UserProfileItem").GetRawText());
        Assert.Equal("AllowType_Type_DenyAny", _api.Host.State.ProfileOf("user_0001")!.Text("Tag_Profile_IM_AllowType"));
        Assert.Equal(1, _api.Host.Stats.Requests["portrait_set"]);
        Assert.Equal(1, _api.Host.Stats.Requests["portrait_get"]);
    }

    [Fact]
    public async Task Get_leaves_unset_tags_out_and_answers_an_unknown_account_per_item_40003_in_Fail_Account()
    {
        JsonElement got = await _api.PostAsync("portrait_get", """{"To_Account":["user_0002","nobody"],"TagList":["Tag_Profile_IM_Nick"]}""");
        got.AssertOk();
        JsonElement items = got.GetProperty("UserProfileItem");
        Assert.Equal(0, items[0].GetProperty("ProfileItem").GetArrayLength());
        Assert.Equal(40003, items[1].GetProperty("ResultCode").GetInt32());
        Assert.Equal("""["nobody"]""", got.GetProperty("Fail_Account").GetRawText());
    }

    [Theory]
    [InlineData("""{"Tag":"Tag_Profile_IM_Gender","Value":"Gender_Type_Other"}""", 40605)]
    [InlineData("""{"Tag":"Tag_Profile_IM_Location","Value":"12345678901234567"}""", 40605)]
    [InlineData("""{"Tag":"Tag_Profile_IM_BirthDay","Value":"20190419"}""", 40610)]
    [InlineData("""{"Tag":"Tag_Profile_IM_Nick","Value":5}""", 40610)]
    [InlineData("""{"Tag":"Tag_Profile_IM_Level","Value":-1}""", 40605)]
    [InlineData("""{"Tag":"Tag_Profile_Custom_Nope","Value":"x"}""", 40009)]
    [InlineData("""{"Tag":"Tag_Profile_IM_Unknown","Value":"x"}""", 40009)]
    public async Task Set_refuses_a_bad_value_with_its_code_and_applies_nothing(string bad, int code)
    {
        (await Set("user_0003", """{"Tag":"Tag_Profile_IM_Nick","Value":"before"},""" + bad)).AssertFails(code);
        Assert.Null(_api.Host.State.ProfileOf("user_0003")!.Get("Tag_Profile_IM_Nick"));
    }

    [Fact]
    public async Task Set_refuses_text_over_500_bytes_with_40601_and_an_unknown_account_with_40003()
    {
        string nick = new('é', 251);
        (await Set("user_0004", $$"""{"Tag":"Tag_Profile_IM_Nick","Value":"{{nick}}"}""")).AssertFails(40601);
        (await Set("user_0004", $$"""{"Tag":"Tag_Profile_IM_Nick","Value":"{{nick[..250]}}"}""")).AssertOk();
        (await Set("nobody", """{"Tag":"Tag_Profile_IM_Nick","Value":"x"}""")).AssertFails(40003);
    }

    [Fact]
    public async Task Get_checks_its_request_missing_To_Account_40002_over_100_accounts_40001_undeclared_tag_40009()
    {
        (await _api.PostAsync("portrait_get", """{"TagList":["Tag_Profile_IM_Nick"]}""")).AssertFails(40002);
        string many = string.Join(",", Enumerable.Range(0, 101).Select(i => $"\"u{i}\""));
        (await _api.PostAsync("portrait_get", $$"""{"To_Account":[{{many}}],"TagList":["Tag_Profile_IM_Nick"]}""")).AssertFails(40001);
        (await _api.PostAsync("portrait_get", """{"To_Account":["user_0001"],"TagList":["Tag_Profile_Custom_Test"]}""")).AssertFails(40009);
    }

    [Fact]
    public async Task Settings_refuse_a_custom_tag_that_is_not_letters_and_answer_the_declared_ones()
    {
        Assert.Equal(HttpStatusCode.BadRequest, await DeclareAsync("""{"ProfileCustomTags":["Tag_Profile_Custom_Te5t"]}"""));
        Assert.Equal(HttpStatusCode.BadRequest, await DeclareAsync("""{"ProfileCustomTags":"Test"}"""));
        Assert.Equal(HttpStatusCode.OK, await DeclareAsync("""{"ProfileCustomTags":["Level","Tag_Profile_Custom_Aa"]}"""));
        JsonElement settings = await EmulatorClient.ReadJsonAsync(await _api.Http.GetAsync("_emulator/settings"));
        Assert.Equal("""["Tag_Profile_Custom_Aa","Tag_Profile_Custom_Level"]""", settings.GetProperty("ProfileCustomTags").GetRawText());
    }

    [Fact]
    public async Task Deleting_the_account_takes_its_profile_with_it()
    {
        (await Set("user_0005", """{"Tag":"Tag_Profile_IM_Nick","Value":"gone"}""")).AssertOk();
        (await _api.PostAsync("account_delete", """{"DeleteItem":[{"UserID":"user_0005"}]}""")).AssertOk();
        (await _api.PostAsync("account_import", """{"UserID":"user_0005"}""")).AssertOk();
        Assert.Null(_api.Host.State.ProfileOf("user_0005")!.Get("Tag_Profile_IM_Nick"));
    }

    [Fact]
    public async Task The_Nick_and_FaceUrl_an_account_import_sets_are_the_profile_tags_portrait_get_reads()
    {
        (await _api.PostAsync("account_import", """{"UserID":"imported_1","Nick":"Ana","FaceUrl":"https://example.com/ana.png"}""")).AssertOk();
        (await _api.PostAsync("multiaccount_import", """{"AccountList":[{"UserID":"imported_2","Nick":"Bo"}]}""")).AssertOk();

        JsonElement got = await _api.PostAsync("portrait_get",
            """{"To_Account":["imported_1","imported_2"],"TagList":["Tag_Profile_IM_Nick","Tag_Profile_IM_Image"]}""");
        got.AssertOk();
        Assert.Equal(
            """[{"Tag":"Tag_Profile_IM_Nick","Value":"Ana"},{"Tag":"Tag_Profile_IM_Image","Value":"https://example.com/ana.png"}]""",
            got.GetProperty("UserProfileItem")[0].GetProperty("ProfileItem").GetRawText());
        Assert.Equal("""[{"Tag":"Tag_Profile_IM_Nick","Value":"Bo"}]""", got.GetProperty("UserProfileItem")[1].GetProperty("ProfileItem").GetRawText());
    }
}
