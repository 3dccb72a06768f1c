using System.Globalization;
using TencentChat.Emulator.Conversations;
using TencentChat.Emulator.Users;

namespace TencentChat.Emulator.Seeds;

/// <summary>
/// <c>generate:USERS:CONVERSATIONS</c>: a deterministic large data set. Users user_000001…; conversations are
/// spread evenly; two in three are C2C (with the following users, each peer once) and the rest group
/// conversations over a shared pool of group ids; about 3% pinned and 2% empty; MsgTimes spread over 90 days.
/// </summary>
internal static class GeneratedSeed
{
    private const long NewestMsgTime = 1775000000;
    private const int SpreadSeconds = 90 * 86400;

    public static void Fill(ChatState state, int users, int conversations)
    {
        var random = new Random(20260404);
        var names = Enumerable.Range(1, users).Select(UserName).ToArray();
        foreach (string name in names) state.AddUser(name);
        int perUserMax = (conversations + users - 1) / users;
        // A pool at least as large as one user's list, so a user's group conversations never repeat an id.
        int groupPool = Math.Max(1, Math.Max(conversations / 10, perUserMax));

        for (int u = 0; u < users; u++)
        {
            int count = conversations / users + (u < conversations % users ? 1 : 0);
            int c2c = 0;
            for (int j = 0; j < count; j++)
            {
                bool group = j % 3 == 2 || c2c >= users - 1;
                string peer = group ? GroupName((u + j) % groupPool) : names[(u + 1 + c2c++) % users];
                long msgTime = NewestMsgTime - random.Next(SpreadSeconds);
                bool pinned = random.Next(100) < 3;
                bool empty = random.Next(100) < 2;
                state.PutConversation(names[u], group ? ConversationKind.Group : ConversationKind.C2C, peer, msgTime, pinned, empty);
            }
        }
    }

    public static string UserName(int i) => "user_" + i.ToString("D6", CultureInfo.InvariantCulture);

    private static string GroupName(int i) => "@TGS#G" + i.ToString("D7", CultureInfo.InvariantCulture);
}
