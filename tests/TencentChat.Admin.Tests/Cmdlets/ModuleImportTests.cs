using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Tests.Support;

namespace TencentChat.Admin.Tests.Cmdlets;

public sealed class ModuleImportTests
{
    [Fact]
    public async Task The_manifest_imports_and_a_cmdlet_lists_conversations_from_the_emulator()
    {
        await using var ps = await PowerShellScope.StartAsync();

        var run = ps.Run("Get-ChatConversation -Account user_0001");

        Assert.Null(run.Terminating);
        Assert.Empty(run.Errors);
        var conversations = run.Objects<ChatConversation>();
        Assert.NotEmpty(conversations);
        Assert.All(conversations, c => Assert.Equal("user_0001", c.Account));
        Assert.True(ps.Emulator.Requests("get_list") >= 1);
    }
}
