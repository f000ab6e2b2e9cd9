using System.Reflection;
using System.Runtime.Loader;

namespace Workbook.Display;

/// <summary>
/// Plotly.NET 6 needs FSharp.Core 10.1, and a host that runs on an older FSharp.Core (the dotnet-interactive kernel
/// 1.0.712001 has 10.0) binds Plotly.NET's dependencies to its own copy, so Plotly.NET fails when it first draws. Where
/// Workbook.dll was loaded by such a host, Plotly.NET and the F# assemblies it needs load together from beside
/// Workbook.dll into one context of their own.
/// </summary>
internal static class PlotlyNetLoading
{
    private static readonly HashSet<string> FSharpClosure = new(StringComparer.Ordinal)
    {
        "FSharp.Core", "Giraffe.ViewEngine", "DynamicObj", "Fable.Core", "Plotly.NET", "Plotly.NET.CSharp",
    };

    private static int _isolated;

    /// <summary>Once, and only where Workbook.dll is not in the default load context: resolves the F# closure beside Workbook.dll in its own context.</summary>
    public static void IsolateInHost()
    {
        var workbook = typeof(PlotlyNetLoading).Assembly;
        if (AssemblyLoadContext.GetLoadContext(workbook) == AssemblyLoadContext.Default || Interlocked.Exchange(ref _isolated, 1) == 1) return;
        var context = new FolderContext(Path.GetDirectoryName(workbook.Location)!);
        AssemblyLoadContext.Default.Resolving += (_, name) => context.Resolve(name);
    }

    private sealed class FolderContext(string folder) : AssemblyLoadContext("Workbook: Plotly.NET and FSharp.Core")
    {
        public Assembly? Resolve(AssemblyName name) => Owns(name) ? LoadFromAssemblyName(name) : null;

        protected override Assembly? Load(AssemblyName name) => Owns(name) ? LoadFromAssemblyPath(PathOf(name)) : null;

        private bool Owns(AssemblyName name) => name.Name is { } simple && FSharpClosure.Contains(simple) && File.Exists(PathOf(name));

        private string PathOf(AssemblyName name) => Path.Combine(folder, name.Name + ".dll");
    }
}
