using Workbook.Charts;

namespace Workbook;

/// <summary>
/// The workbook's entry point: a corpus opened for analysis. Notebook cells reach everything through one
/// instance, <c>var wb = CorpusWorkbook.Open("../seeds");</c>. Members return tables and figures; the
/// analyses behind them are pure functions over <see cref="Corpus"/>.
/// </summary>
public sealed class CorpusWorkbook
{
    private CorpusWorkbook(Corpus corpus) => Corpus = corpus;

    /// <summary>Loads the corpus in <paramref name="folder"/> (its corpus.json, or every .txt file).</summary>
    /// <exception cref="CorpusException">The folder, manifest or a file is bad; the message names it.</exception>
    public static CorpusWorkbook Open(string folder) => new(CorpusLoader.Load(folder));

    /// <summary>Wraps a corpus already loaded.</summary>
    public static CorpusWorkbook From(Corpus corpus) => new(corpus);

    /// <summary>The loaded corpus.</summary>
    public Corpus Corpus { get; }

    /// <summary>One row per document: kind, size, reading time, Flesch reading ease.</summary>
    public Table<DocumentRow> Documents => Corpus.DocumentTable;

    /// <summary>Every kept paragraph with its role and offsets.</summary>
    public Table<ParagraphRow> Paragraphs => Corpus.Paragraphs;

    /// <summary>Every sentence with its offsets.</summary>
    public Table<SentenceRow> Sentences => Corpus.Sentences;

    /// <summary>Every token with its offsets and norm.</summary>
    public Table<TokenRow> Tokens => Corpus.Tokens;

    /// <summary>Every line cleaning removed, with the reason.</summary>
    public Table<CleaningRow> Cleaning => Corpus.Cleaning;

    /// <summary>Words per document, coloured by kind.</summary>
    public Figure DocumentLengthChart() => CorpusCharts.DocumentLength(Documents);
}
