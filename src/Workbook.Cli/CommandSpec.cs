namespace Workbook.Cli;

/// <summary>What a command accepts, and its help text.</summary>
/// <param name="Summary">One line for the command list.</param>
/// <param name="Usage">The usage line.</param>
/// <param name="Options">Options that take a value, with their help.</param>
/// <param name="Flags">Options without a value, with their help.</param>
public sealed record CommandSpec(string Summary, string Usage, IReadOnlyDictionary<string, string> Options, IReadOnlyDictionary<string, string> Flags)
{
    /// <summary>The full help text.</summary>
    public string Help(string name)
    {
        var lines = new List<string> { $"workbook {name}: {Summary}", "", $"usage: {Usage}", "" };
        lines.AddRange(Options.Select(o => $"  {o.Key + " VALUE",-22}{o.Value}"));
        lines.AddRange(Flags.Select(f => $"  {f.Key,-22}{f.Value}"));
        lines.Add($"  {"--help",-22}show this help");
        return string.Join(Environment.NewLine, lines);
    }
}
