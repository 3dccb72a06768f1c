using System.Text.Json;
using TencentChat.Admin.Client.Conversations;
using TencentChat.Admin.Client.Conversations.Wire;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Client.Wire;

namespace TencentChat.Admin.Tests.Conversations;

/// <summary>Request bodies against the spec's samples (§2.2–2.6): field names and casing are the contract.</summary>
public class WireShapeTests
{
    // The generated metadata the transport serializes requests with, so the test reads the bytes Tencent gets.
    private static string Json<T>(T value) => JsonSerializer.Serialize(value, WireJson.TypeInfo<T>(ConversationJsonContext.Default));

    [Fact]
    public void Delete_uses_ToGroupid_with_a_lower_case_id_and_always_sends_ClearRamble()
    {
        Assert.Equal("""{"From_Account":"id1","Type":2,"ToGroupid":"id2","ClearRamble":1}""",
            Json(new DeleteRequest { FromAccount = "id1", Type = 2, ToGroupid = "id2", ClearRamble = 1 }));
        Assert.Equal("""{"From_Account":"id1","Type":1,"To_Account":"id2","ClearRamble":0}""",
            Json(new DeleteRequest { FromAccount = "id1", Type = 1, ToAccount = "id2" }));
    }

    [Fact]
    public void Create_matches_the_spec_sample()
    {
        var request = new CreateContactGroupRequest
        {
            FromAccount = "user15",
            GroupContactItem = new[] { new WireGroupContactItem { GroupName = "test0", ContactItem = new[] { WireMapping.ToContactItem(ConversationKey.ForPeer("user0")) } } },
        };
        Assert.Equal("""{"From_Account":"user15","GroupContactItem":[{"GroupName":"test0","ContactItem":[{"Type":1,"To_Account":"user0"}]}]}""", Json(request));
    }

    [Fact]
    public void Update_matches_the_spec_samples_and_uses_ToGroupId_with_a_capital_I()
    {
        var rename = new UpdateContactGroupRequest
        {
            FromAccount = "user_0001",
            UpdateGroup = new WireUpdateGroup { UpdateGroupType = 1, OldGroupName = "group_0001", NewGroupName = "group_0002" },
        };
        Assert.Equal("""{"From_Account":"user_0001","UpdateType":1,"UpdateGroup":{"UpdateGroupType":1,"OldGroupName":"group_0001","NewGroupName":"group_0002"}}""", Json(rename));

        var members = new UpdateContactGroupRequest
        {
            FromAccount = "user20",
            UpdateGroup = new WireUpdateGroup
            {
                UpdateGroupType = 2,
                OldGroupName = "test1",
                ContactUpdateItem = new[] { new WireContactUpdateItem { ContactOptType = 2, ContactItem = WireMapping.ToContactItem(ConversationKey.ForGroup("@TGS#1")) } },
            },
        };
        Assert.Equal("""{"From_Account":"user20","UpdateType":1,"UpdateGroup":{"UpdateGroupType":2,"OldGroupName":"test1","ContactUpdateItem":[{"ContactOptType":2,"ContactItem":{"Type":2,"ToGroupId":"@TGS#1"}}]}}""", Json(members));
    }

    [Fact]
    public void Delete_group_sends_the_name_as_a_one_element_array()
    {
        Assert.Equal("""{"From_Account":"user15","GroupName":["test0"]}""", Json(new DelContactGroupRequest { FromAccount = "user15", GroupName = new[] { "test0" } }));
    }

    [Theory]
    [InlineData(new[] { "1", "2", "3" }, null, "abcd", """{"OptType":3,"ContactItem":{"Type":1,"To_Account":"user1"},"SetMark":[1,2,3],"CustomMark":"abcd"}""")]
    [InlineData(new[] { "Star" }, new[] { "App40" }, null, """{"OptType":1,"ContactItem":{"Type":1,"To_Account":"user1"},"ClearMark":[40],"SetMark":[0]}""")]
    [InlineData(null, null, "", """{"OptType":2,"ContactItem":{"Type":1,"To_Account":"user1"},"CustomMark":""}""")]
    public void Mark_items_derive_OptType_from_what_is_given(string[]? set, string[]? clear, string? custom, string expected)
    {
        var change = ConversationMarkChange.Create(set, clear, custom);
        Assert.Equal(expected, Json(change.ToMarkItem(ConversationKey.ForPeer("user1"))));
    }
}
