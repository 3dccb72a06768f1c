namespace TencentChat.Emulator.Users;

/// <summary>What one API family keeps in a <see cref="ChatState"/>, attached with <see cref="ChatState.Attach"/>.</summary>
internal interface IFamilyState
{
    /// <summary>Forgets everything kept for <paramref name="userId"/>: the account was deleted.</summary>
    void DropUser(string userId);
}
