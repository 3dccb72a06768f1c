namespace TencentChat.Admin.Tests.Architecture;

/// <summary>The reader behind ArchitectureTests sees the imports it must see, and only those: a rule check that cannot fail proves nothing.</summary>
public class FolderGraphTests
{
    private static FolderGraph Graph(params (string Path, string Text)[] files) =>
        FolderGraph.FromSources(files.ToDictionary(f => f.Path, f => f.Text), new[] { "Commands" }, new[] { "Seeds" });

    [Fact]
    public void A_using_of_a_namespace_only_one_folder_declares_is_a_use()
    {
        var graph = Graph(
            ("Transport/ChatCommand.cs", "namespace P.Transport { class ChatCommand {} }"),
            ("Groups/GroupCommands.cs", "namespace P.Groups { class GroupCommands {} }"),
            ("Transport/Wrong.cs", "using P.Groups;\nnamespace P.Transport { class Wrong {} }"));
        Assert.True(graph.Has("Transport", "Groups"));
        Assert.False(graph.Has("Groups", "Transport"));
    }

    [Fact]
    public void A_type_named_in_code_or_in_a_cref_is_a_use_but_prose_and_strings_are_not()
    {
        var graph = Graph(
            ("Errors/ChatErrorCatalog.cs", "namespace P.Errors { class ChatErrorCatalog {} }"),
            ("Accounts/AccountErrors.cs", "namespace P.Accounts { class AccountErrors {} }"),
            ("Conversations/ConversationErrors.cs", "namespace P.Conversations { class ConversationErrors {} }"),
            ("Groups/GroupErrors.cs", "namespace P.Groups { class GroupErrors {} }"),
            ("Wire/Code.cs", "namespace P.Wire { class Code { object x = new ChatErrorCatalog(); } }"),
            ("Paging/Doc.cs", "namespace P.Paging { /// <see cref=\"AccountErrors\"/>\n class Doc {} }"),
            ("Batching/Prose.cs", "namespace P.Batching { // like ConversationErrors does\n /// <seealso cref=\"GroupErrors\"/>\n class Prose { string s = \"GroupErrors\"; } }"));
        Assert.True(graph.Has("Wire", "Errors"));
        Assert.True(graph.Has("Paging", "Accounts"));
        Assert.False(graph.Has("Batching", "Conversations"));
        Assert.False(graph.Has("Batching", "Groups"));
    }

    [Fact]
    public void An_interpolated_string_keeps_its_code()
    {
        var graph = Graph(
            ("Accounts/AccountIds.cs", "namespace P.Accounts { static class AccountIds { public const int Max = 1; } }"),
            ("Transport/Message.cs", "namespace P.Transport { class Message { string s = $\"at most {AccountIds.Max}\"; } }"));
        Assert.True(graph.Has("Transport", "Accounts"));
    }

    [Fact]
    public void A_name_two_folders_declare_is_nobody_s_grouping_folders_split_one_level_further_and_root_folders_are_the_root()
    {
        var graph = Graph(
            ("Commands/Accounts/Page.cs", "namespace P.Commands { class Page {} class AccountCmd {} }"),
            ("Commands/Conversations/Page.cs", "namespace P.Commands { class Page {} class ConversationCmd { AccountCmd a; } }"),
            ("Program.cs", "class Program { Page p; }"),
            ("Seeds/DemoSeed.cs", "class DemoSeed { ConversationCmd c; }"));
        Assert.True(graph.Has("Commands/Conversations", "Commands/Accounts"));
        Assert.False(graph.Has(FolderGraph.Root, "Commands/Accounts"));
        Assert.True(graph.Has(FolderGraph.Root, "Commands/Conversations"));
        Assert.Contains(FolderGraph.Root, graph.Folders);
    }
}
