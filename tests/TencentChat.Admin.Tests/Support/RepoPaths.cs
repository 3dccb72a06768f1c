namespace TencentChat.Admin.Tests.Support;

/// <summary>
/// The repository checkout the tests run from: the folder holding TencentChat.Admin.sln. (Not the manifest: the
/// test project copies TencentChat.Admin.psd1 into its output folder, which would stop the search there.)
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
