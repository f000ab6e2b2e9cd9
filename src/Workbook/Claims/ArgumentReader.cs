using Workbook.Corpora;

namespace Workbook.Claims;

/// <summary>
/// The op-ed beside each report: the op-ed's text with its claims, each report's text, and for every claim and report the
/// relation and the evidence sentences behind it. Built from a claims comparison's results; a display lays it out and
/// computes nothing.
/// </summary>
/// <param name="OpEd">The op-ed.</param>
/// <param name="Claims">Its claims, in order.</param>
/// <param name="Reports">The reports compared, in corpus order; empty when the corpus has only the op-ed.</param>
/// <param name="Pairs">Indexed [claim][report], in the orders of <paramref name="Claims"/> and <paramref name="Reports"/>.</param>
/// <param name="Gold">Label accuracy and evidence recall@3 on the corpus's gold, or null when it has none.</param>
public sealed record ArgumentReader(ReaderDocument OpEd, IReadOnlyList<Claim> Claims, IReadOnlyList<ReaderDocument> Reports,
    IReadOnlyList<IReadOnlyList<ReaderPair>> Pairs, ClaimEvaluation? Gold)
{
    /// <summary>The reader of <paramref name="result"/>, the texts taken from <paramref name="corpus"/>.</summary>
    /// <exception cref="KeyNotFoundException">A document of the result is not in <paramref name="corpus"/>.</exception>
    public static ArgumentReader Of(ClaimComparisonResult result, Corpus corpus, ClaimEvaluation? gold)
    {
        var relations = result.Relations.ToDictionary(r => (r.ClaimId, r.DocumentId));
        var evidence = result.Evidence.ToLookup(e => (e.ClaimId, e.DocumentId));
        var pairs = result.Claims.Select(claim => (IReadOnlyList<ReaderPair>)result.ReportIds
            .Select(report => new ReaderPair(relations[(claim.Id, report)], evidence[(claim.Id, report)].OrderBy(e => e.Rank).ToList()))
            .ToList()).ToList();
        return new ArgumentReader(ReaderDocument.Of(corpus[result.OpEdId]), result.Claims,
            result.ReportIds.Select(id => ReaderDocument.Of(corpus[id])).ToList(), pairs, gold);
    }

    /// <summary>The op-ed alone with its argument, for a corpus with no report to compare.</summary>
    public static ArgumentReader Alone(Document opEd, IReadOnlyList<Claim> claims) => new(ReaderDocument.Of(opEd), claims, [], claims.Select(_ => (IReadOnlyList<ReaderPair>)[]).ToList(), null);
}
