using System.Globalization;
using Workbook.Corpora;
using Workbook.Text;

namespace Workbook.Claims;

/// <summary>
/// The stance of news bodies toward headline claims (FNC-1 layout), by transparent rules and no model weights.
/// <para>
/// A body is related when it holds enough of the headline's content words, weighted by inverse body frequency: in its
/// opening, where news states its subject, and in its closest sentence (a word it lacks counts in part when it holds one
/// of the word's WordNet relatives), with the TF-IDF cosine of whole body and headline added, so a body that dwells on
/// the headline's words counts more than one that names them once. The headline is first widened by pseudo-relevance
/// feedback (<see cref="RelevanceFeedback"/>) with the heaviest words of the bodies it matches best, so a body telling the
/// same story in other words still counts. Among related bodies the sentences closest to the
/// headline and the opening are read, in this order:
/// </para>
/// <list type="number">
/// <item>a refutation cue ("hoax", "denied", "not true") means disagree, unless the headline refutes too: a body that
/// denies what the headline denies agrees with it;</item>
/// <item>a hedged headline or a question ("reportedly", "possibly", "?") is a rumour the body can only discuss;</item>
/// <item>a confirmation cue, or a close sentence without hedges, means agree;</item>
/// <item>anything else discusses the claim.</item>
/// </list>
/// </summary>
internal static class HeadlineStance
{
    /// <summary>
    /// The figures this method scored on the FNC-1 development half (<c>workbook stance … --gold … --record</c>), as JSON:
    /// the data is not in the repository, so the library ships what it scored there.
    /// </summary>
    public static string DevelopmentFigures => DataFiles.Read("fnc1-dev-scores.json");

    /// <summary>Labels every pair; <paramref name="bodies"/> maps body ids to their text.</summary>
    public static IReadOnlyList<StancePrediction> Classify(IReadOnlyList<(string Headline, string BodyId)> pairs, IReadOnlyDictionary<string, string> bodies,
        CorpusResources resources, HeadlineStanceSettings settings)
    {
        var corpus = Corpus.FromTexts(bodies.Select(b => (new ManifestEntry(b.Key, b.Key, null, "news", null), b.Value)));
        var wordNet = resources.Lexicon(ClaimsFamily.WordNet);
        var sentences = corpus.Documents.ToDictionary(d => d.Id, d => IndexedSentence.Of(corpus, d), StringComparer.Ordinal);
        var openingStems = sentences.ToDictionary(b => b.Key, b => Opening(b.Value, settings.OpeningWords), StringComparer.Ordinal);
        var contentCounts = sentences.ToDictionary(b => b.Key, b => (IReadOnlyDictionary<string, int>)b.Value.SelectMany(s => s.Norms.Zip(s.Stems))
            .Where(w => w.First.Length > 1 && !resources.StopWords.Contains(w.First)).GroupBy(w => w.Second, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal), StringComparer.Ordinal);
        var feedback = new RelevanceFeedback(contentCounts,
            settings.FeedbackBodies, settings.FeedbackTerms, settings.FeedbackWeight);
        var relatives = new Dictionary<string, string[]>(StringComparer.Ordinal);
        string[] Relatives(string norm) => settings.RelativeCredit == 0 ? [] : relatives.TryGetValue(norm, out var known) ? known
            : relatives[norm] = wordNet.Related(norm, 1).Select(Stemmer.Stem).ToArray();
        var (refutations, confirmations) = (resources.Cues.Index(CueSection.Refutation), resources.Cues.Index(CueSection.Confirmation));
        var hedges = new CueIndex(resources.Markers[StanceMarkerCategory.Hedge]);

        return pairs.Select(pair =>
        {
            if (!sentences.TryGetValue(pair.BodyId, out var body)) throw new ArgumentException($"no body with id \"{pair.BodyId}\"");
            var headlineNorms = Tokenizer.Norms(pair.Headline, wordsOnly: false);
            var headline = headlineNorms.Where(w => w.Length > 1 && w.Any(char.IsLetterOrDigit) && !resources.StopWords.Contains(w))
                .DistinctBy(Stemmer.Stem).Select(w => (Stem: Stemmer.Stem(w), Relatives: Relatives(w))).ToList();
            var mass = headline.Sum(h => feedback.Idf(h.Stem));
            double Cover(IReadOnlySet<string> stems) => mass == 0 ? 0
                : headline.Sum(h => stems.Contains(h.Stem) ? feedback.Idf(h.Stem) : h.Relatives.Any(stems.Contains) ? settings.RelativeCredit * feedback.Idf(h.Stem) : 0) / mass;
            var opening = Cover(openingStems[pair.BodyId]);
            var closest = body.Select(s => (Sentence: s, Coverage: Cover(s.Stems.ToHashSet(StringComparer.Ordinal)))).OrderByDescending(s => s.Coverage).ThenBy(s => s.Sentence.Row.Index)
                .Take(settings.EvidenceSentences).Where(s => s.Coverage > 0).ToList();
            var sentence = closest.Count > 0 ? closest[0].Coverage : 0;
            var cosine = feedback.ExpandedCosine(headline.Select(h => h.Stem), pair.BodyId);
            var relatedness = settings.OpeningWeight * opening + (1 - settings.OpeningWeight) * sentence + settings.CosineWeight * cosine;
            var evidence = closest.Count > 0 ? closest[0].Sentence.Row.Text : "";
            StancePrediction Predict(StanceLabel label, string because) => new(pair.Headline, pair.BodyId, label, relatedness, evidence, because);
            if (relatedness < settings.RelatedCoverage)
                return Predict(StanceLabel.Unrelated, string.Create(CultureInfo.InvariantCulture, $"covers {opening:P0} of the headline in its opening and {sentence:P0} in its closest sentence; TF-IDF cosine {cosine:0.00} after feedback"));

            var read = closest.Select(c => c.Sentence.Tokens).Concat(body.Take(2).Select(s => s.Tokens)).Distinct().ToList();
            var refutation = Found(refutations, read);
            var headlineRefutation = Found(refutations, [headlineNorms]);
            if (refutation is not null)
                return headlineRefutation is null
                    ? Predict(StanceLabel.Disagree, $"refutation: “{refutation}”")
                    : Predict(StanceLabel.Agree, $"refutes as the headline does: “{refutation}”, headline “{headlineRefutation}”");
            if ((Found(hedges, [headlineNorms]) ?? (headlineNorms.Contains("?") ? "?" : null)) is { } rumour)
                return Predict(StanceLabel.Discuss, $"hedged headline: “{rumour}”");
            var confirmation = Found(confirmations, read);
            var hedge = Found(hedges, closest.Select(c => c.Sentence.Tokens));
            if (confirmation is not null || (hedge is null && closest.Count > 0 && closest[0].Coverage >= settings.AgreeCoverage))
                return Predict(StanceLabel.Agree, confirmation is not null ? $"confirmation: “{confirmation}”" : "close and unhedged");
            return Predict(StanceLabel.Discuss, hedge is not null ? $"hedged or reported: “{hedge}”" : "related, no stance cue");
        }).ToList();
    }

    private static HashSet<string> Opening(IReadOnlyList<IndexedSentence> body, int words)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        var taken = 0;
        foreach (var sentence in body)
            for (var i = 0; i < sentence.Norms.Count && taken < words; i++, taken++) stems.Add(sentence.Stems[i]);
        return stems;
    }

    private static string? Found(CueIndex cues, IEnumerable<IReadOnlyList<string>> texts)
    {
        foreach (var tokens in texts)
            for (var i = 0; i < tokens.Count; i++)
                if (cues.FirstMatchAt(tokens, i) is { End: var end }) return string.Join(' ', tokens.Skip(i).Take(end - i));
        return null;
    }
}
