using Workbook.Cli;

namespace Workbook.Tests.Support;

/// <summary>Runs the <c>workbook</c> command in process, capturing its exit code and output.</summary>
public static class WorkbookCli
{
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = WorkbookCommand.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
