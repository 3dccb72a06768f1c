using TencentChat.Admin.Client.Conversations;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Admin.Tests.Conversations;

/// <summary>The diff Set-ChatConversation sends: plain C#, no server.</summary>
public class ConversationStateDiffTests
{
    private static ChatContactGroupRecord Current(string standardMark = "", string customMark = "", params string[] groups) => new()
    {
        Account = "user_0001",
        ConversationId = "c2c_user_0002",
        Found = standardMark.Length + customMark.Length + groups.Length > 0,
        StandardMark = standardMark,
        Marks = StandardMarks.Names(StandardMarks.ParseBits(standardMark)),
        CustomMark = customMark,
        ContactGroupNames = new ChatValueList<string>(groups),
    };

    private static DesiredConversationState Desired(string[]? marks = null, string? customMark = null, string[]? groups = null) =>
        DesiredConversationState.Create(marks, customMark, groups);

    [Fact]
    public void Marks_become_exactly_the_ones_asked_for()
    {
        // Star and Fold are set (bits 0 and 2), Unread is kept, Hide (bit 3) goes.
        var diff = ConversationStateDiff.Between(Current("1010"), Desired(marks: new[] { "Star", "Unread", "Fold" }));
        Assert.Equal(new[] { 0, 2 }, diff.SetBits);
        Assert.Equal(new[] { 3 }, diff.ClearBits);
        Assert.Null(diff.CustomMark);
        Assert.Empty(diff.AddTo);
        Assert.Equal("Set mark Star, Fold; clear mark Hide", diff.ToString());
    }

    [Fact]
    public void No_marks_clears_every_mark_and_an_empty_custom_mark_clears_the_custom_mark()
    {
        var diff = ConversationStateDiff.Between(Current("11111110", "abcde"), Desired(marks: Array.Empty<string>(), customMark: ""));
        Assert.Empty(diff.SetBits);
        Assert.Equal(new[] { 1, 2, 3, 4, 5, 6, 7 }, diff.ClearBits);
        Assert.Equal("", diff.CustomMark);
        Assert.EndsWith("; set an empty custom mark", diff.ToString());
    }

    [Fact]
    public void Parts_not_given_are_left_alone()
    {
        var diff = ConversationStateDiff.Between(Current("1", "x", "a", "b"), Desired(customMark: "y"));
        Assert.Empty(diff.SetBits);
        Assert.Empty(diff.ClearBits);
        Assert.Empty(diff.AddTo);
        Assert.Empty(diff.RemoveFrom);
        Assert.Equal("y", diff.CustomMark);
    }

    [Fact]
    public void A_state_that_is_already_there_is_no_change()
    {
        var diff = ConversationStateDiff.Between(Current("1001", "vip", "a;b", "c"), Desired(new[] { "Hide", "star" }, "vip", new[] { "c", "a;b" }));
        Assert.True(diff.IsEmpty);
        Assert.Null(diff.MarkChange);
        Assert.Equal("No change", diff.ToString());
    }

    [Fact]
    public void Groups_become_exactly_the_ones_asked_for_and_names_are_case_sensitive_and_whole()
    {
        // In "a;b" and "Vip": "a" and "b" are other groups than "a;b", and "vip" is another group than "Vip".
        var diff = ConversationStateDiff.Between(Current("", "", "a;b", "Vip"), Desired(groups: new[] { "a", "b", "vip", "a" }));
        Assert.Equal(new[] { "a", "b", "vip" }, diff.AddTo);
        Assert.Equal(new[] { "a;b", "Vip" }, diff.RemoveFrom);
    }

    [Fact]
    public void A_conversation_without_any_record_gets_everything_asked_for()
    {
        var diff = ConversationStateDiff.Between(Current(), Desired(new[] { "App40" }, "note", new[] { "new" }));
        Assert.Equal(new[] { 40 }, diff.SetBits);
        Assert.Equal("note", diff.CustomMark);
        Assert.Equal(new[] { "new" }, diff.AddTo);
        Assert.Equal(3, diff.MarkChange!.OptType);
    }

    [Theory]
    [InlineData(new[] { "Shiny" }, null, null, "InvalidMark")]
    [InlineData(null, null, new[] { "" }, "InvalidContactGroupName")]
    [InlineData(null, null, new[] { "a-name-that-is-longer-than-32-bytes" }, "InvalidContactGroupName")]
    [InlineData(null, null, null, "NoConversationState")]
    public void Bad_states_are_refused_with_a_stable_ErrorId(string[]? marks, string? customMark, string[]? groups, string errorId) =>
        Assert.Equal(errorId, Assert.Throws<ChatInputException>(() => Desired(marks, customMark, groups)).ErrorId);

    [Fact]
    public void A_custom_mark_over_256_bytes_is_refused() =>
        Assert.Equal("InvalidCustomMark", Assert.Throws<ChatInputException>(() => Desired(customMark: new string('m', 257))).ErrorId);

    [Fact]
    public void A_pin_is_sent_only_when_IsPinned_is_given_and_differs()
    {
        var unpin = ConversationStateDiff.Between(Current(), DesiredConversationState.Create(null, null, null, isPinned: false), pinned: true);
        Assert.Equal(false, unpin.Pin);
        Assert.Equal("Unpin", unpin.ToString());
        Assert.Equal("Pin", ConversationStateDiff.Between(Current(), DesiredConversationState.Create(null, null, null, true), pinned: false).ToString());
        Assert.True(ConversationStateDiff.Between(Current(), DesiredConversationState.Create(null, null, null, true), pinned: true).IsEmpty);
        Assert.Null(ConversationStateDiff.Between(Current(), Desired(customMark: "x"), pinned: true).Pin);
    }
}
