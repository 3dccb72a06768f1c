using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Xml;
using TencentChat.Admin.HelpGenerator;

// Usage: TencentChat.Admin.HelpGenerator <path/to/TencentChat.Admin.dll> <path/to/en-US/TencentChat.Admin.dll-Help.xml>
// Reads the cmdlets of the built assembly and the XML documentation files beside it and writes the MAML help file.
// Exit code 0 on success, 1 when the documentation is incomplete, 2 on bad arguments or unreadable input.
if (args.Length != 2)
{
    Console.Error.WriteLine("Usage: TencentChat.Admin.HelpGenerator <cmdlet assembly .dll> <output .dll-Help.xml>");
    return 2;
}

string assemblyPath = Path.GetFullPath(args[0]);
string outputPath = Path.GetFullPath(args[1]);
try
{
    // The module's other assemblies (TencentChat.Admin.Client, ...) load from beside the cmdlet assembly.
    string directory = Path.GetDirectoryName(assemblyPath)!;
    AssemblyLoadContext.Default.Resolving += (context, name) =>
        Path.Combine(directory, name.Name + ".dll") is var candidate && File.Exists(candidate) ? context.LoadFromAssemblyPath(candidate) : null;
    Assembly assembly = AssemblyLoadContext.Default.LoadFromAssemblyPath(assemblyPath);

    var help = MamlGenerator.Generate(assembly, XmlDocumentation.ForAssembly(assembly));

    Directory.CreateDirectory(Path.GetDirectoryName(outputPath)!);
    var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false) };
    using (var writer = XmlWriter.Create(outputPath, settings))
        help.Save(writer);
    Console.WriteLine($"Wrote help for {help.Root!.Elements().Count()} cmdlets to {outputPath}");
    return 0;
}
catch (InvalidOperationException e)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}
catch (Exception e) when (e is IOException or BadImageFormatException or XmlException or UnauthorizedAccessException or ReflectionTypeLoadException)
{
    Console.Error.WriteLine($"Cannot generate help from {assemblyPath}: {e.Message}");
    return 2;
}
