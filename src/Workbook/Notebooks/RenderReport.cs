namespace Workbook.Notebooks;

/// <summary>What a render wrote and what it could not do.</summary>
/// <param name="Notebooks">The notebooks rendered, in order.</param>
/// <param name="Files">Every file written.</param>
/// <param name="MissingPictures">Figures left without a static picture.</param>
public sealed record RenderReport(IReadOnlyList<Notebook> Notebooks, IReadOnlyList<string> Files, int MissingPictures);
