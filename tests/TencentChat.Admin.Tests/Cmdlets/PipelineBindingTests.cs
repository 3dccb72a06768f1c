using System.Management.Automation;
using TencentChat.Admin.Tests.Support;

namespace TencentChat.Admin.Tests.Cmdlets;

/// <summary>
/// Each output type of the module, and the Import-Csv rows of its exported CSV, piped into each cmdlet that takes
/// accounts, conversations or groups: the cmdlet gets the right Account and ConversationId (or group). Writes run
/// with -WhatIf and are read through the ShouldProcess targets they name.
/// </summary>
public sealed class PipelineBindingTests(SharedPowerShellScope shared) : IClassFixture<SharedPowerShellScope>
{
    private const string Conversation = "ChatConversation";
    private const string SearchRecord = "ChatContactGroupRecord of Search-ChatContactGroup";
    private const string MemberRecord = "ChatContactGroupRecord of Get-ChatContactGroupMember";
    private const string PassedChange = "ChatConversationChange of -PassThru";
    private const string FailedChange = "ChatConversationChange as a failed item's TargetObject";
    private const string ContactGroup = "ChatContactGroup";

    /// <summary>Producers of one object each: user_0001's conversation with user_0002 (or user_0004), or its group_0002.</summary>
    private static readonly Dictionary<string, string> Producers = new()
    {
        [Conversation] = "Get-ChatConversation user_0001 | Where-Object ConversationId -eq 'c2c_user_0002'",
        [SearchRecord] = "Search-ChatContactGroup user_0001 -ConversationId c2c_user_0002",
        [MemberRecord] = "Get-ChatContactGroupMember user_0001 -ContactGroupName group_0002",
        [PassedChange] = "Set-ChatConversationMark user_0001 -ConversationId c2c_user_0002 -Set Star -Confirm:$false -PassThru",
        // user_0004 is in no group, so removing it from group_0002 fails that item (50002).
        [FailedChange] = "Remove-ChatContactGroupMember user_0001 -ContactGroupName group_0002 -PeerAccount user_0004 -Confirm:$false " +
                         "-ErrorVariable failed -ErrorAction SilentlyContinue; $failed.TargetObject",
        [ContactGroup] = "Get-ChatContactGroup user_0001 -Name group_0002",
    };

    private enum Observed { ShouldProcessTargets, OutputConversations, OutputAccounts }

    private static readonly Dictionary<string, (string Script, Observed How)> Consumers = new()
    {
        ["Search-ChatContactGroup"] = ("Search-ChatContactGroup", Observed.OutputConversations),
        ["Get-ChatConversation"] = ("Get-ChatConversation", Observed.OutputAccounts),
        ["Get-ChatContactGroup"] = ("Get-ChatContactGroup", Observed.OutputAccounts),
        ["Get-ChatContactGroupMember"] = ("Get-ChatContactGroupMember", Observed.OutputConversations),
        ["Set-ChatConversationMark"] = ("Set-ChatConversationMark -Set Star -WhatIf", Observed.ShouldProcessTargets),
        ["Remove-ChatConversation"] = ("Remove-ChatConversation -WhatIf", Observed.ShouldProcessTargets),
        ["Add-ChatContactGroupMember"] = ("Add-ChatContactGroupMember -ContactGroupName group_0001 -WhatIf", Observed.ShouldProcessTargets),
        ["Remove-ChatContactGroupMember"] = ("Remove-ChatContactGroupMember -ContactGroupName group_0001 -WhatIf", Observed.ShouldProcessTargets),
        // A failed change carries its ContactGroupName: piped back as it is, it retries the same change.
        ["Add-ChatContactGroupMember, group from the input"] = ("Add-ChatContactGroupMember -WhatIf", Observed.ShouldProcessTargets),
        // Created for real, then listed: the new group holds exactly the piped conversations.
        ["New-ChatContactGroup"] = ("New-ChatContactGroup -Name fresh -Confirm:$false | Get-ChatContactGroupMember", Observed.OutputConversations),
        ["Rename-ChatContactGroup"] = ("Rename-ChatContactGroup -NewName renamed -WhatIf", Observed.ShouldProcessTargets),
        ["Remove-ChatContactGroup"] = ("Remove-ChatContactGroup -WhatIf", Observed.ShouldProcessTargets),
    };

    private const string GroupMembersOfUser0001 = "c2c_user_0002 of user_0001;c2c_user_0003 of user_0001;group_@TGS#1B2AUI7RZ of user_0001";

    /// <summary>Producer, consumer, and what the consumer received (";" between several, in any order).</summary>
    private static readonly (string Producer, string Consumer, string Received)[] Pairs =
    {
        (Conversation, "Search-ChatContactGroup", "c2c_user_0002 of user_0001"),
        (Conversation, "Get-ChatConversation", "user_0001"),
        (Conversation, "Get-ChatContactGroup", "user_0001"),
        (Conversation, "Get-ChatContactGroupMember", GroupMembersOfUser0001),
        (Conversation, "Set-ChatConversationMark", "c2c_user_0002 of user_0001"),
        (Conversation, "Remove-ChatConversation", "c2c_user_0002 of user_0001"),
        (Conversation, "Add-ChatContactGroupMember", "c2c_user_0002 of user_0001"),
        (Conversation, "Remove-ChatContactGroupMember", "c2c_user_0002 of user_0001"),
        (Conversation, "New-ChatContactGroup", "c2c_user_0002 of user_0001"),
        (SearchRecord, "Search-ChatContactGroup", "c2c_user_0002 of user_0001"),
        (SearchRecord, "Get-ChatConversation", "user_0001"),
        (SearchRecord, "Set-ChatConversationMark", "c2c_user_0002 of user_0001"),
        (SearchRecord, "Remove-ChatConversation", "c2c_user_0002 of user_0001"),
        (SearchRecord, "Add-ChatContactGroupMember", "c2c_user_0002 of user_0001"),
        (SearchRecord, "Remove-ChatContactGroupMember", "c2c_user_0002 of user_0001"),
        (SearchRecord, "New-ChatContactGroup", "c2c_user_0002 of user_0001"),
        (MemberRecord, "Search-ChatContactGroup", "c2c_user_0002 of user_0001"),
        (MemberRecord, "Set-ChatConversationMark", "c2c_user_0002 of user_0001"),
        (MemberRecord, "Remove-ChatConversation", "c2c_user_0002 of user_0001"),
        (MemberRecord, "Remove-ChatContactGroupMember", "c2c_user_0002 of user_0001"),
        (PassedChange, "Search-ChatContactGroup", "c2c_user_0002 of user_0001"),
        (PassedChange, "Set-ChatConversationMark", "c2c_user_0002 of user_0001"),
        (PassedChange, "Remove-ChatConversation", "c2c_user_0002 of user_0001"),
        (PassedChange, "Add-ChatContactGroupMember", "c2c_user_0002 of user_0001"),
        (FailedChange, "Search-ChatContactGroup", "c2c_user_0004 of user_0001"),
        (FailedChange, "Set-ChatConversationMark", "c2c_user_0004 of user_0001"),
        (FailedChange, "Add-ChatContactGroupMember, group from the input", "c2c_user_0004 of user_0001"),
        (FailedChange, "Get-ChatConversation", "user_0001"),
        (ContactGroup, "Get-ChatConversation", "user_0001"),
        (ContactGroup, "Get-ChatContactGroup", "user_0001"),
        (ContactGroup, "Get-ChatContactGroupMember", "c2c_user_0002 of user_0001"),
        (ContactGroup, "Rename-ChatContactGroup", "conversation group 'group_0002' of user_0001"),
        (ContactGroup, "Remove-ChatContactGroup", "conversation group 'group_0002' of user_0001"),
    };

    /// <summary>Every pair twice: the objects themselves, and the Import-Csv rows of their Export-Csv.</summary>
    public static TheoryData<string, string, bool> ProducerConsumerPairs()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (bool throughCsv in new[] { false, true })
            foreach (var (producer, consumer, _) in Pairs)
                data.Add(producer, consumer, throughCsv);
        return data;
    }

    [Theory]
    [MemberData(nameof(ProducerConsumerPairs))]
    public void The_consumer_gets_the_producers_account_and_conversation(string producer, string consumer, bool throughCsv)
    {
        var ps = shared.Reset();
        string csv = Path.Combine(Path.GetTempPath(), $"tencentchat-binding-{Guid.NewGuid():N}.csv");
        var (consumerScript, observed) = Consumers[consumer];
        try
        {
            string input = throughCsv
                ? $"& {{ {Producers[producer]} }} | Export-Csv -LiteralPath $csv -NoTypeInformation; Import-Csv -LiteralPath $csv"
                : $"& {{ {Producers[producer]} }}";
            var run = ps.Run($"{input} | {consumerScript}", new Dictionary<string, object?> { ["csv"] = csv });

            run.ThrowIfFailed();
            var received = observed switch
            {
                Observed.ShouldProcessTargets => ps.Host.ShouldProcessTargets,
                Observed.OutputConversations => run.Output.Select(o => $"{o.Properties["ConversationId"].Value} of {o.Properties["Account"].Value}").ToList(),
                _ => run.Output.Select(o => (string)o.Properties["Account"].Value).ToList(),
            };
            string expected = Pairs.Single(p => p.Producer == producer && p.Consumer == consumer).Received;
            Assert.Equal(expected.Split(';').Order(), received.Distinct().Order());
        }
        finally
        {
            File.Delete(csv);
        }
    }

    /// <summary>Accounts piped as plain text, and under the names Tencent's own exports use (From_Account, UserId).</summary>
    [Theory]
    [InlineData("'user_0001', 'user_0003' | Get-ChatConversation", "user_0001;user_0003")]
    [InlineData("'user_0001' | Get-ChatContactGroup", "user_0001")]
    [InlineData("[pscustomobject]@{ From_Account = 'user_0003' } | Get-ChatConversation", "user_0003")]
    [InlineData("[pscustomobject]@{ UserId = 'user_0001' } | Get-ChatContactGroupMember", "user_0001")]
    [InlineData("[pscustomobject]@{ From_Account = 'user_0003'; ConversationId = 'c2c_user_0001' } | Search-ChatContactGroup", "user_0003")]
    public void Accounts_bind_by_value_and_by_their_aliases(string script, string accounts)
    {
        var ps = shared.Reset();

        var run = ps.Run(script).ThrowIfFailed();

        // Accounts may be read concurrently, so the order of accounts in the output is not asserted.
        Assert.Equal(accounts.Split(';').Order(), run.Output.Select(o => (string)o.Properties["Account"].Value).Distinct().Order());
    }

    /// <summary>
    /// Conversations named by peer, under the module's names (Account, PeerAccount, GroupId) and Tencent's (From_Account,
    /// To_Account, ToGroupId), as objects and as Import-Csv rows with only those columns.
    /// </summary>
    [Theory]
    [InlineData("[pscustomobject]@{ Account = 'user_0001'; PeerAccount = 'user_0002' }", "c2c_user_0002 of user_0001")]
    [InlineData("[pscustomobject]@{ From_Account = 'user_0001'; To_Account = 'user_0002' }", "c2c_user_0002 of user_0001")]
    [InlineData("[pscustomobject]@{ Account = 'user_0001'; GroupId = '@TGS#1B2AUI7RZ' }", "group_@TGS#1B2AUI7RZ of user_0001")]
    [InlineData("[pscustomobject]@{ From_Account = 'user_0001'; ToGroupId = '@TGS#1B2AUI7RZ' }", "group_@TGS#1B2AUI7RZ of user_0001")]
    [InlineData("'From_Account,To_Account', 'user_0001,user_0002', 'user_0001,user_0003' | ConvertFrom-Csv", "c2c_user_0002 of user_0001;c2c_user_0003 of user_0001")]
    [InlineData("'From_Account,ToGroupId', 'user_0001,@TGS#1B2AUI7RZ' | ConvertFrom-Csv", "group_@TGS#1B2AUI7RZ of user_0001")]
    [InlineData("'Account,PeerAccount,GroupId', 'user_0001,user_0002,@TGS#1B2AUI7RZ' | ConvertFrom-Csv", "c2c_user_0002 of user_0001;group_@TGS#1B2AUI7RZ of user_0001")]
    public void Conversations_bind_by_peer_from_objects_and_csv_rows(string input, string conversations)
    {
        var ps = shared.Reset();
        string csv = Path.Combine(Path.GetTempPath(), $"tencentchat-peers-{Guid.NewGuid():N}.csv");
        try
        {
            // Through a real file too: Import-Csv rows are what a runbook pipes.
            var search = ps.Run($"{input} | Export-Csv -LiteralPath $csv -NoTypeInformation; Import-Csv -LiteralPath $csv | Search-ChatContactGroup",
                new Dictionary<string, object?> { ["csv"] = csv }).ThrowIfFailed();
            var marked = ps.Run($"{input} | Set-ChatConversationMark -Set Star -WhatIf").ThrowIfFailed();

            var expected = conversations.Split(';').Order();
            Assert.Equal(expected, search.Output.Select(o => $"{o.Properties["ConversationId"].Value} of {o.Properties["Account"].Value}").Order());
            Assert.Equal(expected, ps.Host.ShouldProcessTargets.Order());
        }
        finally
        {
            File.Delete(csv);
        }
    }
}
