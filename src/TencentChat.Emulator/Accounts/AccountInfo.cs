namespace TencentChat.Emulator.Accounts;

/// <summary>A copy of one account, for tests: its profile and its platforms that are not Offline.</summary>
public sealed record AccountInfo(string UserId, string? Nick, string? FaceUrl, OnlineStatus Status, IReadOnlyList<PlatformStatus> Platforms);

/// <summary>One platform's login state.</summary>
public sealed record PlatformStatus(string Platform, OnlineStatus Status);
