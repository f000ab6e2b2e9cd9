namespace Workbook;

/// <summary>
/// Sets claims against reports: for each claim and report, ranks the report's sentences with BM25 (claim words
/// plus topic synonyms; idf over all report sentences; headlines left out, as they restate the body; raised by
/// <see cref="RetrievalSettings.CueBoost"/> for stance cues), keeps the top <see cref="EvidencePerReport"/>, and judges
/// the relation with <see cref="RelationJudge"/>. Pure and deterministic.
/// </summary>
public static class ClaimComparison
{
    /// <summary>Evidence sentences kept per claim and report.</summary>
    public const int EvidencePerReport = 5;

    /// <summary>Compares <paramref name="claims"/> with every document of <paramref name="reports"/>.</summary>
    public static ClaimComparisonResult Compare(Corpus corpus, IReadOnlyList<Claim> claims, DocumentGroup reports, StanceLexicon lexicon, TopicSynonyms synonyms,
        RetrievalSettings? settings = null)
    {
        settings ??= RetrievalSettings.Default;
        var opEdId = claims.Count > 0 ? claims[0].DocumentId : "";
        if (reports.Ids.Contains(opEdId)) throw new ArgumentException($"the op-ed {opEdId} cannot also be one of the reports");
        var index = new SentenceIndex(settings, reports.Documents
            .SelectMany(d => IndexedSentence.Of(corpus, d).Where(s => d.Paragraphs[s.Row.ParagraphIndex].Role != ParagraphRole.Heading))
            .ToList());
        var readings = index.Sentences.ToDictionary(s => s, s => StanceReader.Read(s.Tokens, lexicon, isClaim: false));
        var negated = index.Sentences.ToDictionary(s => s, s => StanceReader.HasNegation(s.Norms, lexicon));
        var evidence = new List<EvidenceRow>();
        var relations = new List<RelationRow>();
        foreach (var claim in claims)
        {
            var statement = TokenNorms(claim.Statement);
            var claimReading = StanceReader.Read(statement, lexicon, isClaim: true);
            var claimNegated = StanceReader.HasNegation(statement, lexicon);
            var query = Query(corpus, claim, synonyms, settings.SpanWordWeight);
            var scored = index.Score(query);
            foreach (var report in reports.Documents)
            {
                var own = scored.Where(s => s.Sentence.Row.DocumentId == report.Id)
                    .Select(s => (s.Sentence, s.Coverage, Reading: readings[s.Sentence], Bm25: s.Score))
                    .Select(s => (s.Sentence, s.Coverage, s.Reading, Score: s.Bm25 * (1 + settings.CueBoost * Math.Min(2, s.Reading.Constraint + s.Reading.Autonomy))))
                    .ToList();
                var ranked = own
                    .Select((s, i) => (s.Sentence, s.Coverage, s.Reading,
                        Score: s.Score + (i > 0 && own[i - 1].Sentence.Row.ParagraphIndex == s.Sentence.Row.ParagraphIndex ? settings.ContextWeight * own[i - 1].Score : 0)))
                    .OrderByDescending(s => s.Score).ThenBy(s => s.Sentence.Row.Index)
                    .Take(EvidencePerReport)
                    .Select((s, i) =>
                    {
                        var row = new EvidenceRow(claim.Id, report.Id, i + 1, s.Score, s.Coverage, s.Sentence.Row.Index, s.Sentence.Row.Start, s.Sentence.Row.End,
                            s.Sentence.Row.Text, string.Join(", ", s.Reading.Cues.Distinct()));
                        return (Row: row, s.Reading, Negated: negated[s.Sentence]);
                    }).ToList();
                evidence.AddRange(ranked.Select(r => r.Row));
                var (relation, cues) = RelationJudge.Judge(claimReading, claimNegated, ranked);
                relations.Add(new RelationRow(claim.Id, report.Id, relation, cues));
            }
        }
        return new ClaimComparisonResult(opEdId, reports.Ids.ToList(), claims, evidence.ToTable("evidence sentence"), relations.ToTable("relation"));
    }

    /// <summary>
    /// The retrieval query of a claim: content words of its statement (weight 1) and of its spans (weight
    /// <paramref name="spanWordWeight"/> when the statement lacks them), topic terms with their synonyms.
    /// </summary>
    public static IReadOnlyList<QueryUnit> Query(Corpus corpus, Claim claim, TopicSynonyms synonyms, double spanWordWeight)
    {
        var document = corpus[claim.DocumentId];
        var words = WordNorms(claim.Statement).Select(w => (Norm: w, Weight: 1.0))
            .Concat(claim.Spans.SelectMany(s => WordNorms(document.Slice(s.Start, s.End))).Select(w => (Norm: w, Weight: spanWordWeight)));
        return words.Where(w => !StopWords.English.Contains(w.Norm) && w.Norm.Length > 1)
            .Select(w => (w.Norm, w.Weight, Stem: Stemmer.Stem(w.Norm)))
            .DistinctBy(w => w.Stem)
            .Select(w => new QueryUnit(w.Stem, synonyms.GroupOf(w.Norm) is { } group ? group.Prepend(w.Stem).Distinct().ToList() : [w.Stem], w.Weight))
            .ToList();
    }

    /// <summary>Norms of all tokens of a text, punctuation included, in order.</summary>
    public static IReadOnlyList<string> TokenNorms(string text) => Tokenizer.Tokenize(text).Select(t => t.Norm).ToList();

    /// <summary>Word and number norms of a text, in order.</summary>
    public static IReadOnlyList<string> WordNorms(string text) =>
        Tokenizer.Tokenize(text).Where(t => t.Kind is TokenKind.Word or TokenKind.Number).Select(t => t.Norm).ToList();
}
