namespace Workbook;

/// <summary>The result a finding of <see cref="WorkbookAnswer"/> is read from, so a reader can check it there.</summary>
public enum AnswerSource
{
    /// <summary>Keyness of the op-ed against the reports (vocabulary family).</summary>
    Keyness,
    /// <summary>Stance-marker rates in each author's own voice (rhetoric family).</summary>
    StanceRates,
    /// <summary>The opinion index and its signals (rhetoric family).</summary>
    Genre,
    /// <summary>Sentence tone (tone family).</summary>
    Tone,
    /// <summary>Who each document quotes (sources family).</summary>
    Quotes,
    /// <summary>The share of each document's sentences that attribute what they say (sources family).</summary>
    Attribution,
    /// <summary>The claim × report relations and their evidence (claims family).</summary>
    ClaimRelations,
}
