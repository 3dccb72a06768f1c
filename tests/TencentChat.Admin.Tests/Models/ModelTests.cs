using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Admin.Tests.Models;

public class ModelTests
{
    [Theory]
    [InlineData("c2c_user_0002", ChatConversationType.C2C, "user_0002")]
    [InlineData("C2C_user_with_under_scores", ChatConversationType.C2C, "user_with_under_scores")]
    [InlineData("group_@TGS#1B2AUI7RZ", ChatConversationType.Group, "@TGS#1B2AUI7RZ")]
    public void Conversation_ids_round_trip(string id, ChatConversationType type, string peer)
    {
        var key = ConversationKey.Parse(id);
        Assert.Equal((type, peer), (key.Type, key.Peer));
        Assert.Equal(id.Substring(0, id.IndexOf('_')).ToLowerInvariant() + id.Substring(id.IndexOf('_')), key.ConversationId);
    }

    [Theory]
    [InlineData("user_0002")]
    [InlineData("c2c_")]
    [InlineData("group_")]
    [InlineData("")]
    [InlineData("System.Object[]")]
    public void Bad_conversation_ids_name_the_expected_form(string id)
    {
        var e = Assert.Throws<ChatInputException>(() => ConversationKey.Parse(id));
        Assert.Equal("InvalidConversationId", e.ErrorId);
        Assert.Contains("c2c_<UserID>", e.Message);
    }

    [Fact]
    public void List_properties_render_as_semicolon_joined_text()
    {
        Assert.Equal("1;2", new ChatValueList<int>(new[] { 1, 2 }).ToString());
        Assert.Equal("group_0001;group 2", new ChatValueList<string>(new[] { "group_0001", "group 2" }).ToString());
        Assert.Equal("", ChatValueList<int>.Empty.ToString());
    }

    [Theory]
    [InlineData("", new int[0])]
    [InlineData("1", new[] { 0 })]
    [InlineData("111001", new[] { 0, 3, 4, 5 })]
    [InlineData("11111110", new[] { 1, 2, 3, 4, 5, 6, 7 })]
    public void Standard_mark_strings_read_right_to_left(string mark, int[] bits) =>
        Assert.Equal(bits, StandardMarks.ParseBits(mark));

    [Fact]
    public void Standard_marks_have_names_for_built_in_and_app_bits()
    {
        Assert.Equal("Star;Hide;Bit4;App32;App63", StandardMarks.Names(new[] { 0, 3, 4, 32, 63 }).ToString());
        foreach (var (name, bit) in new[] { ("star", 0), ("UNREAD", 1), ("Fold", 2), ("Hide", 3), ("App40", 40), ("Bit5", 5), ("7", 7) })
        {
            Assert.True(StandardMarks.TryParseName(name, out int parsed), name);
            Assert.Equal(bit, parsed);
        }
        foreach (string bad in new[] { "App31", "Bit64", "64", "-1", "Pinned", "" })
            Assert.False(StandardMarks.TryParseName(bad, out _), bad);
    }

    [Theory]
    [InlineData("10x1")]
    [InlineData("10000000000000000000000000000000000000000000000000000000000000000")]
    public void A_malformed_standard_mark_is_a_protocol_error(string mark) =>
        Assert.Equal("InvalidResponse", Assert.Throws<ChatProtocolException>(() => StandardMarks.ParseBits(mark)).ErrorId);

    [Fact]
    public void Account_ids_are_checked_against_tencents_32_byte_limit()
    {
        Assert.Equal("user_0001", TencentChat.Admin.Client.Models.AccountIds.Validate("user_0001"));
        Assert.Equal(new string('a', 32), TencentChat.Admin.Client.Models.AccountIds.Validate(new string('a', 32)));
        foreach (string? bad in new[] { null, "", "   ", new string('a', 33), "用户用户用户用户用户用", "tab\there" })
            Assert.Equal("InvalidAccount", Assert.Throws<ChatInputException>(() => TencentChat.Admin.Client.Models.AccountIds.Validate(bad)).ErrorId);
    }
}
