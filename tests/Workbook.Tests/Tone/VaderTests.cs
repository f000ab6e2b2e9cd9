using Workbook.Corpora;
using Workbook.Tone;

namespace Workbook.Tests.Tone;

/// <summary>VADER against the examples VADER publishes with their scores (the package's demo output, from the original paper's README).</summary>
public class VaderTests
{
    [Theory]
    [InlineData("VADER is smart, handsome, and funny.", 0.8316, 0.746, 0.0)]
    [InlineData("VADER is not smart, handsome, nor funny.", -0.7424, 0.0, 0.646)]
    [InlineData("VADER is smart, handsome, and funny!", 0.8439, 0.752, 0.0)]
    [InlineData("VADER is very smart, handsome, and funny.", 0.8545, 0.701, 0.0)]
    [InlineData("VADER is VERY SMART, handsome, and FUNNY.", 0.9227, 0.754, 0.0)]
    [InlineData("VADER is VERY SMART, handsome, and FUNNY!!!", 0.9342, 0.767, 0.0)]
    [InlineData("VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!", 0.9469, 0.706, 0.0)]
    [InlineData("The book was good.", 0.4404, 0.492, 0.0)]
    [InlineData("The book was kind of good.", 0.3832, 0.343, 0.0)]
    [InlineData("The plot was good, but the characters are uncompelling and the dialog is not great.", -0.7042, 0.094, 0.327)]
    [InlineData("At least it isn't a horrible book.", 0.431, 0.363, 0.0)]
    [InlineData("Make sure you :) or :D today!", 0.8633, 0.706, 0.0)]
    [InlineData("Today SUX!", -0.5461, 0.0, 0.779)]
    [InlineData("Today only kinda sux! But I'll get by, lol", 0.2228, 0.251, 0.179)]
    public void Scores_equal_the_published_examples(string text, double compound, double positive, double negative)
    {
        var score = Vader.Score(text, CorpusResources.General.Lexicon(ToneFamily.Sentiment));
        Assert.Equal((compound, positive, negative), (score.Compound, score.Positive, score.Negative));
    }

    /// <summary>Idioms and phrasal boosters, scored by the package's own bundle (node, vader-sentiment 1.1.3 polarity_scores).</summary>
    [Theory]
    [InlineData("He said it would cut the mustard, and it was good.", 0.7096, 0.396, 0.0)]
    [InlineData("Yeah right, that was a good plan.", 0.6249, 0.56, 0.0)]
    [InlineData("Well the bomb was a great show.", 0.4404, 0.496, 0.26)]
    [InlineData("They live hand to mouth and are sad.", 0.0258, 0.26, 0.252)]
    [InlineData("That was sort of good, kind of great.", 0.7722, 0.528, 0.0)]
    [InlineData("I said yeah right good", -0.2023, 0.306, 0.417)]
    public void Idioms_and_phrasal_boosters_score_as_the_package_does(string text, double compound, double positive, double negative)
    {
        var score = Vader.Score(text, CorpusResources.General.Lexicon(ToneFamily.Sentiment));
        Assert.Equal((compound, positive, negative), (score.Compound, score.Positive, score.Negative));
    }

    [Fact]
    public void The_rules_data_is_read_from_the_package()
    {
        var lexicon = CorpusResources.General.Lexicon(ToneFamily.Sentiment);
        Assert.Equal((0.293, 0.733, -0.74), (lexicon.BoosterIncrement, lexicon.CapitalIncrement, lexicon.NegationScalar));
        Assert.Contains("isn't", lexicon.Negations);
        Assert.Equal(-0.293, lexicon.Boosters["kinda"]);
        Assert.Equal(-2, lexicon.Idioms["yeah right"]);
        Assert.Equal(1.9, lexicon.Valence["good"]);
    }
}
