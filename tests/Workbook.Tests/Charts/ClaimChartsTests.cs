using Workbook.Charts;
using Workbook.Claims;
using Workbook.Claims.Charts;
using Workbook.Corpora;
using Workbook.Tables;
using Workbook.Text;

namespace Workbook.Tests.Charts;

public class ClaimChartsTests
{
    [Fact]
    public void A_long_unbroken_claim_statement_is_shortened_and_escaped_in_the_hover_text()
    {
        var corpus = Corpus.FromTexts([(new ManifestEntry("op", "op.txt", null, "op-ed", null), "Text."), (new ManifestEntry("r<1>", "r.txt", null, "news", null), "Text.")]);
        var statement = new string('x', 200) + " <b>bold</b>";
        var claim = new Claim("A1", statement, ClaimSource.Automatic, "op", [new TextSpan(0, 1)]);
        var result = new ClaimComparisonResult("op", DocumentGroup.Select(corpus, "news"), [claim], null,
            new Table<EvidenceRow>("evidence sentence", []), new Table<RelationRow>("relation", [new RelationRow("A1", "r<1>", ClaimRelation.NotAddressed, "")]));
        var heatmap = (HeatmapTrace)ClaimCharts.RelationMatrix(result).Data[0];
        var hover = ((List<List<string>>)heatmap.Extra!["customdata"]!).Single().Single();
        Assert.Equal(new string('x', 89) + "…", hover);
        Assert.Equal(["r&lt;1&gt;"], heatmap.X!);
    }
}
