namespace TencentChat.Emulator.Conversations;

/// <summary>A user's conversation group. Ids are per user, start at 1 and are never reused after a delete.</summary>
internal sealed class ContactGroup
{
    public ContactGroup(int id, string name)
    {
        Id = id;
        Name = name;
    }

    public int Id { get; }
    public string Name { get; set; }
    public int MemberCount { get; set; }
}
