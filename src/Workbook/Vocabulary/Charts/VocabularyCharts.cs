using Workbook.Charts;

namespace Workbook.Vocabulary.Charts;

/// <summary>Charts of the vocabulary comparison: keyness bars, the scattertext-style plot, dispersion and similarity.</summary>
public static class VocabularyCharts
{
    /// <summary>Two-sided keyness bars (textplot_keyness): the <paramref name="perSide"/> most target-typical terms on top, the most reference-typical below.</summary>
    public static Figure Keyness(KeynessResult result, int perSide = 15)
    {
        var (keyness, targetLabel, referenceLabel) = (result.Rows, ChartText.Escape(result.Target.Label), ChartText.Escape(result.Reference.Label));
        var top = keyness.Where(k => k.G2 > 0).Take(perSide).ToList();
        var bottom = keyness.Where(k => k.G2 < 0).Reverse().Take(perSide).Reverse().ToList();
        Trace Side(IReadOnlyList<KeynessRow> rows, string name, string color) => new BarTrace
        {
            Name = name,
            Orientation = Orientation.Horizontal,
            X = rows.Select(r => (object)r.G2).ToList(),
            Y = rows.Select(r => (object)ChartText.Escape(r.Term)).ToList(),
            Text = rows.Select(r => $"{r.TargetCount} vs {r.ReferenceCount}").ToList(),
            HoverTemplate = "<b>%{y}</b><br>G² %{x:.2f}<br>count: %{text}<extra></extra>",
            Marker = new Marker { Color = color },
            Extra = new() { ["textposition"] = "none" },
        };
        var terms = top.Concat(bottom).Select(r => ChartText.Escape(r.Term)).ToList();
        return new Figure(
            [Side(top, targetLabel, HouseStyle.TargetColor), Side(bottom, referenceLabel, HouseStyle.ReferenceColor)],
            new Layout
            {
                Title = new Title($"Keyness: {targetLabel} (right) against {referenceLabel} (left)"),
                XAxis = new Axis { Title = new Title("signed G² (log-likelihood)"), ZeroLine = true },
                YAxis = new Axis { Type = AxisType.Category, CategoryOrder = CategoryOrder.Array, CategoryArray = terms, AutoRange = AutoRange.Reversed, AutoMargin = true },
                Height = Math.Max(300, 120 + 18 * terms.Count),
                Margin = new Margin(120, 30, 60, 60),
                BarMode = BarMode.Overlay,
            });
    }

    /// <summary>scattertext-style plot: x = frequency percentile in the reference, y = in the target, colour = scaled F-score; the strongest terms of each side named, <paramref name="labels"/> in all.</summary>
    public static Figure TermScatter(TermScatterResult result, int labels = 20)
    {
        var (points, targetLabel, referenceLabel) = (result.Points, ChartText.Escape(result.Target.Label), ChartText.Escape(result.Reference.Label));
        var named = points.Where(p => p.Score > 0).OrderByDescending(p => p.Score).ThenByDescending(p => p.TargetCount).Take(labels / 2)
            .Concat(points.Where(p => p.Score < 0).OrderBy(p => p.Score).ThenByDescending(p => p.ReferenceCount).Take(labels - labels / 2))
            .Select(p => p.Term).ToHashSet();
        Trace Points(IReadOnlyList<TermScatterPoint> rows, bool withLabels) => new ScatterTrace
        {
            Name = withLabels ? "labelled terms" : "terms",
            Mode = withLabels ? ScatterMode.MarkersText : ScatterMode.Markers,
            X = rows.Select(p => (object)p.ReferencePercentile).ToList(),
            Y = rows.Select(p => (object)p.TargetPercentile).ToList(),
            Text = rows.Select(p => ChartText.Escape(p.Term)).ToList(),
            TextPosition = withLabels ? TextPosition.TopCenter : null,
            HoverTemplate = "<b>%{text}</b><br>" + targetLabel + ": %{customdata[0]}<br>" + referenceLabel + ": %{customdata[1]}<br>score %{marker.color:.3f}<extra></extra>",
            Marker = new Marker { Values = rows.Select(p => p.Score).ToList(), ColorScale = ColorScale.RdBu, CMin = -1, CMax = 1, Size = withLabels ? 9 : 6, ShowScale = withLabels, Opacity = withLabels ? 1 : 0.6 },
            ShowLegend = false,
            Extra = new() { ["customdata"] = rows.Select(p => new[] { p.TargetCount, p.ReferenceCount }).ToList() },
        };
        return new Figure(
            [Points(points.Where(p => !named.Contains(p.Term)).ToList(), false), Points(points.Where(p => named.Contains(p.Term)).ToList(), true)],
            new Layout
            {
                Title = new Title($"Terms by frequency: {targetLabel} (up) against {referenceLabel} (right)"),
                XAxis = new Axis { Title = new Title($"frequency percentile in {referenceLabel}"), Range = [0, 1.05] },
                YAxis = new Axis { Title = new Title($"frequency percentile in {targetLabel}"), Range = [0, 1.05] },
                Height = 600,
                Extra = new() { ["hovermode"] = "closest" },
            });
    }

    /// <summary>Lexical dispersion ("x-ray"): a tick wherever each pattern occurs along each document, for at most <paramref name="maxDocuments"/> documents, the first in corpus order.</summary>
    public static Figure Dispersion(DispersionResult result, int maxDocuments = 40)
    {
        var shownIds = result.DocumentIds.Take(maxDocuments).ToHashSet(StringComparer.Ordinal);
        var (points, patterns) = (result.Points.Where(p => shownIds.Contains(p.DocumentId)).ToList(), result.Patterns);
        var documentIds = result.DocumentIds.Take(maxDocuments).Select(ChartText.Escape).ToList();
        var shown = documentIds.Count < result.DocumentIds.Count ? $" — the first {documentIds.Count} of {result.DocumentIds.Count} documents" : "";
        var traces = patterns.Select((pattern, i) =>
        {
            var rows = points.Where(p => p.Pattern == pattern).ToList();
            return (Trace)new ScatterTrace
            {
                Name = ChartText.Escape(pattern),
                Mode = ScatterMode.Markers,
                X = rows.Select(p => (object)p.RelativePosition).ToList(),
                Y = rows.Select(p => (object)ChartText.Escape(p.DocumentId)).ToList(),
                Text = rows.Select(p => $"{ChartText.Escape(p.DocumentId)} [{p.Start}, {p.End})").ToList(),
                HoverTemplate = "<b>" + ChartText.Escape(pattern) + "</b><br>%{text}<extra></extra>",
                Marker = new Marker { Symbol = "line-ns-open", Size = 22, Color = HouseStyle.Palette[i % HouseStyle.Palette.Count] },
            };
        }).ToList();
        return new Figure(traces, new Layout
        {
            Title = new Title("Lexical dispersion: where each term falls along each document" + shown),
            XAxis = new Axis { Title = new Title("position in document (0 = start, 1 = end)"), Range = [0, 1] },
            YAxis = new Axis { Type = AxisType.Category, CategoryOrder = CategoryOrder.Array, CategoryArray = documentIds, Range = [documentIds.Count - 0.5, -0.5], AutoMargin = true },
            Height = Math.Max(260, 140 + 45 * documentIds.Count),
        });
    }

    /// <summary>Heatmap of document similarity, each cell labelled with its cosine; at most <paramref name="maxDocuments"/> documents, the first in corpus order, so it stays readable.</summary>
    public static Figure Similarity(SimilarityResult result, int maxDocuments = 40)
    {
        var ids = result.DocumentIds.Take(maxDocuments).ToList();
        var documentIds = ids.Select(ChartText.Escape).ToList();
        var shown = ids.Count < result.DocumentIds.Count ? $" — the first {ids.Count} of {result.DocumentIds.Count} documents" : "";
        return new Figure(
            [new HeatmapTrace
            {
                X = documentIds, Y = documentIds,
                Z = ids.Select(a => (IReadOnlyList<double>)ids.Select(b => result.Cosine(a, b)).ToList()).ToList(),
                ColorScale = ColorScale.Blues, ZMin = 0, ZMax = 1, TextTemplate = "%{z:.2f}",
                Extra = new() { ["reversescale"] = true },
                HoverTemplate = "%{y} ~ %{x}: %{z:.3f}<extra></extra>",
            }],
            new Layout
            {
                Title = new Title("Document similarity (TF-IDF cosine)" + shown),
                XAxis = new Axis { Type = AxisType.Category },
                YAxis = new Axis { Type = AxisType.Category, AutoRange = AutoRange.Reversed },
                Height = Math.Max(320, 160 + 60 * documentIds.Count),
                Width = Math.Max(420, 220 + 60 * documentIds.Count),
            });
    }
}
