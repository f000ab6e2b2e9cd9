using Workbook.Claims;

namespace Workbook.Tests.Claims;

public class RelevanceFeedbackTests
{
    private static readonly Dictionary<string, IReadOnlyDictionary<string, int>> Texts = new()
    {
        ["a"] = new Dictionary<string, int> { ["crab"] = 2, ["giant"] = 1 },
        ["b"] = new Dictionary<string, int> { ["crabzilla"] = 1, ["crab"] = 1, ["giant"] = 1 },
        ["c"] = new Dictionary<string, int> { ["football"] = 1 },
    };

    [Fact]
    public void Idf_is_smoothed_over_the_texts_and_an_unseen_term_counts_as_in_none()
    {
        var feedback = new RelevanceFeedback(Texts, texts: 1, terms: 2, weight: 1);
        Assert.Equal(Math.Log(4.0 / 3) + 1, feedback.Idf("crab"), 12);
        Assert.Equal(Math.Log(4.0 / 2) + 1, feedback.Idf("crabzilla"), 12);
        Assert.Equal(Math.Log(4.0) + 1, feedback.Idf("lobster"), 12);
    }

    [Fact]
    public void A_query_widened_by_its_best_text_matches_a_text_that_tells_the_story_in_other_words()
    {
        var feedback = new RelevanceFeedback(Texts, texts: 1, terms: 2, weight: 1);
        Assert.Equal(0, feedback.Cosine(["crabzilla"], "a"));
        // The best text for "crabzilla" is b; its two heaviest terms are crabzilla (idf i1) and crab (idf i2; giant ties and
        // loses on order). Their unit vector is added to the query's own {crabzilla: 1} and the sum normalised again.
        var (i1, i2) = (Math.Log(2) + 1, Math.Log(4.0 / 3) + 1);
        var added = Math.Sqrt(i1 * i1 + i2 * i2);
        var (crabzilla, crab) = (1 + i1 / added, i2 / added);
        var norm = Math.Sqrt(crabzilla * crabzilla + crab * crab);
        var expanded = feedback.Expand(["crabzilla"]);
        Assert.Equal(["crab", "crabzilla"], expanded.Keys.Order());
        Assert.Equal(crabzilla / norm, expanded["crabzilla"], 12);
        Assert.Equal(crab / norm, expanded["crab"], 12);
        // a is {crab: 2, giant: 1} with one idf, so its unit vector gives crab 2/√5.
        Assert.Equal(crab / norm * 2 / Math.Sqrt(5), feedback.ExpandedCosine(["crabzilla"], "a"), 12);
        Assert.Equal(0, feedback.ExpandedCosine(["crabzilla"], "c"));
    }

    [Fact]
    public void Without_feedback_the_expanded_cosine_is_the_plain_one()
    {
        var feedback = new RelevanceFeedback(Texts, texts: 3, terms: 30, weight: 0);
        Assert.Equal(feedback.Cosine(["giant", "crab"], "b"), feedback.ExpandedCosine(["crab", "giant", "crab"], "b"), 12);
        Assert.Equal(0, feedback.ExpandedCosine(["lobster"], "a"));
    }
}
