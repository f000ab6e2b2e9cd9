using Workbook.Text;

namespace Workbook.Tests.Text;

public class CuePatternTests
{
    [Theory]
    [InlineData("only ~ if", "we act only when and if they agree", 2, 6)]
    [InlineData("only ~ if", "only if", 0, 2)]
    [InlineData("sugg* ~ that ~ is", "it suggests strongly that the plan is weak", 1, 7)]
    [InlineData("only ~ if", "only a b c d e f if", 0, -1)]
    public void A_gap_skips_up_to_five_words_and_the_first_match_is_the_shortest(string cue, string sentence, int start, int end)
    {
        Assert.Equal(end, new CuePattern(cue).MatchAt(sentence.Split(' '), start));
    }

    [Fact]
    public async Task Alternating_wildcards_and_gaps_are_matched_without_exponential_backtracking()
    {
        // 30 gaps: plain backtracking would try up to 6^30 paths per start before failing on the missing last word.
        var cue = new CuePattern(string.Join(" ~ ", Enumerable.Repeat("*", 30)) + " ~ end");
        var words = Enumerable.Repeat("word", 3000).ToList();
        var matching = Task.Run(() => Enumerable.Range(0, 50).Select(start => cue.MatchAt(words, start)).ToList());
        var ends = await matching.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.All(ends, end => Assert.Equal(-1, end));
        words[^1] = "end";
        Assert.Equal(words.Count, cue.MatchAt(words, words.Count - 31));
        Assert.Equal(words.Count, cue.MatchAt(words, words.Count - 90));
    }
}
