namespace Workbook.Export;

/// <summary>How a CSV file writes text fields.</summary>
public enum CsvTextForm
{
    /// <summary>
    /// Safe to open in a spreadsheet (OWASP's CSV injection advice): a text field that begins with <c>=</c>, <c>+</c>,
    /// <c>-</c>, <c>@</c>, a tab, a carriage return or an apostrophe gets one apostrophe before it, so no spreadsheet
    /// runs it as a formula. Dropping one leading apostrophe from a text field that has one gives the text back exactly;
    /// numbers are never changed.
    /// </summary>
    Spreadsheet,

    /// <summary>Text fields exactly as in the corpus, for programs that read CSV (pandas, R, DuckDB); never open it in a spreadsheet.</summary>
    Raw,
}
