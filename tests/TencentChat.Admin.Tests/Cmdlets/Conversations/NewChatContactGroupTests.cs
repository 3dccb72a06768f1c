using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Tests.Support;

namespace TencentChat.Admin.Tests.Cmdlets.Conversations;

/// <summary>New-ChatContactGroup says when the group it was asked to create already exists (issue 23, item 4).</summary>
public sealed class NewChatContactGroupTests
{
    [Fact]
    public async Task A_group_that_exists_is_written_after_one_warning_naming_it()
    {
        await using var ps = await PowerShellScope.StartAsync();

        var run = ps.Run("New-ChatContactGroup user_0001 -Name group_0001 -PeerAccount user_0002 -Confirm:$false").ThrowIfFailed();

        Assert.Equal("group_0001", Assert.Single(run.Objects<ChatContactGroup>()).Name);
        var warning = Assert.Single(run.Warnings);
        Assert.Contains("'group_0001' of user_0001 already exists", warning.Message);
        Assert.Equal(0, ps.Emulator.Requests("create_contact_group"));
    }

    [Fact]
    public async Task A_new_group_is_created_without_a_warning()
    {
        await using var ps = await PowerShellScope.StartAsync();

        var run = ps.Run("New-ChatContactGroup user_0001 -Name brand_new -Confirm:$false").ThrowIfFailed();

        Assert.Single(run.Objects<ChatContactGroup>());
        Assert.Empty(run.Warnings);
    }
}
