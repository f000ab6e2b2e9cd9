using Workbook.Claims;
using Workbook.Corpora;
using Workbook.Tests.Display;
using Workbook.Tests.Support;
using Workbook.Text;

namespace Workbook.Tests.Claims;

[Collection(FormatterCollection.Name)]
public class HeadlineStanceTests
{
    private static readonly Dictionary<string, string> Bodies = new()
    {
        ["1"] = "A woman in Florida had a third breast implanted, she said. Her surgeon confirmed the operation last week.",
        ["2"] = "Reports that a woman in Florida had a third breast implanted are a hoax. The story was fabricated.",
        ["3"] = "A woman in Florida allegedly had a third breast implanted, according to unverified posts.",
        ["4"] = "The football season opens on Saturday with a derby between two rival clubs.",
    };

    [Fact]
    public void Bodies_are_labelled_by_relatedness_then_refutation_confirmation_and_hedges()
    {
        const string headline = "Florida woman has third breast implanted";
        var predictions = HeadlineStance.Classify([(headline, "1"), (headline, "2"), (headline, "3"), (headline, "4")], Bodies,
            CorpusResources.General, HeadlineStanceSettings.Default);
        Assert.Equal([StanceLabel.Agree, StanceLabel.Disagree, StanceLabel.Discuss, StanceLabel.Unrelated], predictions.Select(p => p.Stance));
        Assert.Equal("refutation: “hoax”", predictions[1].Cues);
        Assert.Equal("confirmation: “confirmed”", predictions[0].Cues);
        Assert.StartsWith("hedged or reported", predictions[2].Cues);
        Assert.Equal(0, predictions[3].Coverage);
    }

    [Fact]
    public void A_body_telling_the_story_in_other_words_is_related_through_feedback_from_the_bodies_closest_to_the_headline()
    {
        var bodies = new Dictionary<string, string>
        {
            ["named"] = "Crabzilla, a giant crab, was photographed in Whitstable harbour by a local photographer.",
            ["unnamed"] = "A giant crab fifty feet long was photographed in Whitstable harbour, a local photographer claimed.",
            ["football"] = "The football season opens on Saturday with a derby between two rival clubs.",
        };
        (string, string)[] pairs = [("Crabzilla spotted", "named"), ("Crabzilla spotted", "unnamed"), ("Crabzilla spotted", "football")];
        var withFeedback = HeadlineStance.Classify(pairs, bodies, CorpusResources.General, HeadlineStanceSettings.Default);
        var without = HeadlineStance.Classify(pairs, bodies, CorpusResources.General, HeadlineStanceSettings.Default with { FeedbackWeight = 0 });
        Assert.Equal([false, false, true], withFeedback.Select(p => p.Stance == StanceLabel.Unrelated));
        Assert.Equal([false, true, true], without.Select(p => p.Stance == StanceLabel.Unrelated));
        Assert.Equal(0, withFeedback[2].Coverage);
    }

    [Fact]
    public void A_body_refuting_a_refuting_headline_agrees_and_a_hedged_headline_is_discussed()
    {
        var predictions = HeadlineStance.Classify([("Florida woman's third breast implant is a hoax", "2"), ("Florida woman reportedly had a third breast implanted", "1")],
            Bodies, CorpusResources.General, HeadlineStanceSettings.Default);
        Assert.Equal([StanceLabel.Agree, StanceLabel.Discuss], predictions.Select(p => p.Stance));
        Assert.Equal("refutes as the headline does: “hoax”, headline “hoax”", predictions[0].Cues);
        Assert.Equal("hedged headline: “reportedly”", predictions[1].Cues);
    }

    [Fact]
    public void Figures_are_kept_as_json_and_read_back_and_the_shipped_record_is_complete()
    {
        var scores = StanceScores.Of([StanceLabel.Agree, StanceLabel.Unrelated], [StanceLabel.Agree, StanceLabel.Discuss]);
        var json = EvaluationRecord.ToJson(scores.Measures(2));
        Assert.StartsWith("[\n  {\"measure\": \"macro-F1\", \"value\": 0.25, \"pairs\": 2},\n", json);
        Assert.Contains("{\"measure\": \"gold unrelated, predicted discuss\", \"value\": 1, \"pairs\": 2}", json);
        Assert.Equal(scores.Measures(2), EvaluationRecord.Parse(json));
        Assert.Throws<FormatException>(() => EvaluationRecord.Parse("{\"measure\": 1}"));
        var shipped = EvaluationRecord.Parse(HeadlineStance.DevelopmentFigures);
        Assert.Equal(3 + 4 + 16, shipped.Count);
        Assert.All(shipped, s => Assert.Equal(8030, s.Pairs));
    }

    [Fact]
    public void Scores_follow_the_fnc1_and_macro_f1_definitions_worked_by_hand()
    {
        StanceLabel[] gold = [StanceLabel.Agree, StanceLabel.Agree, StanceLabel.Disagree, StanceLabel.Unrelated];
        StanceLabel[] predicted = [StanceLabel.Agree, StanceLabel.Discuss, StanceLabel.Unrelated, StanceLabel.Unrelated];
        var scores = StanceScores.Of(gold, predicted);
        // agree: P 1/1, R 1/2 → 2/3; disagree 0; discuss: P 0/1 → 0; unrelated: P 1/2, R 1/1 → 2/3.
        Assert.Equal(2.0 / 3, scores.F1[StanceLabel.Agree], 12);
        Assert.Equal(2.0 / 3, scores.F1[StanceLabel.Unrelated], 12);
        Assert.Equal((2.0 / 3 + 2.0 / 3) / 4, scores.MacroF1, 12);
        // FNC: pair 1 = 1, pair 2 = 0.25, pair 3 = 0, pair 4 = 0.25, of a maximum 1 + 1 + 1 + 0.25.
        Assert.Equal(1.5 / 3.25, scores.FncScore, 12);
        Assert.Equal(0.75, scores.RelatedAccuracy, 12);
        Assert.Equal(1, scores.Confusion[(StanceLabel.Disagree, StanceLabel.Unrelated)]);
    }

    [Fact]
    public void The_stance_command_reads_the_fnc1_layout_writes_predictions_and_scores_against_gold()
    {
        using var folder = new TempFolder();
        var pairs = folder.Write("pairs.csv", "Headline,Body ID,Stance\r\n\"Florida woman has third breast implanted\",2,disagree\r\nFlorida woman has third breast implanted,4,unrelated\r\n");
        var bodies = folder.Write("bodies.csv", "Body ID,articleBody\n2,\"Reports that a woman in Florida had a third breast implanted are a hoax.\nThe story was \"\"fabricated\"\".\"\n4,The football season opens on Saturday.\n");
        var run = WorkbookCli.Run("stance", "--pairs", pairs, "--bodies", bodies, "--out", Path.Combine(folder.Path, "predictions.csv"), "--gold", pairs);
        Assert.True(run.Code == 0, run.Err);
        Assert.Contains("macro-F1 0.500   FNC-1 score 1.000   related/unrelated accuracy 1.000", run.Out);
        var rows = CsvReader.Read(File.ReadAllText(Path.Combine(folder.Path, "predictions.csv")));
        Assert.Equal(["Headline", "Body ID", "Stance", "relation", "evidence", "cues"], rows[0]);
        Assert.Equal(("disagree", "contradicts"), (rows[1][2], rows[1][3]));
        Assert.Equal(3, WorkbookCli.Run("stance", "--pairs", pairs, "--bodies", pairs, "--out", Path.Combine(folder.Path, "p.csv")).Code);
        Assert.Equal(2, WorkbookCli.Run("stance", "--pairs", pairs).Code);
    }

    [SharedFact]
    public void On_the_fnc1_development_half_macro_f1_and_disagree_f1_meet_the_bar()
    {
        var folder = Path.Combine(Repository.Shared!, "stance-dev");
        var stances = Workbook.Files.CsvRecords.Read("stances.csv", File.ReadAllText(Path.Combine(folder, "stances.csv")), "Headline", "Body ID", "Stance");
        var bodies = Workbook.Files.CsvRecords.Read("bodies.csv", File.ReadAllText(Path.Combine(folder, "bodies.csv")), "Body ID", "articleBody")
            .ToDictionary(r => r["Body ID"], r => r["articleBody"]);
        var predictions = HeadlineStance.Classify(stances.Select(r => (r["Headline"], r["Body ID"])).ToList(), bodies, CorpusResources.General, HeadlineStanceSettings.Default);
        var scores = StanceScores.Of(stances.Select(r => EnumNames.Parse<StanceLabel>(r["Stance"])).ToList(), predictions.Select(p => p.Stance).ToList());
        // Measured 0.627 / agree 0.449 / disagree 0.432 / related 0.986 when the settings were chosen on this same half; the other half is held out elsewhere.
        Assert.True(scores.MacroF1 >= 0.55, $"macro-F1 {scores.MacroF1:0.000}");
        Assert.True(scores.F1[StanceLabel.Agree] >= 0.40, $"agree F1 {scores.F1[StanceLabel.Agree]:0.000}");
        Assert.True(scores.F1[StanceLabel.Disagree] >= 0.20, $"disagree F1 {scores.F1[StanceLabel.Disagree]:0.000}");
        Assert.True(scores.RelatedAccuracy >= 0.97, $"related/unrelated accuracy {scores.RelatedAccuracy:0.000}");
        // The figures the library ships (and chapter 5 shows) are today's: re-record them with the README's stance command when the method changes.
        Assert.Equal(EvaluationRecord.ToJson(scores.Measures(predictions.Count)), HeadlineStance.DevelopmentFigures);
    }
}
