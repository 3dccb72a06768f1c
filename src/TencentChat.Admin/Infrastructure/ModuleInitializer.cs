using System;
using System.IO;
using System.Management.Automation;
using System.Reflection;

namespace TencentChat.Admin.Infrastructure
{
    /// <summary>Hooks assembly resolution on Windows PowerShell 5.1 when the module is imported, and unhooks it on Remove-Module.</summary>
    public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
    {
        private static readonly string DependencyFolder =
            Path.Combine(Path.GetDirectoryName(typeof(ModuleInitializer).Assembly.Location) ?? ".", DependencyResolver.FolderName);

        public void OnImport()
        {
            if (DependencyResolver.IsNeeded)
                AppDomain.CurrentDomain.AssemblyResolve += Resolve;
        }

        public void OnRemove(PSModuleInfo module) => AppDomain.CurrentDomain.AssemblyResolve -= Resolve;

        private static Assembly? Resolve(object? sender, ResolveEventArgs args) =>
            DependencyResolver.Load(DependencyFolder, args.Name, Assembly.LoadFrom);
    }
}
