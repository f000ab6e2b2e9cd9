using Workbook.Corpora;
using Workbook.Text;

namespace Workbook.Tests.Corpora;

public class CueScanTests
{
    [Fact]
    public void Every_list_that_matches_at_a_token_gives_one_hit_in_token_then_list_order_with_offsets()
    {
        const string text = "Prices rose sharply. Maybe prices will fall, perhaps not at all.";
        var corpus = Corpus.FromTexts([(new ManifestEntry("d", "d.txt", null, "news", null), text)]);
        var document = corpus.Documents[0];
        CueIndex[] lists = [new([new CuePattern("price*"), new CuePattern("not at all")]), new([new CuePattern("maybe"), new CuePattern("perhaps")]), new([new CuePattern("prices ~ fall")])];
        var hits = CueScan.Hits(corpus, document, lists, new CueStarts(lists).ByNormId(corpus.Vocabulary));

        Assert.Equal(
        [
            new CueHit(0, 0, 0, 6),     // "Prices"
            new CueHit(1, 1, 21, 26),   // "Maybe"
            new CueHit(0, 1, 27, 33),   // "prices"
            new CueHit(2, 1, 27, 43),   // "prices will fall": the same token, the later list after
            new CueHit(1, 1, 45, 52),   // "perhaps"
            new CueHit(0, 1, 53, 63),   // "not at all"
        ], hits);
        Assert.Equal(["Prices", "Maybe", "prices", "prices will fall", "perhaps", "not at all"], hits.Select(h => text[h.Start..h.End]));
    }
}
