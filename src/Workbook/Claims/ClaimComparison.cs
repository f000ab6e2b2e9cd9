using Workbook.Corpora;
using Workbook.Tables;
using Workbook.Text;

namespace Workbook.Claims;

/// <summary>
/// Sets claims against reports: for each claim and report, ranks the report's sentences with BM25 (claim words
/// plus the corpus's synonyms; idf over all report sentences; headlines left out, as they restate the body; raised by
/// <see cref="RetrievalSettings.CueBoost"/> for stance cues), keeps the top <see cref="RetrievalSettings.EvidencePerReport"/>, and judges
/// the relation with <see cref="RelationJudge"/>. A rebuttal states the view the op-ed rejects, so its supports and
/// contradicts trade places. Pure and deterministic.
/// </summary>
internal static class ClaimComparison
{
    /// <summary>Compares <paramref name="claims"/> with every document of <paramref name="reports"/>.</summary>
    /// <param name="corpus">The corpus holding the op-ed and the reports.</param>
    /// <param name="claims">The op-ed's claims.</param>
    /// <param name="reports">The documents to compare them with; the op-ed must not be among them.</param>
    /// <param name="quotations">The corpus's quotations, whose attribution credits quoted words to their speaker (attributed with the cues it was made with).</param>
    /// <param name="lexicon">Stance cues and the corpus's frames.</param>
    /// <param name="synonyms">The corpus's groups that expand a claim's words.</param>
    /// <param name="wordNet">WordNet, whose synonyms, derivations and hypernyms also expand them (<see cref="RetrievalSettings.WordNetSenses"/>).</param>
    /// <param name="stopWords">Words left out of claim queries.</param>
    /// <param name="settings">Retrieval, stance and relation settings.</param>
    public static ClaimComparisonResult Compare(Corpus corpus, IReadOnlyList<Claim> claims, DocumentGroup reports, CorpusQuotations quotations, CueLexicon lexicon, SynonymGroups synonyms,
        WordNet? wordNet, IReadOnlySet<string> stopWords, ClaimSettings settings)
    {
        var retrieval = settings.Retrieval;
        var opEdId = claims.Count > 0 ? claims[0].DocumentId : "";
        if (reports.Contains(opEdId)) throw new ArgumentException($"the op-ed {opEdId} cannot also be one of the reports");
        if (claims.Count == 0) return new ClaimComparisonResult(opEdId, reports, claims, lexicon.Frames, new Table<EvidenceRow>("evidence sentence", []), new Table<RelationRow>("relation", []));
        var index = new SentenceIndex(retrieval, reports.Documents
            .SelectMany(d => IndexedSentence.Of(corpus, d).Where(s => d.Paragraphs[s.Row.ParagraphIndex].Role != ParagraphRole.Heading))
            .ToList());
        var readings = new Dictionary<IndexedSentence, StanceReading>(ReferenceEqualityComparer.Instance);
        StanceReading Reading(IndexedSentence s) => readings.TryGetValue(s, out var known) ? known : readings[s] = StanceReader.Read(s.Tokens, lexicon, isClaim: false, settings.Stance);
        var voices = new Dictionary<IndexedSentence, SentenceVoice>(ReferenceEqualityComparer.Instance);
        SentenceVoice VoiceOf(Document report, IndexedSentence sentence) => voices.TryGetValue(sentence, out var known) ? known
            : voices[sentence] = Attribution.VoiceOf(corpus, report, sentence.Row, quotations.Attributed(report.Id), lexicon);
        var evidence = new List<EvidenceRow>();
        var relations = new List<RelationRow>();
        var queries = Distinctive(claims.Select(c => Query(corpus, c, synonyms, wordNet, stopWords, retrieval)).ToList(), retrieval.Distinctiveness);
        foreach (var (claim, query) in claims.Zip(queries))
        {
            var statement = Tokenizer.Norms(claim.Statement, wordsOnly: false);
            var claimReading = StanceReader.Read(statement, lexicon, isClaim: true, settings.Stance);
            var claimNegated = StanceReader.HasNegation(statement, lexicon);
            var scored = index.Score(query).ToLookup(s => s.Sentence.Row.DocumentId, StringComparer.Ordinal);
            foreach (var report in reports.Documents)
            {
                // A sentence's stance cues only raise a score it has; one without any is never read unless it is kept.
                var own = scored[report.Id]
                    .Select(s => (s.Sentence, s.Coverage, Score: s.Score == 0 ? 0 : s.Score * (1 + retrieval.CueBoost * Math.Min(2, Reading(s.Sentence).First + Reading(s.Sentence).Second))))
                    .ToList();
                var ranked = own
                    .Select((s, i) => (s.Sentence, s.Coverage,
                        Score: s.Score + (i > 0 && own[i - 1].Sentence.Row.ParagraphIndex == s.Sentence.Row.ParagraphIndex ? retrieval.ContextWeight * own[i - 1].Score : 0)))
                    .OrderByDescending(s => s.Score).ThenBy(s => s.Sentence.Row.Index)
                    .Take(retrieval.EvidencePerReport)
                    .Select((s, i) =>
                    {
                        var voice = VoiceOf(report, s.Sentence);
                        var reading = Reading(s.Sentence);
                        var row = new EvidenceRow(claim.Id, report.Id, i + 1, s.Score, s.Coverage, s.Sentence.Row.Index, s.Sentence.Row.Start, s.Sentence.Row.End,
                            s.Sentence.Row.Text, string.Join(", ", reading.Cues.Distinct()), voice.Kind, voice.Speaker);
                        return (Row: row, Reading: reading, Negated: StanceReader.HasNegation(s.Sentence.Norms, lexicon));
                    }).ToList();
                evidence.AddRange(ranked.Select(r => r.Row));
                (ClaimRelation Relation, string Cues) Judge(IReadOnlyList<(EvidenceRow Row, StanceReading Reading, bool Negated)> evidence)
                {
                    var (relation, cues) = RelationJudge.Judge(claimReading, claimNegated, evidence, lexicon.Frames, settings.Relation);
                    if (claim.Stance != ClaimStance.Against || relation is not (ClaimRelation.Supports or ClaimRelation.Contradicts)) return (relation, cues);
                    return relation == ClaimRelation.Supports
                        ? (ClaimRelation.Contradicts, $"the op-ed rejects this view, so a report that holds it contradicts the op-ed; {cues}")
                        : (ClaimRelation.Supports, $"the op-ed rejects this view, so a report that rejects it supports the op-ed; {cues}");
                }
                var all = Judge(ranked);
                var ownVoice = Judge(ranked.Where(r => r.Row.Voice == VoiceKind.Own).ToList());
                var reported = Judge(ranked.Where(r => r.Row.Voice == VoiceKind.Reported).ToList());
                var speakers = string.Join(", ", ranked.Take(settings.Relation.EvidenceDepth).Where(r => r.Row.Voice == VoiceKind.Reported && r.Row.Coverage >= settings.Relation.MinCoverage)
                    .Select(r => r.Row.Speaker).Distinct());
                relations.Add(new RelationRow(claim.Id, report.Id, all.Relation, all.Cues, ownVoice.Relation, reported.Relation, speakers));
            }
        }
        return new ClaimComparisonResult(opEdId, reports, claims, lexicon.Frames, evidence.ToTable("evidence sentence"), relations.ToTable("relation"));
    }

    /// <summary>
    /// The claims' queries with each word weighed by how much it sets its claim apart from the others: by
    /// <c>(ln((1 + n) / (1 + df)) + 1) / (ln((1 + n) / 2) + 1)</c>, raised to <paramref name="strength"/>, where n is the number
    /// of claims and df how many of their queries hold the word. A word of one claim keeps its weight; a word every claim
    /// shares weighs least.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<QueryUnit>> Distinctive(IReadOnlyList<IReadOnlyList<QueryUnit>> queries, double strength)
    {
        if (queries.Count < 2 || strength == 0) return queries;
        var df = queries.SelectMany(q => q.Select(u => u.Term).Distinct()).CountBy(t => t, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        var unique = Math.Log((1.0 + queries.Count) / 2) + 1;
        return queries.Select(q => (IReadOnlyList<QueryUnit>)q.Select(u => u with
        {
            Weight = u.Weight * Math.Pow((Math.Log((1.0 + queries.Count) / (1 + df[u.Term])) + 1) / unique, strength),
        }).ToList()).ToList();
    }

    /// <summary>
    /// The retrieval query of a claim: content words of its statement (weight 1) and of its spans (weight
    /// <see cref="RetrievalSettings.SpanWordWeight"/> when the statement lacks them), each with its synonym group when it
    /// has one, else its WordNet relatives in the <see cref="RetrievalSettings.WordNetSenses"/> most frequent senses (not for a
    /// capitalised word inside the statement or a span, which names something: "Polish" is no "polish").
    /// </summary>
    public static IReadOnlyList<QueryUnit> Query(Corpus corpus, Claim claim, SynonymGroups synonyms, WordNet? wordNet, IReadOnlySet<string> stopWords, RetrievalSettings settings)
    {
        var document = corpus[claim.DocumentId];
        var words = Tokenizer.Norms(claim.Statement, wordsOnly: true).Select(w => (Norm: w, Weight: 1.0))
            .Concat(claim.Spans.SelectMany(s => Tokenizer.Norms(document.Slice(s.Start, s.End), wordsOnly: true)).Select(w => (Norm: w, Weight: settings.SpanWordWeight)));
        var names = claim.Spans.Select(s => document.Slice(s.Start, s.End)).Prepend(claim.Statement)
            .SelectMany(text => Tokenizer.Tokenize(text).Where(t => t.Kind == TokenKind.Word).Skip(1).Where(t => char.IsUpper(text[t.Start])).Select(t => t.Norm))
            .ToHashSet(StringComparer.Ordinal);
        IEnumerable<string> Relatives(string norm) => wordNet is null || settings.WordNetSenses == 0 || names.Contains(norm) ? []
            : wordNet.Related(norm, settings.WordNetSenses).Where(r => !stopWords.Contains(r)).Select(Stemmer.Stem);
        return words.Where(w => !stopWords.Contains(w.Norm) && w.Norm.Length > 1)
            .Select(w => (w.Norm, w.Weight, Stem: Stemmer.Stem(w.Norm)))
            .DistinctBy(w => w.Stem)
            .Select(w =>
            {
                var group = synonyms.GroupOf(w.Norm);
                var members = ((IEnumerable<string>)[w.Stem]).Concat(group ?? []).Distinct().ToList();
                return new QueryUnit(w.Stem, members, w.Weight, group is null ? Relatives(w.Norm).Where(r => !members.Contains(r)).Distinct().ToList() : []);
            })
            .ToList();
    }
}
