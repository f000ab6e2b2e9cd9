using Workbook.Claims;
using Workbook.Corpora;
using Workbook.Files;
using Workbook.Text;

namespace Workbook.Tests.Claims;

public class ClaimFileTests
{
    private static readonly Corpus Corpus = Corpus.FromTexts(
    [
        (new ManifestEntry("op", "op.txt", null, "op-ed", null), "Moscow holds no veto. We will go anyway."),
        (new ManifestEntry("r", "r.txt", null, "news", null), "Officials want consent."),
    ]);

    [Fact]
    public void Quotes_become_spans_with_offsets_into_the_op_ed()
    {
        var claims = ClaimFile.Parse(new AnalystFile("claims.json", """{"op_ed": "op", "claims": [{"id": "C1", "statement": "No veto.", "quotes": ["holds no veto", "We will go"]}]}"""), Corpus);
        var claim = Assert.Single(claims);
        Assert.Equal(("C1", "No veto.", ClaimSource.Analyst, "op"), (claim.Id, claim.Statement, claim.Source, claim.DocumentId));
        Assert.Equal([new TextSpan(7, 20), new TextSpan(22, 32)], claim.Spans);
        Assert.Equal("holds no veto", Corpus["op"].Slice(7, 20));
    }

    [Theory]
    [InlineData("""{"op_ed": "zz", "claims": []}""", "op_ed \"zz\" is not a document")]
    [InlineData("""{"op_ed": "op", "claims": [{"id": "C1", "statement": "s", "quotes": ["not in the text"]}]}""", "claim C1: quote \"not in the text\" is not in document op")]
    [InlineData("""{"op_ed": "op", "claims": [{"id": "C1", "statement": "s", "quotes": []}]}""", "needs a non-empty \"quotes\" array")]
    [InlineData("""{"op_ed": "op", "claims": [{"id": "C1", "statement": "s", "quotes": ["veto"]}, {"id": "C1", "statement": "t", "quotes": ["veto"]}]}""", "used more than once")]
    [InlineData("""{"op_ed": "op", "claims": [{"id": "C1", "quotes": ["veto"]}]}""", "claim C1 has no \"statement\"")]
    [InlineData("{", "not valid JSON")]
    public void Bad_claim_files_name_the_file_and_the_problem(string json, string problem)
    {
        var e = Assert.Throws<CorpusException>(() => ClaimFile.Parse(new AnalystFile("seeds/claims.json", json), Corpus));
        Assert.Equal("seeds/claims.json", e.Path);
        Assert.Contains(problem, e.Problem);
    }
}
