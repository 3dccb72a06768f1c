using System.Text.Json;
using TencentChat.Emulator.Conversations;
using TencentChat.Emulator.Tests.Infrastructure;

namespace TencentChat.Emulator.Tests.Conversations;

/// <summary>Every documented limit exactly at the limit and one over, plus field types and shapes.</summary>
public sealed class ValidationTests : IAsyncLifetime
{
    private EmulatorClient _api = null!;

    public async Task InitializeAsync()
    {
        _api = await EmulatorClient.StartAsync(new() { Seed = "none" });
        _api.Host.State.AddUser("owner");
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private static string Peers(int count) => string.Join(",", Enumerable.Range(0, count).Select(i => $$"""{"Type":1,"To_Account":"peer{{i}}"}"""));

    private static string MarkItems(int count, string extra = "\"SetMark\":[0]") =>
        string.Join(",", Enumerable.Range(0, count).Select(i => $$"""{"OptType":1,"ContactItem":{"Type":1,"To_Account":"peer{{i}}"},{{extra}}}"""));

    private Task<JsonElement> CreateGroup(string name, string contacts = "") =>
        _api.PostAsync("create_contact_group", $$"""{"From_Account":"owner","GroupContactItem":[{"GroupName":{{JsonSerializer.Serialize(name)}},"ContactItem":[{{contacts}}]}]}""");

    private Task<JsonElement> Mark(string items) => _api.PostAsync("mark_contact", $$"""{"From_Account":"owner","MarkItem":[{{items}}]}""");

    [Fact]
    public async Task UnknownFromAccount_Is50001()
    {
        (await _api.PostAsync("get_contact_group", """{"From_Account":"ghost","StartIndex":0}""")).AssertFails(50001);
    }

    [Theory]
    [InlineData("""{"From_Account":1,"StartIndex":0}""", 60015, "From_Account")]
    [InlineData("""{"StartIndex":0}""", 50002, "From_Account")]
    [InlineData("""{"From_Account":"","StartIndex":0}""", 50002, "From_Account")]
    [InlineData("""{"From_Account":"owner","StartIndex":"0"}""", 50002, "StartIndex")]
    [InlineData("""{"From_Account":"owner","StartIndex":-1}""", 50002, "StartIndex")]
    [InlineData("""{"From_Account":"owner"}""", 50002, "StartIndex")]
    public async Task GetContactGroup_FieldTypes(string body, int code, string named)
    {
        Assert.Contains(named, (await _api.PostAsync("get_contact_group", body)).AssertFails(code));
    }

    [Theory]
    [InlineData("""{"Type":"1","To_Account":"a"}""", 50002, "ContactItem[0].Type")]
    [InlineData("""{"Type":3,"To_Account":"a"}""", 50002, "ContactItem[0].Type")]
    [InlineData("""{"Type":1,"To_Account":7}""", 60015, "ContactItem[0].To_Account")]
    [InlineData("""{"Type":1,"ToGroupId":"@TGS#x"}""", 50002, "ContactItem[0].ToGroupId")]
    [InlineData("""{"Type":1,"To_Account":"a","ToGroupId":"@TGS#x"}""", 50002, "ContactItem[0].ToGroupId")]
    [InlineData("""{"Type":2,"To_Account":"a"}""", 50002, "ContactItem[0].To_Account")]
    [InlineData("""{"Type":2,"ToGroupid":"@TGS#x"}""", 50002, "ContactItem[0].ToGroupid")]
    [InlineData("""{"Type":2,"ToGroupId":5}""", 50002, "ContactItem[0].ToGroupId")]
    [InlineData("""{"Type":2}""", 50002, "ContactItem[0].ToGroupId")]
    [InlineData("""[]""", 50002, "ContactItem[0]")]
    public async Task ContactItem_ShapeErrorsNameTheItem(string item, int code, string named)
    {
        string info = (await _api.PostAsync("search_contact_group", $$"""{"From_Account":"owner","ContactItem":[{{item}}]}""")).AssertFails(code);
        Assert.Contains(named, info);
    }

    [Fact]
    public async Task Search_300ItemsPass_301Fail()
    {
        (await _api.PostAsync("search_contact_group", $$"""{"From_Account":"owner","ContactItem":[{{Peers(300)}}]}""")).AssertOk();
        (await _api.PostAsync("search_contact_group", $$"""{"From_Account":"owner","ContactItem":[{{Peers(301)}}]}""")).AssertFails(50002);
    }

    [Fact]
    public async Task Search_OmitsConversationsWithoutData()
    {
        JsonElement response = await _api.PostAsync("search_contact_group", """{"From_Account":"owner","ContactItem":[{"Type":1,"To_Account":"nobody"}]}""");
        Assert.Equal(0, response.GetProperty("ContactResultItem").GetArrayLength());
    }

    [Fact]
    public async Task Mark_100ItemsPass_101Is51006()
    {
        (await Mark(MarkItems(100))).AssertOk();
        Assert.Contains("MarkItem holds 101", (await Mark(MarkItems(101))).AssertFails(51006));
    }

    [Theory]
    [InlineData("\"SetMark\":[63]", 0)]
    [InlineData("\"SetMark\":[0,31,32,63]", 0)]
    [InlineData("\"SetMark\":[64]", 50002)]
    [InlineData("\"SetMark\":[-1]", 50002)]
    [InlineData("\"ClearMark\":[64]", 50002)]
    [InlineData("\"SetMark\":[\"1\"]", 50002)]
    [InlineData("\"SetMark\":[2],\"ClearMark\":[2]", 50002)]
    [InlineData("\"CustomMark\":\"x\"", 50002)]
    [InlineData("\"ClearMark\":[1]", 0)]
    public async Task Mark_BitsAndOptType1(string fields, int code)
    {
        JsonElement response = await Mark(MarkItems(1, fields));
        if (code == 0) response.AssertOk();
        else Assert.Contains("MarkItem[0]", response.AssertFails(code));
    }

    [Fact]
    public async Task Mark_ErrorNamesTheOffendingItem()
    {
        string items = MarkItems(3) + """,{"OptType":1,"ContactItem":{"Type":1,"To_Account":"x"},"SetMark":[1,99]}""";
        Assert.Contains("MarkItem[3].SetMark[1]", (await Mark(items)).AssertFails(50002));
        Assert.Null(_api.Host.State.GetContactRecord("owner", ConversationKind.C2C, "peer0"));
    }

    [Theory]
    [InlineData(2, "\"CustomMark\":\"x\"", 0)]
    [InlineData(2, "\"SetMark\":[1],\"CustomMark\":\"x\"", 50002)]
    [InlineData(2, "", 50002)]
    [InlineData(3, "\"SetMark\":[1]", 50002)]
    [InlineData(4, "\"CustomMark\":\"x\"", 50002)]
    [InlineData(0, "\"CustomMark\":\"x\"", 50002)]
    public async Task Mark_OptTypes(int optType, string fields, int code)
    {
        string separator = fields.Length > 0 ? "," : "";
        JsonElement response = await Mark($$"""{"OptType":{{optType}},"ContactItem":{"Type":1,"To_Account":"a"}{{separator}}{{fields}}}""");
        if (code == 0) response.AssertOk();
        else response.AssertFails(code);
    }

    [Fact]
    public async Task CustomMark_256BytesPass_257Fail()
    {
        string at = new string('x', 254) + "é"; // 254 + 2 bytes
        (await Mark($$"""{"OptType":2,"ContactItem":{"Type":1,"To_Account":"a"},"CustomMark":"{{at}}"}""")).AssertOk();
        Assert.Contains("257 bytes", (await Mark($$"""{"OptType":2,"ContactItem":{"Type":1,"To_Account":"a"},"CustomMark":"{{at}}x"}""")).AssertFails(50002));
    }

    [Fact]
    public async Task MarkCapacity_1000ConversationsPass_1001Fail()
    {
        for (int i = 0; i < 999; i++) _api.Host.State.SetMarks("owner", ConversationKind.C2C, $"m{i}", 1, null);
        (await Mark(MarkItems(1))).AssertOk();
        (await Mark(MarkItems(1))).AssertOk(); // re-marking a marked conversation does not add one
        (await Mark("""{"OptType":2,"ContactItem":{"Type":2,"ToGroupId":"@TGS#new"},"CustomMark":"y"}""")).AssertFails(51008);
        Assert.Null(_api.Host.State.GetContactRecord("owner", ConversationKind.Group, "@TGS#new"));
    }

    [Fact]
    public async Task GroupName_32BytesPass_33Is51011()
    {
        (await CreateGroup(new string('a', 32))).AssertOk();
        (await CreateGroup(string.Concat(Enumerable.Repeat("组", 10)) + "ab")).AssertOk(); // 30 + 2 bytes
        Assert.Contains("33 bytes", (await CreateGroup(string.Concat(Enumerable.Repeat("组", 11)))).AssertFails(51011));
        Assert.Contains("NewGroupName", (await _api.PostAsync("update_contact_group",
            $$$"""{"From_Account":"owner","UpdateType":1,"UpdateGroup":{"UpdateGroupType":1,"OldGroupName":"{{{new string('a', 32)}}}","NewGroupName":"{{{new string('b', 33)}}}"}}""")).AssertFails(51011));
    }

    [Fact]
    public async Task Groups_20PerUserPass_21stIs51010()
    {
        for (int i = 1; i <= 20; i++) (await CreateGroup("g" + i)).AssertOk();
        (await CreateGroup("g21")).AssertFails(51010);
        Assert.Equal(20, _api.Host.State.GetGroups("owner").Count);
    }

    [Fact]
    public async Task DuplicateGroupName_Is50002()
    {
        (await CreateGroup("same")).AssertOk();
        Assert.Contains("same", (await CreateGroup("same")).AssertFails(50002));
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("""[{"GroupName":"a","ContactItem":[]},{"GroupName":"b","ContactItem":[]}]""")]
    public async Task Create_ExactlyOneGroupPerCall(string groups)
    {
        (await _api.PostAsync("create_contact_group", $$"""{"From_Account":"owner","GroupContactItem":{{groups}}}""")).AssertFails(50002);
    }

    [Fact]
    public async Task Create_100ConversationsPass_101Is51006()
    {
        (await CreateGroup("full", Peers(100))).AssertOk();
        Assert.Contains("ContactItem holds 101", (await CreateGroup("over", Peers(101))).AssertFails(51006));
        Assert.DoesNotContain(_api.Host.State.GetGroups("owner"), g => g.Name == "over");
    }

    [Fact]
    public async Task Update_100ConversationsPass_101Is51006()
    {
        _api.Host.State.CreateGroup("owner", "g");
        string Update(int count)
        {
            string items = string.Join(",", Enumerable.Range(0, count).Select(i => $$$"""{"ContactOptType":1,"ContactItem":{"Type":1,"To_Account":"peer{{{i}}}"}}"""));
            return $$$"""{"From_Account":"owner","UpdateType":1,"UpdateGroup":{"UpdateGroupType":2,"OldGroupName":"g","ContactUpdateItem":[{{{items}}}]}}""";
        }
        (await _api.PostAsync("update_contact_group", Update(100))).AssertOk();
        Assert.Contains("ContactUpdateItem holds 101", (await _api.PostAsync("update_contact_group", Update(101))).AssertFails(51006));
        Assert.Equal(100, _api.Host.State.GetGroups("owner").Single().ConversationCount);
    }

    [Theory]
    [InlineData("update_contact_group", """{"From_Account":"owner","UpdateType":1,"UpdateGroup":{"UpdateGroupType":1,"OldGroupName":"missing","NewGroupName":"x"}}""")]
    [InlineData("update_contact_group", """{"From_Account":"owner","UpdateType":1,"UpdateGroup":{"UpdateGroupType":2,"OldGroupName":"missing","ContactUpdateItem":[{"ContactOptType":1,"ContactItem":{"Type":1,"To_Account":"a"}}]}}""")]
    [InlineData("del_contact_group", """{"From_Account":"owner","GroupName":["missing"]}""")]
    public async Task MissingGroup_Is51009(string command, string body)
    {
        _api.Host.State.CreateGroup("owner", "g");
        Assert.Contains("'missing'", (await _api.PostAsync(command, body)).AssertFails(51009));
    }

    [Fact]
    public async Task GroupCapacity_AddingThe1001stIs51008()
    {
        int id = _api.Host.State.CreateGroup("owner", "big");
        for (int i = 0; i < 999; i++) _api.Host.State.AddToGroup("owner", id, ConversationKind.C2C, $"m{i}");
        string Update(string peer) => $$$"""{"From_Account":"owner","UpdateType":1,"UpdateGroup":{"UpdateGroupType":2,"OldGroupName":"big","ContactUpdateItem":[{"ContactOptType":1,"ContactItem":{"Type":1,"To_Account":"{{{peer}}}"}}]}}""";
        (await _api.PostAsync("update_contact_group", Update("a"))).AssertOk();
        (await _api.PostAsync("update_contact_group", Update("b"))).AssertFails(51008);
        Assert.Equal(1000, _api.Host.State.GetGroups("owner").Single().ConversationCount);
    }

    [Theory]
    [InlineData("update_contact_group", """{"From_Account":"owner","UpdateType":2,"UpdateGroup":{"UpdateGroupType":1,"OldGroupName":"g","NewGroupName":"x"}}""")]
    [InlineData("update_contact_group", """{"From_Account":"owner","UpdateType":1,"UpdateGroup":{"UpdateGroupType":3,"OldGroupName":"g"}}""")]
    [InlineData("update_contact_group", """{"From_Account":"owner","UpdateType":1,"UpdateGroup":{"UpdateGroupType":2,"OldGroupName":"g","ContactUpdateItem":[{"ContactOptType":3,"ContactItem":{"Type":1,"To_Account":"a"}}]}}""")]
    [InlineData("del_contact_group", """{"From_Account":"owner","GroupName":["g","h"]}""")]
    [InlineData("del_contact_group", """{"From_Account":"owner","GroupName":[]}""")]
    [InlineData("del_contact_group", """{"From_Account":"owner","GroupName":"g"}""")]
    [InlineData("delete", """{"From_Account":"owner","Type":1,"To_Account":"a","ClearRamble":2}""")]
    [InlineData("get_list", """{"From_Account":"owner","TimeStamp":4294967296,"StartIndex":0,"TopTimeStamp":0,"TopStartIndex":0,"AssistFlags":63}""")]
    [InlineData("get_list", """{"From_Account":"owner","TimeStamp":0,"StartIndex":3,"TopTimeStamp":0,"TopStartIndex":0,"AssistFlags":63}""")]
    [InlineData("get_list", """{"From_Account":"owner","TimeStamp":0,"StartIndex":0,"TopTimeStamp":-5,"TopStartIndex":-1,"AssistFlags":63}""")]
    [InlineData("get_list", """{"From_Account":"owner","TimeStamp":0,"StartIndex":0,"TopTimeStamp":0,"TopStartIndex":0}""")]
    [InlineData("get_list", """{"From_Account":"owner","TimeStamp":0,"StartIndex":0,"TopTimeStamp":0,"TopStartIndex":0,"AssistFlags":-1}""")]
    public async Task InvalidRequests_Are50002(string command, string body)
    {
        _api.Host.State.CreateGroup("owner", "g");
        (await _api.PostAsync(command, body)).AssertFails(50002);
    }
}
