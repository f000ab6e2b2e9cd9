using Workbook.Export;
using Workbook.Text;

namespace Workbook.Claims.Export;

/// <summary>The op-ed's argument and its comparison with the reports in the export contract's columns: claims, relations, evidence.</summary>
public static class ClaimCsv
{
    /// <summary>claims.csv: one row per span of each claim.</summary>
    public static CsvFile Claims(IReadOnlyList<Claim> claims) =>
        new("claims.csv", Csv.Table(["claim_id", "statement", "source", "start", "end", "role", "section", "stance"],
            claims.SelectMany(c => c.Spans.Select(s => (IReadOnlyList<object?>)[c.Id, c.Statement, EnumNames.Name(c.Source), s.Start, s.End, EnumNames.Name(c.Role), c.Section ?? "", EnumNames.Name(c.Stance)]))));

    /// <summary>relations.csv and evidence.csv for <paramref name="result"/>.</summary>
    public static IReadOnlyList<CsvFile> Comparison(ClaimComparisonResult result) =>
    [
        new("relations.csv", Csv.Table(["claim_id", "document_id", "relation", "cues", "own_voice", "reported", "speakers"],
            result.Relations.Select(r => (IReadOnlyList<object?>)[r.ClaimId, r.DocumentId, EnumNames.Name(r.Relation), r.Cues, EnumNames.Name(r.OwnVoice), EnumNames.Name(r.Reported), r.Speakers]))),
        new("evidence.csv", Csv.Table(["claim_id", "document_id", "rank", "score", "start", "end", "text", "voice", "speaker"],
            result.Evidence.Select(e => (IReadOnlyList<object?>)[e.ClaimId, e.DocumentId, e.Rank, e.Score, e.Start, e.End, e.Text, EnumNames.Name(e.Voice), e.Speaker]))),
    ];
}
