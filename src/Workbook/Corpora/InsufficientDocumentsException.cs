namespace Workbook.Corpora;

/// <summary>
/// An analysis needs more documents than the corpus or a group has (keyness needs two non-empty groups; claims need a
/// report besides the op-ed). Notebooks and exports skip such an analysis with this message instead of failing.
/// </summary>
public sealed class InsufficientDocumentsException(string message) : ArgumentException(message);
