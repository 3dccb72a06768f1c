using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Tests.Support;

namespace TencentChat.Admin.Tests.Cmdlets.Conversations;

/// <summary>-Name and -ContactGroupName match as PowerShell's wildcards do: case-insensitively, and the output keeps the exact name.</summary>
public sealed class ContactGroupNameMatchingTests(SharedPowerShellScope shared) : IClassFixture<SharedPowerShellScope>
{
    [Theory]
    [InlineData("GROUP_*")]
    [InlineData("Group_000[1]")]
    [InlineData("GROUP_0001")]
    public void Get_ChatContactGroup_matches_names_case_insensitively(string name)
    {
        var run = shared.Reset().Run($"Get-ChatContactGroup user_0001 -Name '{name}'").ThrowIfFailed();

        Assert.Contains("group_0001", run.Objects<ChatContactGroup>().Select(g => g.Name));
    }

    [Fact]
    public void Get_ChatContactGroupMember_matches_names_case_insensitively()
    {
        var ps = shared.Reset();
        var exact = ps.Run("Get-ChatContactGroupMember user_0001 -ContactGroupName group_0001").ThrowIfFailed();

        var run = ps.Run("Get-ChatContactGroupMember user_0001 -ContactGroupName 'GROUP_0001'").ThrowIfFailed();

        Assert.NotEmpty(exact.Output);
        Assert.Equal(exact.Output.Count, run.Output.Count);
    }
}
