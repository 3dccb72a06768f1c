using System;
using System.IO;
using System.Reflection;
using System.Runtime.InteropServices;

namespace TencentChat.Admin.Infrastructure
{
    /// <summary>
    /// Finds the module's own copies of its dependencies (System.Text.Json and what it needs, shipped in the
    /// module's dependencies folder) for Windows PowerShell 5.1. .NET Framework has no binding redirects for
    /// powershell.exe, and System.Text.Json's netstandard dependencies disagree on versions, so any version
    /// of a shipped assembly name is answered with the shipped file. PowerShell 7 never needs this: the
    /// runtime's own System.Text.Json (8.0 or newer) satisfies the 8.0 reference.
    /// </summary>
    internal static class DependencyResolver
    {
        public const string FolderName = "dependencies";

        public static bool IsNeeded => RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.Ordinal);

        /// <summary>
        /// The answer to an AssemblyResolve request: the shipped file for <paramref name="assemblyFullName"/>, loaded by
        /// <paramref name="load"/> (Assembly.LoadFrom in the module; the tests load into an isolated context), or null
        /// when the module does not ship it.
        /// </summary>
        public static Assembly? Load(string dependencyFolder, string assemblyFullName, Func<string, Assembly> load)
        {
            string? path = PathFor(dependencyFolder, assemblyFullName);
            return path == null ? null : load(path);
        }

        private static string? PathFor(string dependencyFolder, string assemblyFullName)
        {
            string? name;
            try
            {
                name = new AssemblyName(assemblyFullName).Name;
            }
            catch (Exception e) when (e is ArgumentException || e is FileLoadException)
            {
                return null;
            }
            if (string.IsNullOrEmpty(name) || name!.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
                return null;
            string path = Path.Combine(dependencyFolder, name + ".dll");
            return File.Exists(path) ? path : null;
        }
    }
}
