using Workbook.Corpora;
using Workbook.Tables;
using Workbook.Text;

namespace Workbook.Vocabulary;

/// <summary>
/// Chooses the terms worth exploring in a corpus, so that a chapter speaks of the corpus it is given: the analyst's
/// topic terms where the corpus names any, else the target's strongest keyness terms against the reference, else (with
/// nothing to compare) the target's most frequent content words.
/// </summary>
internal static class KeyTerms
{
    /// <summary>At most <paramref name="count"/> terms of <paramref name="target"/> against <paramref name="reference"/> (less the target's documents).</summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="target">The group explored, e.g. the op-ed.</param>
    /// <param name="reference">The group it is set against, e.g. the reports.</param>
    /// <param name="topicTerms">The analyst's topic terms (patterns such as "consen*"); empty for none.</param>
    /// <param name="stopWords">Words never chosen from keyness or frequency.</param>
    /// <param name="count">How many terms at most.</param>
    public static KeyTermsResult Choose(Corpus corpus, DocumentGroup target, DocumentGroup reference, IReadOnlyList<string> topicTerms, IReadOnlySet<string> stopWords, int count)
    {
        var others = new DocumentGroup(reference.Label, reference.Documents.Where(d => !target.Contains(d.Id)).ToList());
        if (topicTerms.Count > 0)
        {
            var (t, r) = (TermCounts.Of(target.Documents, corpus.Vocabulary).Total, TermCounts.Of(others.Documents, corpus.Vocabulary).Total);
            return new(KeyTermSource.TopicTerms, topicTerms.Take(count).Select(term =>
            {
                var pattern = TermPattern.Parse(term);
                var (a, b) = (Kwic.Find(corpus, target.Documents, pattern, 0).Count, Kwic.Find(corpus, others.Documents, pattern, 0).Count);
                return new KeyTermRow(term, KeyTermSource.TopicTerms, a, b, others.Documents.Count == 0 ? null : Keyness.Row(term, a, b, t, r).G2);
            }).ToTable("term"));
        }
        if (others.Documents.Count > 0)
        {
            var keyness = Keyness.Compute(corpus, target, others, 2, stopWords).Rows
                .Where(k => k.G2 > 0 && k.TargetCount >= 2 && k.Term.Any(char.IsLetter)).Take(count)
                .Select(k => new KeyTermRow(k.Term, KeyTermSource.Keyness, k.TargetCount, k.ReferenceCount, k.G2)).ToTable("term");
            if (keyness.Count > 0) return new(KeyTermSource.Keyness, keyness);
        }
        return new(KeyTermSource.Frequency, Frequencies.Of(corpus, target, stopWords).Where(f => f.Term.Any(char.IsLetter)).Take(count)
            .Select(f => new KeyTermRow(f.Term, KeyTermSource.Frequency, f.Count, 0, null)).ToTable("term"));
    }
}
