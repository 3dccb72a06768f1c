using System.Text.Json.Serialization;
using TencentChat.Admin.Client.MessageBodies;
using TencentChat.Admin.Client.Wire;

namespace TencentChat.Admin.Client.Groups.Wire
{
    // The group family's message and migration commands (group spec §3.6, §3.12, §3.23-§3.29), spelled as the spec spells
    // them. A MsgBody is the shared message-body model (MessageBodies/), which reads and writes it as the JSON it is.

    /// <summary>send_group_msg (§3.23). Random is required; the module always generates it.</summary>
    internal sealed class SendGroupMsgRequest
    {
        [JsonPropertyName("GroupId")] public string GroupId { get; set; } = string.Empty;
        [JsonPropertyName("Random")] public uint Random { get; set; }
        [JsonPropertyName("MsgBody")] public ChatMessageBody? MsgBody { get; set; }
        [JsonPropertyName("From_Account")] public string? FromAccount { get; set; }
        [JsonPropertyName("MsgPriority")] public string? MsgPriority { get; set; }
        [JsonPropertyName("OnlineOnlyFlag")] public int? OnlineOnlyFlag { get; set; }
        [JsonPropertyName("CloudCustomData")] public string? CloudCustomData { get; set; }
        [JsonPropertyName("To_Account")] public string[]? ToAccount { get; set; }
    }

    internal sealed class SendGroupMsgResponse : WireEnvelope
    {
        [JsonPropertyName("MsgTime")] public long MsgTime { get; set; }
        [JsonPropertyName("MsgSeq")] public uint MsgSeq { get; set; }

        /// <summary>"MsgFreqCtrl" when frequency control dropped the message; absent or empty otherwise.</summary>
        [JsonPropertyName("MsgDropReason")] public string? MsgDropReason { get; set; }
    }

    /// <summary>send_group_system_notification (§3.24): no ToMembers_Account means everyone.</summary>
    internal sealed class SendGroupSystemNotificationRequest
    {
        [JsonPropertyName("GroupId")] public string GroupId { get; set; } = string.Empty;
        [JsonPropertyName("Content")] public string Content { get; set; } = string.Empty;
        [JsonPropertyName("ToMembers_Account")] public string[]? ToMembersAccount { get; set; }
    }

    /// <summary>group_msg_get_simple (§3.26): seq ≤ ReqMsgSeq, newest first; no ReqMsgSeq = from the newest.</summary>
    internal sealed class GroupMsgGetSimpleRequest
    {
        public const int MaxItems = 20;

        [JsonPropertyName("GroupId")] public string GroupId { get; set; } = string.Empty;
        [JsonPropertyName("ReqMsgNumber")] public int ReqMsgNumber { get; set; }
        [JsonPropertyName("ReqMsgSeq")] public uint? ReqMsgSeq { get; set; }
        [JsonPropertyName("WithRecalledMsg")] public int? WithRecalledMsg { get; set; }
    }

    internal sealed class GroupMsgGetSimpleResponse : WireEnvelope
    {
        [JsonPropertyName("GroupId")] public string? GroupId { get; set; }

        /// <summary>1 the whole requested range came; 0 cut short (not an end marker); 2 cut short and the rest expired.</summary>
        [JsonPropertyName("IsFinished")] public int IsFinished { get; set; }

        [JsonPropertyName("RspMsgList")] public WireGroupHistoryMessage[]? RspMsgList { get; set; }
    }

    internal sealed class WireGroupHistoryMessage
    {
        [JsonPropertyName("From_Account")] public string? FromAccount { get; set; }

        /// <summary>0 a message; 1 a hole (expired, failed, deleted: empty MsgBody); 2 recalled.</summary>
        [JsonPropertyName("IsPlaceMsg")] public int IsPlaceMsg { get; set; }

        [JsonPropertyName("IsSystemMsg")] public int IsSystemMsg { get; set; }
        [JsonPropertyName("MsgBody")] public ChatMessageBody? MsgBody { get; set; }

        /// <summary>1 High to 4 Lowest (an Integer in history, a String when sending).</summary>
        [JsonPropertyName("MsgPriority")] public int MsgPriority { get; set; }

        [JsonPropertyName("MsgRandom")] public uint MsgRandom { get; set; }
        [JsonPropertyName("MsgSeq")] public uint MsgSeq { get; set; }
        [JsonPropertyName("MsgTimeStamp")] public long MsgTimeStamp { get; set; }
        [JsonPropertyName("CloudCustomData")] public string? CloudCustomData { get; set; }
    }

    /// <summary>group_msg_recall (§3.25): up to 10 seqs per call, one RetCode each.</summary>
    internal sealed class GroupMsgRecallRequest
    {
        public const int MaxItems = 10;

        [JsonPropertyName("GroupId")] public string GroupId { get; set; } = string.Empty;
        [JsonPropertyName("MsgSeqList")] public WireMsgSeq[] MsgSeqList { get; set; } = new WireMsgSeq[0];
        [JsonPropertyName("Reason")] public string? Reason { get; set; }
    }

    internal sealed class WireMsgSeq
    {
        [JsonPropertyName("MsgSeq")] public uint MsgSeq { get; set; }
    }

    internal sealed class GroupMsgRecallResponse : WireEnvelope
    {
        [JsonPropertyName("RecallRetList")] public WireRecallResult[]? RecallRetList { get; set; }
    }

    internal sealed class WireRecallResult
    {
        [JsonPropertyName("MsgSeq")] public uint MsgSeq { get; set; }
        [JsonPropertyName("RetCode")] public int? RetCode { get; set; }
    }

    /// <summary>delete_group_msg_by_sender (§3.27): a silent recall of the sender's messages among the latest 1000.</summary>
    internal sealed class DeleteGroupMsgBySenderRequest
    {
        [JsonPropertyName("GroupId")] public string GroupId { get; set; } = string.Empty;
        [JsonPropertyName("Sender_Account")] public string SenderAccount { get; set; } = string.Empty;
    }

    /// <summary>import_group (§3.6): create_group's fields without MemberList (left null, so not sent), plus CreateTime.</summary>
    internal sealed class ImportGroupRequest : CreateGroupRequest
    {
        [JsonPropertyName("CreateTime")] public long? CreateTime { get; set; }
    }


    internal sealed class ImportGroupResponse : WireEnvelope
    {
        [JsonPropertyName("GroupId")] public string? GroupId { get; set; }
    }

    /// <summary>import_group_member (§3.12): JoinTime kept; Role only Admin (the owner comes with import_group). Answered as add_group_member is (MemberResultResponse).</summary>
    internal sealed class ImportGroupMemberRequest
    {
        [JsonPropertyName("GroupId")] public string GroupId { get; set; } = string.Empty;
        [JsonPropertyName("MemberList")] public WireImportMember[] MemberList { get; set; } = new WireImportMember[0];
    }

    internal sealed class WireImportMember
    {
        [JsonPropertyName("Member_Account")] public string MemberAccount { get; set; } = string.Empty;
        [JsonPropertyName("Role")] public string? Role { get; set; }
        [JsonPropertyName("JoinTime")] public long? JoinTime { get; set; }
    }



    /// <summary>import_group_msg (§3.29): ascending SendTime, each after the newest message already there.</summary>
    internal sealed class ImportGroupMsgRequest
    {
        [JsonPropertyName("GroupId")] public string GroupId { get; set; } = string.Empty;
        [JsonPropertyName("MsgList")] public WireImportMessage[] MsgList { get; set; } = new WireImportMessage[0];
    }

    internal sealed class WireImportMessage
    {
        [JsonPropertyName("From_Account")] public string FromAccount { get; set; } = string.Empty;
        [JsonPropertyName("SendTime")] public long SendTime { get; set; }
        [JsonPropertyName("Random")] public uint Random { get; set; }
        [JsonPropertyName("MsgBody")] public ChatMessageBody? MsgBody { get; set; }
    }

    internal sealed class ImportGroupMsgResponse : WireEnvelope
    {
        [JsonPropertyName("ImportMsgResult")] public WireImportMessageResult[]? ImportMsgResult { get; set; }
    }

    /// <summary>Result 0 ok, 10004 bad time, 80001 sensitive, 80002 too long.</summary>
    internal sealed class WireImportMessageResult
    {
        [JsonPropertyName("MsgSeq")] public uint MsgSeq { get; set; }
        [JsonPropertyName("MsgTime")] public long MsgTime { get; set; }
        [JsonPropertyName("Result")] public int? Result { get; set; }
    }
}
