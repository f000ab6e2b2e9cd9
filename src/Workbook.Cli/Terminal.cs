using System.Diagnostics;
using System.Globalization;

namespace Workbook.Cli;

/// <summary>Where a command writes: results to <see cref="Out"/>, warnings and errors to <see cref="Error"/>, and progress there too only when a person watches it.</summary>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="ShowsProgress">True when standard error is a terminal: long work reports its steps there.</param>
public sealed record Terminal(TextWriter Out, TextWriter Error, bool ShowsProgress)
{
    /// <summary>The process's own console; progress shows when standard error is not redirected.</summary>
    public static Terminal Console { get; } = Printable(System.Console.Out, System.Console.Error, !System.Console.IsErrorRedirected);

    /// <summary>A terminal over <paramref name="stdout"/> and <paramref name="stderr"/> that shows control and format characters as their codes (<see cref="TerminalText"/>).</summary>
    public static Terminal Printable(TextWriter stdout, TextWriter stderr, bool showsProgress) =>
        new(new PrintableWriter(stdout), new PrintableWriter(stderr), showsProgress);

    private readonly Stopwatch _clock = Stopwatch.StartNew();

    /// <summary>Writes a progress line, when <see cref="ShowsProgress"/>, after the seconds since the command started.</summary>
    public void Progress(string line)
    {
        if (ShowsProgress) Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{_clock.Elapsed.TotalSeconds,6:0.0} s  {line}"));
    }
}
