using Workbook.Corpora;
using Workbook.Tables;
using Workbook.Text;

namespace Workbook.Vocabulary;

/// <summary>Lexical dispersion (quanteda's textplot_xray): where each pattern falls along each document.</summary>
internal static class Dispersion
{
    /// <summary>Every match of each pattern in each document, patterns in the order given.</summary>
    public static DispersionResult Compute(Corpus corpus, IReadOnlyList<TermPattern> patterns) => new(
        patterns.Select(p => p.Text).ToList(),
        corpus.Documents.Select(d => d.Id).ToList(),
        patterns.SelectMany(pattern => Kwic.Find(corpus, corpus.Documents, pattern, window: 0)
                .Select(k => new DispersionPoint(k.DocumentId, pattern.Text, k.Position,
                    (double)k.Position / Math.Max(1, corpus[k.DocumentId].Tokens.Count), k.Start, k.End)))
            .ToTable("match"));
}
