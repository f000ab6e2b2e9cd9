using Workbook.Corpora;

namespace Workbook.Claims;

/// <summary>
/// Splits a text into the sections of its argument. Headings divide it where the author gave them (a title alone does
/// not); the sentences before the first heading form the opening section. A text without headings whose paragraphs are
/// real units (from 3 to <see cref="ClaimExtractionSettings.MaxParagraphSections"/> of them, with
/// <see cref="ClaimExtractionSettings.MinParagraphSentences"/> sentences on average) is divided by paragraph, as an essay
/// is read: introduction, body paragraphs, conclusion. Any other text (a speech) is divided by lexical
/// cohesion, after TextTiling (Hearst 1997): the similarity of the content stems in the
/// <see cref="ClaimExtractionSettings.TilingWindow"/> sentences before and after each gap; cuts fall at the deepest
/// valleys, one per <see cref="ClaimExtractionSettings.SentencesPerSection"/> sentences, at least
/// <see cref="ClaimExtractionSettings.MinSectionSentences"/> apart, and at paragraph starts when the text has paragraphs.
/// </summary>
internal static class ArgumentSections
{
    /// <summary>The sections of <paramref name="document"/>, each marked as the introduction, a body section or the conclusion.</summary>
    public static IReadOnlyList<ArgumentSection> Of(Corpus corpus, Document document, IReadOnlySet<string> stopWords, ClaimExtractionSettings settings)
    {
        var sentences = IndexedSentence.Of(corpus, document);
        bool IsHeading(IndexedSentence s) => document.Paragraphs[s.Row.ParagraphIndex].Role == ParagraphRole.Heading;
        var title = sentences.Count > 0 && IsHeading(sentences[0]) && sentences[0].Row.ParagraphIndex == 0 ? 1 : 0;
        var body = sentences.Skip(title).ToList();
        if (body.Any(IsHeading)) return Parts(ByHeadings(document, sentences, IsHeading));
        var paragraphs = body.GroupBy(s => s.Row.ParagraphIndex).Select(g => (IReadOnlyList<IndexedSentence>)g.ToList()).ToList();
        if (paragraphs.Count >= 3 && paragraphs.Count <= settings.MaxParagraphSections && body.Count >= settings.MinParagraphSentences * paragraphs.Count)
            return Parts(paragraphs.Select((p, i) => new ArgumentSection(i, null, p, Division: SectionDivision.Paragraphs)).ToList());
        return Parts(Tile(body, stopWords, settings));
    }

    private static List<ArgumentSection> ByHeadings(Document document, IReadOnlyList<IndexedSentence> sentences, Func<IndexedSentence, bool> isHeading)
    {
        var sections = new List<ArgumentSection>();
        var (heading, body) = ((string?)null, new List<IndexedSentence>());
        foreach (var sentence in sentences)
        {
            if (!isHeading(sentence)) { body.Add(sentence); continue; }
            if (body.Count > 0 || heading is not null) sections.Add(new ArgumentSection(sections.Count, heading, body));
            (heading, body) = (document.Paragraphs[sentence.Row.ParagraphIndex].Text, []);
        }
        if (body.Count > 0 || heading is not null) sections.Add(new ArgumentSection(sections.Count, heading, body));
        return sections;
    }

    private static IReadOnlyList<ArgumentSection> Parts(IReadOnlyList<ArgumentSection> sections)
    {
        var kept = sections.Where(s => s.Sentences.Count > 0).ToList();
        return kept.Select((s, i) => s with
        {
            Index = i,
            Part = i == 0 ? ArgumentPart.Introduction : i == kept.Count - 1 ? ArgumentPart.Conclusion : ArgumentPart.Body,
        }).ToList();
    }

    private static IReadOnlyList<ArgumentSection> Tile(IReadOnlyList<IndexedSentence> sentences, IReadOnlySet<string> stopWords, ClaimExtractionSettings settings)
    {
        var wanted = sentences.Count / settings.SentencesPerSection;
        if (wanted < 2) return [new ArgumentSection(0, null, sentences, Division: SectionDivision.Cohesion)];
        var content = sentences.Select(s => s.Norms.Zip(s.Stems).Where(w => !stopWords.Contains(w.First) && w.First.Any(char.IsLetter)).Select(w => w.Second).ToList()).ToList();
        var paragraphs = sentences.Select(s => s.Row.ParagraphIndex).Distinct().Count() > 1;
        var w = settings.TilingWindow;
        var gaps = Enumerable.Range(1, sentences.Count - 1).ToArray();
        var similarity = gaps.Select(g => Cosine(Counts(content, Math.Max(0, g - w), g), Counts(content, g, Math.Min(sentences.Count, g + w)))).ToArray();
        double Depth(int i)
        {
            var left = similarity[i];
            for (var j = i - 1; j >= 0 && similarity[j] >= left; j--) left = similarity[j];
            var right = similarity[i];
            for (var j = i + 1; j < similarity.Length && similarity[j] >= right; j++) right = similarity[j];
            return left - similarity[i] + right - similarity[i];
        }
        var cuts = new List<int>();
        foreach (var i in Enumerable.Range(0, gaps.Length).Where(i => !paragraphs || sentences[gaps[i]].Row.ParagraphIndex != sentences[gaps[i] - 1].Row.ParagraphIndex)
                     .OrderByDescending(Depth).ThenBy(i => i))
        {
            if (cuts.Count == wanted - 1) break;
            var gap = gaps[i];
            if (gap < settings.MinSectionSentences || sentences.Count - gap < settings.MinSectionSentences) continue;
            if (cuts.Any(c => Math.Abs(c - gap) < settings.MinSectionSentences)) continue;
            cuts.Add(gap);
        }
        var bounds = cuts.Order().Prepend(0).Append(sentences.Count).ToList();
        return bounds.Zip(bounds.Skip(1)).Select((b, i) => new ArgumentSection(i, null, sentences.Skip(b.First).Take(b.Second - b.First).ToList(), Division: SectionDivision.Cohesion)).ToList();
    }

    private static Dictionary<string, int> Counts(IReadOnlyList<List<string>> content, int from, int to)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = from; i < to; i++) foreach (var stem in content[i]) counts[stem] = counts.GetValueOrDefault(stem) + 1;
        return counts;
    }

    private static double Cosine(Dictionary<string, int> a, Dictionary<string, int> b)
    {
        double dot = a.Where(p => b.ContainsKey(p.Key)).Sum(p => (double)p.Value * b[p.Key]);
        var norm = Math.Sqrt(a.Values.Sum(v => (double)v * v)) * Math.Sqrt(b.Values.Sum(v => (double)v * v));
        return norm == 0 ? 0 : dot / norm;
    }
}
