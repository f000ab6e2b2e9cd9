namespace Workbook.Corpora;

/// <summary>What a corpus folder's manifest says: its documents and the analyst's files it declares.</summary>
/// <param name="Documents">The documents, in manifest order.</param>
/// <param name="GoldFile">The gold file for the claims comparison, relative to the corpus folder, or null.</param>
/// <param name="Warnings">What reading it noticed but did not refuse, such as a misspelled field.</param>
public sealed record CorpusManifest(IReadOnlyList<ManifestEntry> Documents, string? GoldFile, IReadOnlyList<string> Warnings);
