namespace Workbook.Cli;

/// <summary>The command line is wrong; the message says how.</summary>
public sealed class UsageException(string message) : Exception(message);
