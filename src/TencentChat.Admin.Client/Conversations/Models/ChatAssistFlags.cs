using System;

namespace TencentChat.Admin.Client.Models
{
    /// <summary>
    /// get_list AssistFlags (spec §3.8). Bits 0–2 are documented; Tencent's 2026 docs say to always send 63 and
    /// name no meaning for bits 3–5, so they are exposed only as part of <see cref="All"/>.
    /// </summary>
    [Flags]
    public enum ChatAssistFlags
    {
        None = 0,
        PinnedConversations = 1,
        EmptyConversations = 2,
        PagePinnedConversations = 4,
        /// <summary>The documented "full data" value: includes marks and conversation-group ids.</summary>
        All = 63,
    }
}
