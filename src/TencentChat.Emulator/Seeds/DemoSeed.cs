using System.Globalization;
using TencentChat.Emulator.Protocol;
using TencentChat.Emulator.Conversations;
using TencentChat.Emulator.Users;

namespace TencentChat.Emulator.Seeds;

/// <summary>
/// The spec's samples as data (spec §2.1, §2.7). user_0001's first get_list page starts with exactly the §2.1
/// sample's three conversations; 50 older ones follow so the list spans three pages of 20. Where the samples
/// disagree about a group/mark record, the search sample (§2.7) wins: @TGS#1B2AUI7RZ has no standard or custom
/// mark and is only in group 1, and user_0002 carries "11111110"/"abcde"/[1,2] — so get_list with AssistFlags 63
/// shows those values, not the §2.1 sample's.
/// </summary>
internal static class DemoSeed
{
    public const string Owner = "user_0001";
    public const string SampleGroup = "@TGS#1B2AUI7RZ";
    public const int ExtraConversations = 50;
    private const int LastUser = 12;

    public static void Fill(ChatState state)
    {
        for (int i = 1; i <= LastUser; i++) state.AddUser(UserName(i));

        state.PutConversation(Owner, ConversationKind.C2C, "user_0002", 1772612017);
        state.PutConversation(Owner, ConversationKind.C2C, "user_0003", 1772605020, pinned: true);
        state.PutConversation(Owner, ConversationKind.Group, SampleGroup, 1775185968);
        for (int i = 0; i < ExtraConversations; i++)
        {
            // Older than every sample conversation, one hour apart; the first nine are C2C with user_0004..0012.
            long msgTime = 1772600000 - i * 3600L;
            bool c2c = i < LastUser - 3;
            string peer = c2c ? UserName(i + 4) : "@TGS#DEMO" + i.ToString("D3", CultureInfo.InvariantCulture);
            state.PutConversation(Owner, c2c ? ConversationKind.C2C : ConversationKind.Group, peer, msgTime, empty: i >= ExtraConversations - 2);
        }

        int group1 = state.CreateGroup(Owner, "group_0001");
        int group2 = state.CreateGroup(Owner, "group_0002");
        Record(state, ConversationKind.C2C, "user_0003", "111001", "abcd", new[] { group1 }, 1775185000);
        Record(state, ConversationKind.Group, SampleGroup, "", null, new[] { group1 }, 1775186067);
        Record(state, ConversationKind.C2C, "user_0002", "11111110", "abcde", new[] { group1, group2 }, 1775217000);

        state.PutConversation("user_0002", ConversationKind.C2C, Owner, 1772612017);
        state.PutConversation("user_0002", ConversationKind.Group, SampleGroup, 1775185968);
        state.PutConversation("user_0003", ConversationKind.C2C, Owner, 1772605020);
    }

    public static string UserName(int i) => "user_" + i.ToString("D4", CultureInfo.InvariantCulture);

    private static void Record(ChatState state, ConversationKind kind, string peer, string standardMark, string? customMark, int[] groups, long timestamp)
    {
        foreach (int group in groups) state.AddToGroup(Owner, group, kind, peer);
        ulong marks = StandardMarkText.Parse(standardMark);
        if (marks != 0 || customMark != null) state.SetMarks(Owner, kind, peer, marks, customMark);
        state.SetRecordTimestamp(Owner, kind, peer, timestamp);
    }
}
