using TencentChat.Emulator.Conversations;
using TencentChat.Emulator.Tests.Infrastructure;

namespace TencentChat.Emulator.Tests.Conversations;

/// <summary>
/// A request field sent as JSON null. How Tencent reads one is not known (the peer SDKs leave unset fields out); the
/// emulator reads null as absent: such requests get answers, not 50002, and a required field sent as null is reported
/// missing by name.
/// </summary>
public sealed class NullFieldTests : IAsyncLifetime
{
    private EmulatorClient _api = null!;

    public async Task InitializeAsync() => _api = await EmulatorClient.StartAsync(new() { Seed = "demo" });

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Theory]
    [InlineData("mark_contact", """{"From_Account":"user_0001","MarkItem":[{"OptType":1,"ContactItem":{"Type":1,"To_Account":"user_0002","ToGroupId":null},"SetMark":[0],"ClearMark":null,"CustomMark":null}]}""")]
    [InlineData("mark_contact", """{"From_Account":"user_0001","MarkItem":[{"OptType":2,"ContactItem":{"Type":2,"To_Account":null,"ToGroupId":"@TGS#1B2AUI7RZ"},"SetMark":null,"ClearMark":null,"CustomMark":"x"}]}""")]
    [InlineData("search_contact_group", """{"From_Account":"user_0001","ContactItem":[{"Type":1,"To_Account":"user_0002","ToGroupId":null},{"Type":2,"To_Account":null,"ToGroupId":"@TGS#1B2AUI7RZ"}]}""")]
    [InlineData("create_contact_group", """{"From_Account":"user_0001","GroupContactItem":[{"GroupName":"java","ContactItem":[{"Type":1,"To_Account":"user_0004","ToGroupId":null}]}]}""")]
    [InlineData("update_contact_group", """{"From_Account":"user_0001","UpdateType":1,"UpdateGroup":{"UpdateGroupType":2,"OldGroupName":"group_0002","NewGroupName":null,"ContactUpdateItem":[{"ContactOptType":1,"ContactItem":{"Type":2,"To_Account":null,"ToGroupId":"@TGS#DEMO009"}}]}}""")]
    [InlineData("update_contact_group", """{"From_Account":"user_0001","UpdateType":1,"UpdateGroup":{"UpdateGroupType":1,"OldGroupName":"group_0002","NewGroupName":"renamed","ContactUpdateItem":null}}""")]
    [InlineData("delete", """{"From_Account":"user_0001","Type":1,"To_Account":"user_0002","ToGroupid":null,"ClearRamble":null}""")]
    [InlineData("delete", """{"From_Account":"user_0001","Type":2,"To_Account":null,"ToGroupid":"@TGS#1B2AUI7RZ"}""")]
    [InlineData("get_contact_group", """{"From_Account":"user_0001","StartIndex":0}""")]
    public async Task Optional_fields_sent_as_null_are_absent(string command, string body)
    {
        (await _api.PostAsync(command, body)).AssertOk();
    }

    [Theory]
    [InlineData("get_contact_group", """{"From_Account":null,"StartIndex":0}""", "From_Account is required")]
    [InlineData("mark_contact", """{"From_Account":"user_0001","MarkItem":[{"OptType":1,"ContactItem":null,"SetMark":[0]}]}""", "MarkItem[0].ContactItem is required")]
    [InlineData("search_contact_group", """{"From_Account":"user_0001","ContactItem":[{"Type":2,"ToGroupId":null}]}""", "ContactItem[0].ToGroupId is required")]
    public async Task A_required_field_sent_as_null_is_reported_missing(string command, string body, string info)
    {
        Assert.Contains(info, (await _api.PostAsync(command, body)).AssertFails(50002));
    }

    [Fact]
    public async Task Searching_a_disbanded_group_chat_fails_with_51007()
    {
        _api.Host.State.DisbandGroupChat("@TGS#GONE");
        var response = await _api.PostAsync("search_contact_group",
            """{"From_Account":"user_0001","ContactItem":[{"Type":1,"To_Account":"user_0002"},{"Type":2,"ToGroupId":"@TGS#GONE"}]}""");
        Assert.Contains("ContactItem[1].ToGroupId '@TGS#GONE'", response.AssertFails(51007));
    }
}
