namespace System.Runtime.CompilerServices
{
    /// <summary>
    /// The C# compiler recognises this attribute by name; netstandard2.0 does not declare it, but every runtime PowerShell
    /// loads the client on (.NET Framework 4.7.2+ and .NET 8+) runs module initializers.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method, Inherited = false)]
    internal sealed class ModuleInitializerAttribute : Attribute
    {
    }
}
