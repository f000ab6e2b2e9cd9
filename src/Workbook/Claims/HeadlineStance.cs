using Workbook.Corpora;
using Workbook.Text;

namespace Workbook.Claims;

/// <summary>
/// The stance of news bodies toward headline claims (FNC-1 layout), by transparent rules and no model weights. A body
/// is related when it holds enough of the headline's content words, weighted by inverse body frequency. Among related
/// bodies, the sentences closest to the headline are read: a refutation cue ("hoax", "denied", "not true") in them, or
/// in the body's opening, means disagree; a close sentence without hedges, reporting verbs or refutation, or a
/// confirmation cue, means agree; anything else discusses the claim.
/// </summary>
public static class HeadlineStance
{
    /// <summary>Labels every pair; <paramref name="bodies"/> maps body ids to their text.</summary>
    public static IReadOnlyList<StancePrediction> Classify(IReadOnlyList<(string Headline, string BodyId)> pairs, IReadOnlyDictionary<string, string> bodies,
        CorpusResources resources, HeadlineStanceSettings settings)
    {
        var corpus = Corpus.FromTexts(bodies.Select(b => (new ManifestEntry(b.Key, b.Key, null, "news", null), b.Value)));
        var sentences = corpus.Documents.ToDictionary(d => d.Id, d => IndexedSentence.Of(corpus, d), StringComparer.Ordinal);
        var bodyStems = sentences.ToDictionary(b => b.Key, b => b.Value.SelectMany(s => s.Stems).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var stems in bodyStems.Values) foreach (var stem in stems) frequency[stem] = frequency.GetValueOrDefault(stem) + 1;
        double Idf(string stem) => Math.Log((1.0 + bodies.Count) / (1 + frequency.GetValueOrDefault(stem))) + 1;
        var cues = resources.Cues;
        var hedges = resources.Markers[StanceMarkerCategory.Hedge];

        return pairs.Select(pair =>
        {
            if (!sentences.TryGetValue(pair.BodyId, out var body)) throw new ArgumentException($"no body with id \"{pair.BodyId}\"");
            var headline = Tokenizer.Norms(pair.Headline, wordsOnly: true).Where(w => w.Length > 1 && !resources.StopWords.Contains(w)).Select(Stemmer.Stem).Distinct().ToList();
            var mass = headline.Sum(Idf);
            double Cover(IEnumerable<string> stems) { var set = stems.ToHashSet(StringComparer.Ordinal); return mass == 0 ? 0 : headline.Where(set.Contains).Sum(Idf) / mass; }
            var coverage = Cover(bodyStems[pair.BodyId]);
            var closest = body.Select(s => (Sentence: s, Coverage: Cover(s.Stems))).OrderByDescending(s => s.Coverage).ThenBy(s => s.Sentence.Row.Index)
                .Take(settings.EvidenceSentences).Where(s => s.Coverage > 0).ToList();
            var evidence = closest.Count > 0 ? closest[0].Sentence.Row.Text : "";
            if (coverage < settings.RelatedCoverage)
                return new StancePrediction(pair.Headline, pair.BodyId, StanceLabel.Unrelated, coverage, evidence, $"covers {coverage:P0} of the headline");
            var read = closest.Select(c => c.Sentence).Concat(body.Take(2)).Distinct().ToList();
            string? Found(IReadOnlyList<CuePattern> list, IEnumerable<IndexedSentence> where) => where
                .SelectMany(s => Enumerable.Range(0, s.Tokens.Count).SelectMany(i => list.Select(c => c.MatchAt(s.Tokens, i)).Where(end => end >= 0)
                    .Select(end => string.Join(' ', s.Tokens.Skip(i).Take(end - i))))).FirstOrDefault();
            var headlineRefutes = Found(cues[CueSection.Refutation], [new IndexedSentence(body[0].Row, [], [], Tokenizer.Norms(pair.Headline, wordsOnly: false))]) is not null;
            var refutation = Found(cues[CueSection.Refutation], read);
            if (refutation is not null && !headlineRefutes)
                return new StancePrediction(pair.Headline, pair.BodyId, StanceLabel.Disagree, coverage, evidence, $"refutation: “{refutation}”");
            var confirmation = Found(cues[CueSection.Confirmation], read);
            var hedge = Found(hedges, closest.Select(c => c.Sentence));
            if (confirmation is not null || (hedge is null && closest.Count > 0 && closest[0].Coverage >= settings.AgreeCoverage))
                return new StancePrediction(pair.Headline, pair.BodyId, StanceLabel.Agree, coverage, evidence, confirmation is not null ? $"confirmation: “{confirmation}”" : "close and unhedged");
            return new StancePrediction(pair.Headline, pair.BodyId, StanceLabel.Discuss, coverage, evidence, hedge is not null ? $"hedged or reported: “{hedge}”" : "related, no stance cue");
        }).ToList();
    }
}
