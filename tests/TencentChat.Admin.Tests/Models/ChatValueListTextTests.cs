using TencentChat.Admin.Client.Models;

namespace TencentChat.Admin.Tests.Models;

/// <summary>The CSV form of list properties: one text per list, and back to the same items.</summary>
public class ChatValueListTextTests
{
    public static TheoryData<string[], string> Lists => new()
    {
        { Array.Empty<string>(), "" },
        { new[] { "a", "b" }, "a;b" },
        { new[] { "a;b" }, @"a\;b" },
        { new[] { @"C:\temp" }, @"C:\\temp" },
        { new[] { @"\", ";", @"\;" }, @"\\;\;;\\\;" },
        { new[] { @"end\" }, @"end\\" },
        { new[] { " spaced ", "\"quoted\"", "comma,name" }, " spaced ;\"quoted\";comma,name" },
        { new[] { "Star", "App40" }, "Star;App40" },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public void Formats_each_list_as_one_text_and_parses_it_back(string[] items, string text)
    {
        Assert.Equal(text, new ChatValueList<string>(items).ToString());
        Assert.Equal(items, ChatValueListText.Parse(text));
    }

    [Fact]
    public void A_group_named_a_semicolon_b_and_the_groups_a_and_b_export_differently()
    {
        string one = new ChatValueList<string>(new[] { "a;b" }).ToString();
        string two = new ChatValueList<string>(new[] { "a", "b" }).ToString();
        Assert.NotEqual(one, two);
        Assert.Single(ChatValueListText.Parse(one));
        Assert.Equal(2, ChatValueListText.Parse(two).Count);
    }

    [Theory]
    [InlineData(@"C:\temp", new[] { @"C:\temp" })]   // a backslash before anything else is a backslash, as typed by hand
    [InlineData(@"trailing\", new[] { @"trailing\" })]
    [InlineData(";", new[] { "", "" })]
    public void Hand_typed_text_reads_as_written(string text, string[] items) => Assert.Equal(items, ChatValueListText.Parse(text));

    [Fact]
    public void Ids_keep_their_plain_form() => Assert.Equal("1;2", new ChatValueList<int>(new[] { 1, 2 }).ToString());
}
