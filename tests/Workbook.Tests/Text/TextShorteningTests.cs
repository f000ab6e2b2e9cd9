using Workbook.Text;

namespace Workbook.Tests.Text;

public class TextShorteningTests
{
    [Theory]
    [InlineData("short", 10, "short")]
    [InlineData("one two three four", 12, "one two…")]
    [InlineData("https://example.org/a/very/long/path", 10, "https://e…")]
    [InlineData("長い文章は途中で切ります。", 6, "長い文章は…")]
    public void Shortens_at_a_space_or_at_the_limit(string text, int max, string expected)
    {
        var shortened = TextShortening.Shorten(text, max);
        Assert.Equal(expected, shortened);
        Assert.True(shortened.Length <= max);
    }

    [Fact]
    public void Never_splits_a_surrogate_pair()
    {
        var text = "ab\U0001F600\U0001F600\U0001F600";
        for (var max = 2; max <= text.Length; max++)
        {
            foreach (var shortened in new[] { TextShortening.Shorten(text, max), TextShortening.ShortenStart(text, max) })
                Assert.DoesNotContain(shortened, c => char.IsSurrogate(c) && !char.IsSurrogatePair(shortened, shortened.IndexOf(c) - (char.IsLowSurrogate(c) ? 1 : 0)));
        }
        Assert.Equal("ab…", TextShortening.Shorten("ab\U0001F600", 3));
        Assert.Equal("a…", TextShortening.Shorten("a\U0001F600b", 3));
        Assert.Equal("…\U0001F600", TextShortening.ShortenStart("ab\U0001F600\U0001F600", 4));
    }

    [Fact]
    public void Shortening_from_the_start_keeps_the_end()
    {
        Assert.Equal("…three four", TextShortening.ShortenStart("one two three four", 11));
        Assert.Throws<ArgumentOutOfRangeException>(() => TextShortening.Shorten("abc", 1));
    }
}
