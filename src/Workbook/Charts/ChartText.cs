using Workbook.Text;

namespace Workbook.Charts;

/// <summary>
/// Text from the corpus made safe for plotly.js, which reads a small set of HTML tags (&lt;b&gt;, &lt;br&gt;, &lt;a&gt;) in
/// titles, labels, legend names and hover text: '&amp;', '&lt;' and '&gt;' become entities, so corpus text is shown, never read as markup.
/// </summary>
public static class ChartText
{
    /// <summary><paramref name="text"/> with '&amp;', '&lt;' and '&gt;' as entities, isolated when it holds bidi controls or right-to-left letters (<see cref="BidiIsolation"/>).</summary>
    public static string Escape(string text)
    {
        text = BidiIsolation.Isolate(text);
        return text.AsSpan().IndexOfAny("&<>") < 0 ? text : text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
    }
}
