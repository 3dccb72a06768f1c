using System.Management.Automation;
using System.Management.Automation.Host;
using TencentChat.Admin.Infrastructure;
using TencentChat.Admin.Tests.Support;

namespace TencentChat.Admin.Tests.Cmdlets;

/// <summary>One runspace per kind of host that cannot ask: a -NonInteractive console UI, and no UI at all.</summary>
public sealed class NonInteractiveScopes : IAsyncLifetime
{
    private readonly Dictionary<bool, PowerShellScope> _scopes = new();

    public async Task InitializeAsync()
    {
        foreach (bool withUserInterface in new[] { true, false })
            _scopes[withUserInterface] = await PowerShellScope.StartAsync(host: new NonInteractiveHost(withUserInterface));
    }

    /// <summary>The scope of that host, with the emulator back at its seed.</summary>
    public PowerShellScope Reset(bool withUserInterface)
    {
        var scope = _scopes[withUserInterface];
        scope.Emulator.Host.Reset();
        return scope;
    }

    public async Task DisposeAsync()
    {
        foreach (var scope in _scopes.Values) await scope.DisposeAsync();
    }
}

/// <summary>
/// Unattended runs (pwsh -NonInteractive, a host without UI): a question PowerShell cannot ask is a ConfirmationRequired
/// error per item that names the way to decide in the command, nothing is sent for that item, and nothing is an UnexpectedError.
/// </summary>
public sealed class HostPromptTests(NonInteractiveScopes scopes) : IClassFixture<NonInteractiveScopes>
{
    public static TheoryData<bool> Hosts => new() { true, false };

    /// <summary>Every write of ShouldProcessTests.Writes with -Confirm, under each host.</summary>
    public static TheoryData<string, int, bool> ConfirmedWrites()
    {
        var data = new TheoryData<string, int, bool>();
        foreach (var write in ShouldProcessTests.Writes)
            foreach (bool withUserInterface in new[] { true, false })
                data.Add((string)write[0] + " -Confirm", (int)write[2], withUserInterface);
        return data;
    }

    [Theory]
    [MemberData(nameof(ConfirmedWrites))]
    public void A_question_the_host_cannot_ask_is_ConfirmationRequired_for_each_item_and_sends_nothing(string command, int targets, bool withUserInterface)
    {
        var ps = scopes.Reset(withUserInterface);

        var run = ps.Run(command);

        Assert.Null(run.Terminating);
        Assert.Empty(run.Output);
        Assert.Equal(Enumerable.Repeat("ConfirmationRequired", targets), run.ErrorIds);
        Assert.All(run.Errors, e =>
        {
            Assert.Equal(ErrorCategory.InvalidOperation, e.CategoryInfo.Category);
            Assert.Contains("cannot ask", e.ErrorDetails.Message);
            Assert.Contains("-Confirm:$false", e.ErrorDetails.RecommendedAction);
        });
        Assert.Equal(0, ps.Emulator.AllRequests);
    }

    /// <summary>The runbook's case: High impact asks by default; each refused item pipes back, and -Confirm:$false deletes.</summary>
    [Theory]
    [MemberData(nameof(Hosts))]
    public void Remove_ChatConversation_without_Confirm_false_deletes_nothing_and_its_errors_pipe_back(bool withUserInterface)
    {
        var ps = scopes.Reset(withUserInterface);

        var refused = ps.Run("Remove-ChatConversation user_0001 -PeerAccount user_0002, user_0003");
        Assert.Equal(new[] { "ConfirmationRequired", "ConfirmationRequired" }, refused.ErrorIds);
        Assert.Equal(0, ps.Emulator.Requests("delete"));

        var retried = ps.Run("$failed = @(Remove-ChatConversation user_0001 -PeerAccount user_0002, user_0003 -ErrorAction SilentlyContinue -ErrorVariable refusals)\n" +
                             "if ($refusals) { $refusals.TargetObject | Remove-ChatConversation -Confirm:$false -PassThru }");
        retried.ThrowIfFailed();
        Assert.Equal(new[] { "c2c_user_0002", "c2c_user_0003" }, retried.Output.Select(o => (string)o.Properties["ConversationId"].Value));
        Assert.Equal(2, ps.Emulator.Requests("delete"));
    }

    /// <summary>
    /// The conversation group writes too: the refused change's TargetObject, not the prompt's text, pipes back into the
    /// same cmdlet with -Confirm:$false and makes it (the new name, or the new group's conversations, included).
    /// </summary>
    [Theory]
    [InlineData("Remove-ChatContactGroup user_0001 -Name group_0001", "del_contact_group",
        "-not (Get-ChatContactGroup user_0001 | Where-Object Name -eq group_0001)")]
    [InlineData("Rename-ChatContactGroup user_0001 group_0001 renamed -Confirm", "update_contact_group",
        "(Get-ChatContactGroup user_0001).Name -contains 'renamed' -and (Get-ChatContactGroup user_0001).Name -notcontains 'group_0001'")]
    [InlineData("New-ChatContactGroup user_0001 fresh -PeerAccount user_0002, user_0003 -Confirm", "create_contact_group",
        "((Get-ChatContactGroupMember user_0001 | Where-Object { $_.ContactGroupNames -contains 'fresh' }).ConversationId | Sort-Object) -join ',' -eq 'c2c_user_0002,c2c_user_0003'")]
    public void A_refused_conversation_group_change_pipes_back_and_is_made_with_Confirm_false(string command, string apiCommand, string done)
    {
        var ps = scopes.Reset(withUserInterface: false);

        var refused = ps.Run(command);
        Assert.Equal(new[] { "ConfirmationRequired" }, refused.ErrorIds);
        Assert.Equal(0, ps.Emulator.AllRequests);

        var retried = ps.Run($"{command} -ErrorAction SilentlyContinue -ErrorVariable refusals\n" +
                             $"$refusals.TargetObject | {command.Split(' ')[0]} -Confirm:$false | Out-Null\n" + done);
        Assert.Empty(retried.ThrowIfFailed().Errors);
        Assert.True(Assert.IsType<bool>(Assert.Single(retried.Output).BaseObject));
        Assert.Equal(1, ps.Emulator.Requests(apiCommand));
    }

    [Theory]
    [MemberData(nameof(Hosts))]
    public void ClearHistory_without_Force_is_ConfirmationRequired_naming_Force(bool withUserInterface)
    {
        var ps = scopes.Reset(withUserInterface);

        var run = ps.Run("Remove-ChatConversation user_0001 -PeerAccount user_0002 -ClearHistory -Confirm:$false");

        Assert.Equal(new[] { "ConfirmationRequired" }, run.ErrorIds);
        Assert.Contains("-Force", run.Errors[0].ErrorDetails.RecommendedAction);
        Assert.Equal(0, ps.Emulator.AllRequests);
    }

    /// <summary>PowerShell 7's -Debug means Continue: a read with -Debug works where nobody can answer a prompt.</summary>
    [Theory]
    [MemberData(nameof(Hosts))]
    public void Debug_does_not_break_a_read(bool withUserInterface)
    {
        var ps = scopes.Reset(withUserInterface);

        var run = ps.Run("Get-ChatContactGroup user_0001 -Debug").ThrowIfFailed();

        Assert.NotEmpty(run.Output);
    }

    /// <summary>
    /// An Inquire preference on the log lines (-Debug makes $VerbosePreference Inquire; Windows PowerShell's -Debug makes
    /// $DebugPreference Inquire) where nobody can answer: the read delivers everything and the lines are written.
    /// </summary>
    [Theory]
    [MemberData(nameof(Hosts))]
    public void An_Inquire_preference_does_not_break_a_read(bool withUserInterface)
    {
        var ps = scopes.Reset(withUserInterface);
        int groups = ps.Run("Get-ChatContactGroup user_0001, user_0002").ThrowIfFailed().Output.Count;

        var run = ps.Run("& { $DebugPreference = $VerbosePreference = 'Inquire'; Get-ChatContactGroup user_0001, user_0002 }").ThrowIfFailed();

        Assert.True(groups > 0);
        Assert.Equal(groups, run.Output.Count);
        Assert.NotEmpty(run.Verbose);
    }

    public static TheoryData<Exception, bool> Exceptions => new()
    {
        { new PipelineStoppedException(), true },
        { new ActionPreferenceStopException(), true },
        { new HostException("no UI"), true },
        { new PromptingException("no UI"), true },
        { new TerminateException(), true },
        { new HaltCommandException(), true },
        { new PSInvalidOperationException("PowerShell is in NonInteractive mode."), true },
        { new PSNotSupportedException(), true },
        { new InvalidOperationException(), false },
        { new NullReferenceException(), false },
        { new System.Text.Json.JsonException(), false },
        { new ArgumentException(), false },
    };

    /// <summary>The guard's rule: PowerShell's own pipeline, flow-control and host exceptions are never an UnexpectedError.</summary>
    [Theory]
    [MemberData(nameof(Exceptions))]
    public void PowerShells_own_exceptions_pass_the_guard(Exception exception, bool powerShells) =>
        Assert.Equal(powerShells, HostExceptions.BelongsToPowerShell(exception));
}
