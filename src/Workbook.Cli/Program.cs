using System.Runtime.InteropServices;
using Workbook.Cli;

// The first Ctrl+C (SIGINT) or SIGTERM stops the command at its next step, leaving the earlier outputs whole and no
// staging folder; a second one ends the process at once. A file-size limit (ulimit -f) makes a write fail with a message
// instead of killing the process (SIGXFSZ).
using var stop = new CancellationTokenSource();
var signal = 0;
void Stop(PosixSignalContext context)
{
    if (Interlocked.CompareExchange(ref signal, (int)context.Signal, 0) != 0) return;
    context.Cancel = true;
    stop.Cancel();
}
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
// Held for the life of the process, never disposed: a SIGXFSZ still queued for its handler when the command returns
// would otherwise meet no handler and end the process after its message (exit 153), as it did under load.
SignalNumbers.FileSizeLimitHandler = OperatingSystem.IsWindows() ? null : PosixSignalRegistration.Create((PosixSignal)SignalNumbers.FileSizeLimit, context => context.Cancel = true);

var code = await WorkbookCommand.RunAsync(args, Terminal.Console, stop.Token);
return code == WorkbookCommand.Interrupted && signal == (int)PosixSignal.SIGTERM ? WorkbookCommand.Terminated : code;

internal static class SignalNumbers
{
    /// <summary>SIGXFSZ on Linux and macOS.</summary>
    public const int FileSizeLimit = 25;

    /// <summary>The SIGXFSZ registration, kept until the process ends.</summary>
    public static PosixSignalRegistration? FileSizeLimitHandler { get; set; }
}
