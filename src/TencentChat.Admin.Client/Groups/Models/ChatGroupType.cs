namespace TencentChat.Admin.Client.Models
{
    /// <summary>
    /// The five group types by Tencent's REST names (group spec §2.1). The console's newer names are Work (= Private),
    /// Meeting (= ChatRoom) and Live (= AVChatRoom); the cmdlets accept Work and Meeting and send the REST names.
    /// </summary>
    public enum ChatGroupType
    {
        Private,
        Public,
        ChatRoom,
        AVChatRoom,
        Community,
    }

    /// <summary>A member's role (group spec §2.4).</summary>
    public enum ChatGroupRole
    {
        Owner,
        Admin,
        Member,
    }

    /// <summary>
    /// What a member write did for one member: Added, AlreadyMember or Pending (awaiting the invitee's confirmation) for
    /// Add-ChatGroupMember; Removed, Muted, Unmuted or Changed for the others; Failed when it failed.
    /// </summary>
    public enum ChatGroupMemberResult
    {
        Failed,
        Added,
        AlreadyMember,
        Pending,
        Removed,
        Muted,
        Unmuted,
        Changed,
    }
}
