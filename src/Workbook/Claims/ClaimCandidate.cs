using Workbook.Corpora;

namespace Workbook.Claims;

/// <summary>A sentence picked as a claim before claims that say the same thing merge.</summary>
/// <param name="Sentence">The sentence.</param>
/// <param name="Score">The cue score that orders candidates when they merge; 0 in a text read by paragraph, whose claims keep text order and do not merge.</param>
/// <param name="Role">The part it plays in the argument.</param>
/// <param name="Stance">For the thesis, or a view set against it.</param>
/// <param name="Section">The section it stands in.</param>
internal sealed record ClaimCandidate(IndexedSentence Sentence, double Score, ClaimRole Role, ClaimStance Stance, ArgumentSection Section);
