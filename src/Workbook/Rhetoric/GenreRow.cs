using System.ComponentModel;

namespace Workbook.Rhetoric;

/// <summary>
/// The signals that set opinion apart from reporting in one document, each per 1,000 words of the author's own voice
/// (attribution as a share of sentences), and the opinion index they add up to.
/// </summary>
/// <param name="DocumentId">The document.</param>
/// <param name="Kind">The analyst's kind for it.</param>
/// <param name="FirstPerson">Self-mentions.</param>
/// <param name="ReaderAddress">Engagement markers that address the reader ("you", "consider").</param>
/// <param name="Questions">Direct questions.</param>
/// <param name="Imperatives">Sentences opening with a base verb.</param>
/// <param name="BoostersOverHedges">Boosters minus hedges.</param>
/// <param name="Attribution">Share of sentences that attribute what they say, 0 to 1.</param>
/// <param name="OpinionIndex">The mean of the signals' z-scores across the corpus, attribution counted against: above 0 reads as opinion, below as reporting.</param>
public sealed record GenreRow(string DocumentId, string Kind, [property: DisplayName("first person")] double FirstPerson,
    [property: DisplayName("reader address")] double ReaderAddress, double Questions, double Imperatives,
    [property: DisplayName("boosters − hedges")] double BoostersOverHedges, double Attribution, [property: DisplayName("opinion index")] double OpinionIndex);
