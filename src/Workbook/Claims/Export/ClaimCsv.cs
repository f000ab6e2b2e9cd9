using Workbook.Export;
using Workbook.Text;

namespace Workbook.Claims.Export;

/// <summary>The op-ed's argument and its comparison with the reports in the export contract's columns: claims, relations, evidence.</summary>
internal static class ClaimCsv
{
    /// <summary>claims.csv: one row per span of each claim.</summary>
    public static CsvFile Claims(IReadOnlyList<Claim> claims) =>
        new("claims.csv", new CsvColumns<(Claim Claim, TextSpan Span)>()
            .Text("claim_id", r => r.Claim.Id).Text("statement", r => r.Claim.Statement).Name("source", r => r.Claim.Source)
            .Number("start", r => r.Span.Start).Number("end", r => r.Span.End).Name("role", r => r.Claim.Role).Text("section", r => r.Claim.Section ?? "")
            .Name("stance", r => r.Claim.Stance)
            .Table(claims.SelectMany(c => c.Spans.Select(s => (c, s)))));

    /// <summary>The files of <see cref="Comparison"/>: relations.csv and evidence.csv.</summary>
    public static IReadOnlyList<string> ComparisonFileNames { get; } = ["relations.csv", "evidence.csv"];

    /// <summary>relations.csv and evidence.csv for <paramref name="result"/>.</summary>
    public static IReadOnlyList<CsvFile> Comparison(ClaimComparisonResult result) =>
    [
        new(ComparisonFileNames[0], new CsvColumns<RelationRow>().Text("claim_id", r => r.ClaimId).Text("document_id", r => r.DocumentId).Name("relation", r => r.Relation)
            .Text("cues", r => r.Cues).Name("own_voice", r => r.OwnVoice).Name("reported", r => r.Reported).Text("speakers", r => r.Speakers)
            .Table(result.Relations)),
        new(ComparisonFileNames[1], new CsvColumns<EvidenceRow>().Text("claim_id", e => e.ClaimId).Text("document_id", e => e.DocumentId).Number("rank", e => e.Rank)
            .Number("score", e => e.Score).Number("start", e => e.Start).Number("end", e => e.End).Text("text", e => e.Text).Name("voice", e => e.Voice)
            .Text("speaker", e => e.Speaker).Table(result.Evidence)),
    ];
}
