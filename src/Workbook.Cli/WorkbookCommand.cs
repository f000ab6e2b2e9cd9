using System.Globalization;
using System.CommandLine;
using Workbook.Files;

namespace Workbook.Cli;

/// <summary>The <c>workbook</c> command: parses the command line with System.CommandLine, runs the command, and turns failures into messages and exit codes.</summary>
public static class WorkbookCommand
{
    /// <summary>Exit code for a wrong command line.</summary>
    public const int UsageError = 2;
    /// <summary>Exit code for bad corpus input.</summary>
    public const int InputError = 3;
    /// <summary>Exit code for any other failure.</summary>
    public const int Failure = 1;
    /// <summary>Exit code for a run stopped by Ctrl+C (SIGINT), as shells report it: 128 + 2.</summary>
    public const int Interrupted = 130;
    /// <summary>Exit code for a run stopped by SIGTERM: 128 + 15.</summary>
    public const int Terminated = 143;

    /// <summary>Runs the command line; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) =>
        RunAsync(args, Terminal.Printable(stdout, stderr, showsProgress: false), CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Runs the command line until it ends or <paramref name="cancel"/> stops it (Ctrl+C stops a watch cleanly); returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, Terminal terminal, CancellationToken cancel)
    {
        UseInvariantCulture();
        var root = CommandLine.Build((command, arguments, token) => Task.FromResult(Dispatch(command, arguments, terminal, token)));
        var result = root.Parse(args.Length == 0 ? ["--help"] : args);
        var configuration = new InvocationConfiguration
        {
            Output = terminal.Out, Error = terminal.Error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null,
        };
        if (result.Errors.Count > 0)
        {
            if (result.Action is System.CommandLine.Invocation.ParseErrorAction errors) errors.ShowHelp = false;
            await result.InvokeAsync(configuration, cancel);
            terminal.Error.WriteLine($"see: workbook {(result.CommandResult.Command is RootCommand ? "" : result.CommandResult.Command.Name + " ")}--help");
            return UsageError;
        }
        try
        {
            return await result.InvokeAsync(configuration, cancel);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            terminal.Error.WriteLine("workbook: stopped; the earlier outputs are as they were");
            return Interrupted;
        }
        catch (UsageException e)
        {
            terminal.Error.WriteLine($"workbook: {e.Message}");
            return UsageError;
        }
        catch (CorpusException e)
        {
            terminal.Error.WriteLine($"workbook: {e.Message}");
            return InputError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            terminal.Error.WriteLine($"workbook: {e.Message}");
            return Failure;
        }
        catch (Exception e) when (e is ArgumentException or KeyNotFoundException or FormatException or IndexOutOfRangeException or NullReferenceException)
        {
            terminal.Error.WriteLine($"workbook: internal error, please report it with the command and corpus that caused it: {e.GetType().Name}: {e.Message}");
            return Failure;
        }
    }

    /// <summary>
    /// Every output is the same bytes under any locale: numbers, percentages, casing and dates are written in the
    /// invariant culture whatever LANG or LC_ALL say, on this thread and on every thread the command starts.
    /// </summary>
    private static void UseInvariantCulture()
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
    }

    private static int Dispatch(string command, Arguments arguments, Terminal terminal, CancellationToken cancel) => command switch
    {
        "render" => RenderCommand.Run(arguments, terminal, cancel),
        "export" => ExportCommand.Run(arguments, terminal, cancel),
        "kwic" => KwicCommand.Run(arguments, terminal.Out, terminal.Error),
        "bench" => BenchCommand.Run(arguments, terminal.Out),
        "stance" => StanceCommand.Run(arguments, terminal.Out),
        "arguments" => ArgumentsCommand.Run(arguments, terminal.Out, terminal.Error),
        _ => throw new UsageException($"unknown command \"{command}\""),
    };
}
