using Workbook.Text;

namespace Workbook.Export;

/// <summary>
/// The columns of a CSV file over rows of <typeparamref name="TRow"/>: each a name and a typed field, in order, so the
/// header and the fields are one schema and every number is written straight to the stream, unboxed.
/// </summary>
/// <typeparam name="TRow">What one row is made from.</typeparam>
/// <example>
/// <code>
/// var columns = new Workbook.Export.CsvColumns&lt;Workbook.Tone.ToneSentenceRow&gt;()
///     .Text("document_id", r =&gt; r.DocumentId).Number("sentence_index", r =&gt; r.SentenceIndex).Number("compound", r =&gt; r.Compound);
/// var file = new Workbook.Export.CsvFile("tone.csv", columns.Table(wb.Tone.Sentences()));
/// </code>
/// </example>
public sealed class CsvColumns<TRow>
{
    private readonly List<string> _names = [];
    private readonly List<Action<ICsvRow, TRow>> _fields = [];

    /// <summary>The column names, in order: the file's header.</summary>
    public IReadOnlyList<string> Header => _names;

    /// <summary>A text column; null writes an empty field.</summary>
    public CsvColumns<TRow> Text(string name, Func<TRow, string?> value) => Column(name, (row, r) => row.Add(value(r)));

    /// <summary>A whole-number column.</summary>
    public CsvColumns<TRow> Number(string name, Func<TRow, int> value) => Column(name, (row, r) => row.Add(value(r)));

    /// <summary>A real-number column, round-trip formatted; NaN writes an empty field.</summary>
    public CsvColumns<TRow> Number(string name, Func<TRow, double> value) => Column(name, (row, r) => row.Add(value(r)));

    /// <summary>A yes/no column, written <c>true</c> or <c>false</c>.</summary>
    public CsvColumns<TRow> Flag(string name, Func<TRow, bool> value) => Column(name, (row, r) => row.Add(value(r)));

    /// <summary>A closed-set column, written by the value's name (<see cref="EnumNames"/>), the same words as in tables.</summary>
    public CsvColumns<TRow> Name<TEnum>(string name, Func<TRow, TEnum> value) where TEnum : struct, Enum =>
        Column(name, (row, r) => row.Add(EnumNames.Name(value(r))));

    /// <summary><paramref name="rows"/> in these columns, to write later.</summary>
    public CsvTable Table(IEnumerable<TRow> rows) => new CsvTable<TRow>(Header, rows, (row, source) =>
    {
        foreach (var field in _fields) field(row, source);
    });

    private CsvColumns<TRow> Column(string name, Action<ICsvRow, TRow> field)
    {
        _names.Add(name);
        _fields.Add(field);
        return this;
    }
}
