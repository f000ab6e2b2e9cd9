using System.Text;

namespace Workbook.Cli;

/// <summary>
/// A writer that passes everything to the one it wraps through <see cref="TerminalText.Printable(string)"/>, so no
/// message, warning or error that quotes a file name, id or text can send an escape sequence or a bidi control to the
/// terminal.
/// </summary>
internal sealed class PrintableWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override string NewLine
    {
        get => inner.NewLine;
#pragma warning disable CS8765
        set => inner.NewLine = value;
#pragma warning restore CS8765
    }

    public override void Write(char value) => inner.Write(TerminalText.Printable([value]));

    public override void Write(string? value)
    {
        if (value is not null) inner.Write(TerminalText.Printable(value));
    }

    public override void Write(char[] buffer, int index, int count) => inner.Write(TerminalText.Printable(buffer.AsSpan(index, count)));

    public override void Write(ReadOnlySpan<char> buffer) => inner.Write(TerminalText.Printable(buffer));

    public override void WriteLine(string? value) => inner.WriteLine(value is null ? null : TerminalText.Printable(value));

    public override void Flush() => inner.Flush();
}
