using Microsoft.DotNet.Interactive.Documents;
using JupyterNotebook = Microsoft.DotNet.Interactive.Documents.Jupyter.Notebook;

namespace Workbook.Notebooks;

/// <summary>
/// A chapter as a Polyglot Notebooks <c>.dib</c> file: its markdown and C# cells as plain text, without outputs, for
/// users who run the cells in the .NET Interactive kernel. The saved .ipynb is read back with
/// Microsoft.DotNet.Interactive.Documents and written in its code-submission format, so the file is what that tool
/// itself would write.
/// </summary>
internal static class DibWriter
{
    private static readonly KernelInfoCollection Kernels = [new KernelInfo("csharp", "C#", ["c#", "C#"]), new KernelInfo("markdown", "Markdown", ["md"])];

    /// <summary>The .dib text of <paramref name="notebook"/>, lines ending in LF.</summary>
    public static string Write(Notebook notebook)
    {
        var document = JupyterNotebook.Parse(IpynbWriter.Write(notebook), Kernels);
        foreach (var element in document.Elements) element.Outputs.Clear();
        return CodeSubmission.ToCodeSubmissionContent(document, "\n");
    }
}
