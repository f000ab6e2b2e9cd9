using Workbook.Claims;
using Workbook.Export;
using Workbook.Text;

namespace Workbook.Cli;

/// <summary>
/// <c>workbook arguments</c>: finds the argument of every text of a corpus alone, each read as its own op-ed, and writes
/// one row per claim span: the document id in the column <c>essay</c>, start and end (UTF-16 offsets into the raw text),
/// <c>role</c> (<c>thesis</c> for the thesis and its restatement in the conclusion, else <c>claim</c>) — the layout the
/// argument-annotated-essays scorer reads — then the claim's id, its role in the argument, its stance and its text.
/// </summary>
public static class ArgumentsCommand
{
    /// <summary>Runs the command; returns the exit code.</summary>
    public static int Run(Arguments arguments, TextWriter stdout, TextWriter stderr)
    {
        var outPath = arguments.Option("--out") ?? throw new UsageException("arguments needs --out FILE");
        var extraction = ClaimSettings.Default.Extraction with { BodyClaims = BodyClaims(arguments) };
        var wb = CorpusOptions.Open(arguments, CorpusOptions.Corpus(arguments, RepositoryLayout.Find()), stderr);
        var claims = wb.Corpus.Documents.SelectMany(d => wb.Claims.Extract(d, extraction)).ToList();
        var rows = claims.SelectMany(c => c.Spans.Select(s => (IReadOnlyList<object?>)[c.DocumentId, s.Start, s.End, ScorerRole(c.Role), c.Id,
            EnumNames.Name(c.Role), EnumNames.Name(c.Stance), wb.Corpus[c.DocumentId].Slice(s.Start, s.End)]));
        var file = new CsvFile(Path.GetFileName(outPath), Csv.Table(["essay", "start", "end", "role", "claim_id", "argument_role", "stance", "text"], rows));
        file.WriteInto(Path.GetDirectoryName(Path.GetFullPath(outPath))!);
        stdout.WriteLine($"wrote {claims.Count:N0} claims of {wb.Corpus.Documents.Count:N0} texts to {outPath}");
        return 0;
    }

    /// <summary><c>thesis</c> for the thesis and the conclusion that restates it, <c>claim</c> for every other claim.</summary>
    public static string ScorerRole(ClaimRole role) => role is ClaimRole.Thesis or ClaimRole.Conclusion ? "thesis" : "claim";

    private static BodyParagraphClaims BodyClaims(Arguments arguments)
    {
        if (arguments.Option("--body-claims") is not { } text) return ClaimSettings.Default.Extraction.BodyClaims;
        return EnumNames.TryParse<BodyParagraphClaims>(text, out var value)
            ? value
            : throw new UsageException($"--body-claims takes {string.Join(", ", EnumNames.Names<BodyParagraphClaims>())}, not \"{text}\"");
    }
}
