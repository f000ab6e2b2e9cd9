namespace Workbook.Files;

/// <summary>Bad corpus input: the message names the file and says what is wrong with it.</summary>
public sealed class CorpusException(string path, string problem) : Exception($"{path}: {problem}")
{
    /// <summary>The file or folder at fault.</summary>
    public string Path { get; } = path;

    /// <summary>What is wrong, in words.</summary>
    public string Problem { get; } = problem;
}
