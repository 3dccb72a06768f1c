using TencentChat.Benchmarks.Scenarios;

namespace TencentChat.Benchmarks;

/// <summary>Every scenario, in table order. A new scenario is registered here with one line.</summary>
internal static class ScenarioCatalog
{
    public static IReadOnlyList<IBenchmarkScenario> All { get; } = new IBenchmarkScenario[]
    {
        new ListingOverheadScenario(),
        new ListingMemoryScenario(),
        new PowerShellListingScenario(),
        new SearchBatchingScenario(),
        new FanOutScenario(),
        new WriteFanOutScenario(),
        new ImportTimeScenario(),
        new AccountCheckScenario(),
        new ProfileReadScenario(),
        new FriendListingScenario(),
        new GroupMembersScenario(),
        new GroupAddScenario(),
        new MessageSendScenario(),
        new MessageReadScenario(),
        new MessageAllocationScenario(),
        new GroupBackupScenario(),
    };
}
