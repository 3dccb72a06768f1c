namespace TencentChat.Admin.Tests.Support;

/// <summary>A script producing objects of each output type of the module, against the emulator's demo seed.</summary>
public static class OutputSamples
{
    public static readonly IReadOnlyDictionary<string, string> ByType = new Dictionary<string, string>
    {
        ["TencentChat.Admin.Client.Models.ChatConversation"] = "Get-ChatConversation user_0001",
        ["TencentChat.Admin.Client.Models.ChatContactGroupRecord"] =
            "Search-ChatContactGroup user_0001 -ConversationId c2c_user_0002, c2c_user_0003, c2c_user_0012, group_@TGS#1B2AUI7RZ",
        ["TencentChat.Admin.Client.Models.ChatContactGroup"] = "Get-ChatContactGroup user_0001",
        // Succeeded changes, and a failed one as its error's TargetObject (user_0004 is in no group: 50002).
        ["TencentChat.Admin.Client.Models.ChatConversationChange"] =
            "Set-ChatConversationMark user_0001 -ConversationId c2c_user_0002 -Set Star -Confirm:$false -PassThru; " +
            "Remove-ChatContactGroupMember user_0001 -ContactGroupName group_0002 -PeerAccount user_0004 -Confirm:$false " +
            "-ErrorVariable failed -ErrorAction SilentlyContinue; $failed.TargetObject",
        // A changed conversation (into a new group whose name holds the CSV separator) and one already as asked.
        ["TencentChat.Admin.Client.Models.ChatConversationUpdate"] =
            "Set-ChatConversation user_0001 -ConversationId c2c_user_0002, c2c_user_0003 -Marks Star -ContactGroupNames @('x;y') -Confirm:$false -PassThru; " +
            "Set-ChatConversation user_0001 -ConversationId c2c_user_0002 -CustomMark abcde -PassThru",
        ["TencentChat.Admin.Client.Models.ChatUserSigInfo"] = "New-ChatUserSig user_0001 -AsPlainText | ConvertFrom-ChatUserSig",
        ["TencentChat.Admin.Client.Connection.ChatSession"] = "$ChatTestSession",
        ["TencentChat.Admin.Client.Connection.ChatConnectionTest"] = "Test-ChatConnection",
        // An imported account, and a refused one as its error's TargetObject (nobody does not exist: 70107).
        ["TencentChat.Admin.Client.Models.ChatAccountChange"] =
            "New-ChatAccount -UserId new_0001 -Nickname Mei; " +
            "Remove-ChatAccount -UserId nobody -Confirm:$false -ErrorVariable failed -ErrorAction SilentlyContinue; $failed.TargetObject",
        ["TencentChat.Admin.Client.Models.ChatAccountCheck"] = "Test-ChatAccount user_0001, nobody",
        ["TencentChat.Admin.Client.Models.ChatOnlineStatus"] = "Get-ChatOnlineStatus user_0001, user_0002 -Detail",
        ["TencentChat.Admin.Client.Models.ChatMessage"] =
            "if (-not (Get-ChatMessage user_0001 user_0002)) { $null = Send-ChatMessage -From user_0001 -To user_0002 -Text 'Your order 42 has shipped' }; " +
            "Get-ChatMessage user_0001 user_0002",
        // A receipt, and a failed one as its error's TargetObject (nobody does not exist).
        ["TencentChat.Admin.Client.Models.ChatMessageReceipt"] =
            "Send-ChatMessage -To user_0002, nobody -Text hi -ErrorVariable failed -ErrorAction SilentlyContinue; $failed.TargetObject",
        ["TencentChat.Admin.Client.Models.ChatUnreadCount"] = "Get-ChatUnreadCount user_0002; Get-ChatUnreadCount user_0002 -Peer user_0001",
        ["TencentChat.Admin.Client.Models.ChatMessageArchive"] =
            "$null = Send-ChatMessage -From user_0001 -To user_0002 -Text 'for the log'; Get-ChatMessageArchive -After (Get-Date)",
        ["TencentChat.Admin.Client.Models.ChatMessageArchiveFile"] =
            "$null = Send-ChatMessage -From user_0001 -To user_0002 -Text 'for the log'; " +
            "Get-ChatMessageArchive -After (Get-Date) | Save-ChatMessageArchive -Path (Join-Path ([IO.Path]::GetTempPath()) ('chat-archive-' + [guid]::NewGuid()))",
    };

    /// <summary>The type names, as theory data of the tests that run every sample.</summary>
    public static TheoryData<string> TypeNames => new(ByType.Keys);
}
