using Workbook.Corpora;

namespace Workbook.Claims;

/// <summary>A sentence picked as a claim before claims that say the same thing merge.</summary>
internal sealed record ClaimCandidate(IndexedSentence Sentence, double Score, ClaimRole Role, ClaimStance Stance, ArgumentSection Section);
