using Workbook.Claims;
using Workbook.Tests.Support;

namespace Workbook.Tests.Claims;

/// <summary>The claims method on a corpus the team did not write: one address as the op-ed, others as the reports.</summary>
public class StateOfTheUnionTests
{
    [StateOfTheUnionFact]
    public void One_address_as_the_op_ed_gives_at_least_five_claims_each_with_evidence_in_the_others()
    {
        using var folder = new TempFolder();
        string[] addresses = ["2016_barack_obama_d", "2015_barack_obama_d", "2014_barack_obama_d", "2019_donald_j_trump_r", "2021_joseph_r_biden_d"];
        foreach (var name in addresses) File.Copy(Path.Combine(Repository.StateOfTheUnion!, name + ".txt"), Path.Combine(folder.Path, name + ".txt"));
        folder.Write("corpus.json", "{ \"documents\": [" + string.Join(", ", addresses.Select((a, i) =>
            $"{{ \"id\": \"{a[..4]}\", \"file\": \"{a}.txt\", \"kind\": \"{(i == 0 ? "op-ed" : "news")}\" }}")) + "] }");

        var wb = CorpusWorkbook.Open(folder.Path);
        var result = wb.Claims.Compare();
        Assert.Equal("2016", result.OpEdId);
        Assert.Equal(["2015", "2014", "2019", "2021"], result.ReportIds);
        Assert.All(result.Claims, c => Assert.Equal(ClaimSource.Automatic, c.Source));
        var settings = wb.Claims.Settings.Relation;
        var evidenced = result.Claims.Where(c => result.Evidence.Any(e => e.ClaimId == c.Id && e.Score > 0 && e.Coverage >= settings.MinCoverage)).ToList();
        Assert.True(evidenced.Count >= 5, $"{evidenced.Count} of {result.Claims.Count} claims have evidence: {string.Join(" | ", result.Claims.Select(c => c.Statement))}");
        Assert.Equal(ClaimRole.Thesis, result.Claims[0].Role);
    }
}
