namespace TencentChat.Admin.Tests.Support;

/// <summary>The repository checkout the tests run from (the folder holding TencentChat.Admin.psd1).</summary>
public static class RepoPaths
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "TencentChat.Admin.psd1"))) return dir.FullName;
        throw new InvalidOperationException("Repository root not found above " + AppContext.BaseDirectory);
    }
}
