using Workbook.Text;

namespace Workbook.Tests.Text;

public class TokenizerTests
{
    private static List<string> Texts(string text) => Tokenizer.Tokenize(text).Select(t => text[t.Start..t.End]).ToList();

    [Fact]
    public void Keeps_hyphenated_words_contractions_and_numbers_whole_and_punctuation_apart()
    {
        Assert.Equal(["It’s", "a", "high-stakes", "war", ";", "they", "isn't", "5,000", "F-16s", "."],
            Texts("It’s a high-stakes war; they isn't 5,000 F-16s."));
    }

    [Fact]
    public void Contraction_with_curly_apostrophe_is_one_token_with_folded_norm()
    {
        var tokens = Tokenizer.Tokenize("it’s Moscow’s call");
        Assert.Equal(["it's", "moscow's", "call"], tokens.Select(t => t.Norm));
        Assert.All(tokens, t => Assert.Equal(TokenKind.Word, t.Kind));
    }

    [Fact]
    public void Numbers_keep_separators_and_decimals()
    {
        var tokens = Tokenizer.Tokenize("5,000 troops, 3.5 km, in 2022.");
        Assert.Equal(["5,000", "troops", ",", "3.5", "km", ",", "in", "2022", "."], tokens.Select(t => t.Norm));
        Assert.Equal(TokenKind.Number, tokens[0].Kind);
        Assert.Equal(TokenKind.Number, tokens[3].Kind);
        Assert.Equal(TokenKind.Punctuation, tokens[^1].Kind);
    }

    [Fact]
    public void Initialisms_keep_their_periods()
    {
        var text = "the U.S. administration and U.S.-mediated talks";
        Assert.Equal(["the", "U.S.", "administration", "and", "U.S.", "-", "mediated", "talks"], Texts(text));
    }

    [Fact]
    public void Dollar_math_artifacts_read_as_numbers_and_offsets_exclude_the_dollars()
    {
        const string text = "In $1962$, the $21$st century";
        var tokens = Tokenizer.Tokenize(text);
        var year = tokens.Single(t => t.Norm == "1962");
        Assert.Equal("1962", text[year.Start..year.End]);
        Assert.Equal(TokenKind.Number, year.Kind);
        var ordinal = tokens.Single(t => t.Norm == "21st");
        Assert.Equal("21$st", text[ordinal.Start..ordinal.End]);
        Assert.DoesNotContain(tokens, t => t.Norm.Contains('$'));
    }

    [Fact]
    public void A_lone_dollar_sign_is_a_symbol()
    {
        var tokens = Tokenizer.Tokenize("costs $5 now");
        Assert.Contains(tokens, t => t.Kind == TokenKind.Symbol && t.Start == 6);
    }

    [Fact]
    public void Norm_folds_case_and_curly_quotes()
    {
        var tokens = Tokenizer.Tokenize("“Approval”");
        Assert.Equal(["\"", "approval", "\""], tokens.Select(t => t.Norm));
    }

    [Fact]
    public void En_dash_between_words_splits_them()
    {
        Assert.Equal(["UK", "–", "French"], Texts("UK–French"));
    }
}
