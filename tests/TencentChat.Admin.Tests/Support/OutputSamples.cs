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
        ["TencentChat.Admin.Client.Models.ChatUserProfile"] =
            "Set-ChatUserProfile user_0001 -Nick 'Mei Lin' -Gender Female -AllowType NeedConfirm -Level 3 -Confirm:$false | Out-Null; Get-ChatUserProfile user_0001, user_0002",
        // Added, Pending (user_0003 confirms requests) and a refused pair as its error's TargetObject (nobody does not exist: 30003).
        ["TencentChat.Admin.Client.Models.ChatFriendChange"] =
            "Add-ChatFriend user_0001 -Friend user_0002 -Force; Add-ChatFriend user_0001 -Friend user_0003; " +
            "Add-ChatFriend user_0001 -Friend nobody -Force -ErrorVariable failed -ErrorAction SilentlyContinue; $failed.TargetObject",
        ["TencentChat.Admin.Client.Models.ChatFriend"] =
            "Add-ChatFriend user_0001 -Friend user_0002, user_0003 -Force -Remark 'Mei;Lin' -Group Work | Out-Null; Get-ChatFriend user_0001",
        ["TencentChat.Admin.Client.Models.ChatFriendRelation"] =
            "Add-ChatFriend user_0001 -Friend user_0002 -Force | Out-Null; Test-ChatFriend user_0001 -Friend user_0002, user_0003 -Both",
        ["TencentChat.Admin.Client.Models.ChatBlockRelation"] =
            "Block-ChatUser user_0001 -User user_0002 | Out-Null; Test-ChatBlockedUser user_0001 -User user_0002, user_0003 -Both",
        ["TencentChat.Admin.Client.Models.ChatBlockedUser"] = "Block-ChatUser user_0001 -User user_0002, user_0003 | Out-Null; Get-ChatBlockedUser user_0001",
        ["TencentChat.Admin.Client.Models.ChatFriendGroup"] =
            "Add-ChatFriend user_0001 -Friend user_0002 -Force | Out-Null; New-ChatFriendGroup user_0001 -Name Work, Family -Friend user_0002 | Out-Null; Get-ChatFriendGroup user_0001",
        // Group chats: a group made for the sample (a custom GroupId), its members, member and group writes (a refused
        // one as its error's TargetObject: nobody is not an account). Each sample runs more than once against one emulator.
        ["TencentChat.Admin.Client.Models.ChatGroup"] = "if (-not (Get-ChatGroup -GroupId team -ErrorAction Ignore)) { New-ChatGroup -Name Team -GroupId team -Owner user_0001 -Member user_0002, user_0003 | Out-Null }; Get-ChatGroup -GroupId team",
        ["TencentChat.Admin.Client.Models.ChatGroupMember"] = "if (-not (Get-ChatGroup -GroupId team -ErrorAction Ignore)) { New-ChatGroup -Name Team -GroupId team -Owner user_0001 -Member user_0002, user_0003 | Out-Null }; Set-ChatGroupMember -GroupId team -Account user_0002 -MuteFor 01:00:00 | Out-Null; Get-ChatGroupMember -GroupId team",
        ["TencentChat.Admin.Client.Models.ChatGroupMemberChange"] =
            "if (-not (Get-ChatGroup -GroupId team -ErrorAction Ignore)) { New-ChatGroup -Name Team -GroupId team -Owner user_0001 -Member user_0002, user_0003 | Out-Null }; Add-ChatGroupMember -GroupId team -Account user_0004, user_0002, nobody -ErrorVariable failed -ErrorAction SilentlyContinue; $failed.TargetObject",
        ["TencentChat.Admin.Client.Models.ChatGroupChange"] =
            "if (-not (Get-ChatGroup -GroupId team -ErrorAction Ignore)) { New-ChatGroup -Name Team -GroupId team -Owner user_0001 -Member user_0002, user_0003 | Out-Null }; Set-ChatGroup -GroupId team -MuteAll; Remove-ChatGroup -GroupId nosuch -Confirm:$false -ErrorVariable failed -ErrorAction SilentlyContinue; $failed.TargetObject",
        ["TencentChat.Admin.Client.Models.ChatMessage"] =
            "if (-not (Get-ChatMessage user_0001 user_0002)) { $null = Send-ChatMessage -From user_0001 -To user_0002 -Text 'Your order 42 has shipped' }; " +
            "Get-ChatMessage user_0001 user_0002",
        // A receipt, and a failed one as its error's TargetObject (nobody does not exist).
        ["TencentChat.Admin.Client.Models.ChatMessageReceipt"] =
            "Send-ChatMessage -To user_0002, nobody -Text hi -ErrorVariable failed -ErrorAction SilentlyContinue; $failed.TargetObject",
        ["TencentChat.Admin.Client.Models.ChatUnreadCount"] = "Get-ChatUnreadCount user_0002; Get-ChatUnreadCount user_0002 -Peer user_0001",
        // Group messages and backups, in a group whose custom GroupId has Tencent's maximum of 48 bytes.
        ["TencentChat.Admin.Client.Models.ChatGroupMessage"] = LongGroup + "Get-ChatGroupMessage $g",
        ["TencentChat.Admin.Client.Models.ChatGroupMessageChange"] =
            LongGroup + "Send-ChatGroupMessage $g -Text again -Confirm:$false; " +
            "Remove-ChatGroupMessage $g -MsgSeq 99 -Confirm:$false -ErrorVariable failed -ErrorAction SilentlyContinue; $failed.TargetObject",
        ["TencentChat.Admin.Client.Models.ChatGroupBackup"] = LongGroup + "Export-ChatGroup $g -Path (Join-Path ([IO.Path]::GetTempPath()) ([guid]::NewGuid())) -IncludeMessages",
        ["TencentChat.Admin.Client.Models.ChatGroupImport"] =
            LongGroup + "Export-ChatGroup $g -Path (Join-Path ([IO.Path]::GetTempPath()) ([guid]::NewGuid())) -IncludeMessages | Import-ChatGroup -Confirm:$false",
        ["TencentChat.Admin.Client.Models.ChatMessageArchive"] =
            "$null = Send-ChatMessage -From user_0001 -To user_0002 -Text 'for the log'; Get-ChatMessageArchive -After (Get-Date)",
        ["TencentChat.Admin.Client.Models.ChatMessageArchiveFile"] =
            "$null = Send-ChatMessage -From user_0001 -To user_0002 -Text 'for the log'; " +
            "Get-ChatMessageArchive -After (Get-Date) | Save-ChatMessageArchive -Path (Join-Path ([IO.Path]::GetTempPath()) ('chat-archive-' + [guid]::NewGuid()))",
    };

    /// <summary>A group with a 48-byte custom GroupId ($g) and two messages, for the group message samples; a second run adds nothing.</summary>
    private const string LongGroup =
        "$g = 'ops-room-' + ('x' * 39); " +
        "$null = Invoke-ChatApi group_open_http_svc/import_group @{ Type = 'Public'; Name = 'Ops'; GroupId = $g; Owner_Account = 'user_0001' } -Confirm:$false -ErrorAction SilentlyContinue; " +
        "if (-not (Get-ChatGroupMessage $g -First 1)) { $null = Send-ChatGroupMessage $g -Text 'Deploy finished' -From user_0001 -Confirm:$false; " +
        "$null = Send-ChatGroupMessage $g -Text 'Thanks' -Confirm:$false }; ";

    /// <summary>The type names, as theory data of the tests that run every sample.</summary>
    public static TheoryData<string> TypeNames => new(ByType.Keys);
}
