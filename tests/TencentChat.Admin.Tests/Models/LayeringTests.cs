using System.Text.RegularExpressions;
using TencentChat.Admin.Tests.Support;

namespace TencentChat.Admin.Tests.Models;

/// <summary>The client's folders depend only on the folders below them, in the order its README states.</summary>
public class LayeringTests
{
    private static readonly string Client = Path.Combine(RepoPaths.Root, "src", "TencentChat.Admin.Client");

    /// <summary>Folder to layer number, from the README's "Layers, bottom first: A, B, C+D, E;" sentence (C+D share a layer).</summary>
    private static Dictionary<string, int> Layers()
    {
        string readme = File.ReadAllText(Path.Combine(Client, "README.md"));
        string list = Regex.Match(readme, @"Layers, bottom first: ([^;]+);").Groups[1].Value;
        var layers = new Dictionary<string, int>();
        string[] entries = list.Split(", ");
        for (int i = 0; i < entries.Length; i++)
            foreach (string folder in entries[i].Split('+'))
                layers[folder.Trim()] = i;
        return layers;
    }

    [Fact]
    public void Every_folder_of_the_client_has_a_layer()
    {
        var folders = Directory.GetDirectories(Client).Select(Path.GetFileName).Where(f => f is not ("bin" or "obj")).OrderBy(f => f);
        Assert.Equal(folders, Layers().Keys.OrderBy(f => f));
    }

    [Fact]
    public void No_folder_uses_a_folder_above_it()
    {
        var layers = Layers();
        var upward = new List<string>();
        foreach (var (folder, layer) in layers)
            foreach (string file in Directory.GetFiles(Path.Combine(Client, folder), "*.cs"))
                foreach (Match used in Regex.Matches(File.ReadAllText(file), @"TencentChat\.Admin\.Client\.(\w+)"))
                    if (layers.TryGetValue(used.Groups[1].Value, out int usedLayer) && usedLayer > layer)
                        upward.Add($"{folder}/{Path.GetFileName(file)} uses {used.Groups[1].Value}");
        Assert.Empty(upward.Distinct());
    }
}
