namespace TencentChat.Admin.Tests.Support;

/// <summary>
/// The repository checkout the tests run from: the folder holding TencentChat.Admin.sln (not the manifest, which the
/// build also copies beside the test assembly for the runspace tests).
/// </summary>
public static class RepoPaths
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "TencentChat.Admin.sln"))) return dir.FullName;
        throw new InvalidOperationException("Repository root not found above " + AppContext.BaseDirectory);
    }
}
