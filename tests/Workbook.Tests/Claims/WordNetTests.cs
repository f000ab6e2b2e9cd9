using System.Text;
using Workbook.Claims;
using Workbook.Corpora;

namespace Workbook.Tests.Claims;

public class WordNetTests
{
    // A two-synset WordNet written here: "permission" is the hypernym of "consent, assent"; "refusal" is consent's antonym.
    private static WordNet Tiny()
    {
        var lines = new List<string>();
        var offsets = new List<long>();
        long at = 0;
        void Add(Func<long, string> line)
        {
            offsets.Add(at);
            var text = line(at) + "  \n";
            lines.Add(text);
            at += Encoding.UTF8.GetByteCount(text);
        }
        var header = "  1 This is a license header line, as WordNet's files begin  \n";
        at = Encoding.UTF8.GetByteCount(header);
        // Offsets are 8 digits, so every line's length is fixed before the offsets of the others are known.
        const long permission = 62, consent = 125, refusal = 225;
        Add(o => $"{o:D8} 10 n 01 permission 0 000 | approval to do something");
        Add(o => $"{o:D8} 10 n 02 consent 0 assent 0 002 @ {permission:D8} n 0000 ! {refusal:D8} n 0101 | permission to do so");
        Add(o => $"{o:D8} 10 n 01 refusal 0 001 ! {consent:D8} n 0101 | the act of refusing");
        Assert.Equal([permission, consent, refusal], offsets);
        var data = header + string.Concat(lines);
        var index = $"  1 header  \nassent n 1 2 @ ! 1 0 {consent:D8}  \nconsent n 1 2 @ ! 1 0 {consent:D8}  \npermission n 1 0 1 0 {permission:D8}  \nrefusal n 1 1 ! 1 0 {refusal:D8}  \n";
        return WordNet.Open(name => new MemoryStream(Encoding.UTF8.GetBytes(name switch
        {
            "index.noun" => index,
            "data.noun" => data,
            _ => "",
        })));
    }

    [Fact]
    public void Synsets_are_read_by_byte_offset_and_inflections_reduce_to_listed_base_forms()
    {
        var wordNet = Tiny();
        Assert.Equal(["consent"], wordNet.BaseForms("consents", WordClass.Noun));
        Assert.Empty(wordNet.BaseForms("consenting", WordClass.Noun));
        var sense = Assert.Single(wordNet.Senses("Consents", WordClass.Noun));
        Assert.Equal(["consent", "assent"], sense.Words);
        Assert.Equal("permission to do so", sense.Gloss);
        Assert.Equal(new WordNetPointer("!", WordClass.Noun, 225, 1, 1), sense.Pointers[1]);
        Assert.Throws<FormatException>(() => wordNet.Synset(WordClass.Noun, 63));
    }

    [Fact]
    public void Related_words_are_synonyms_and_the_hypernyms_of_a_one_sense_noun_and_antonyms_are_lexical()
    {
        var wordNet = Tiny();
        Assert.Equal(["assent", "permission"], wordNet.Related("consent", senses: 1));
        Assert.Equal(["refusal"], wordNet.Antonyms("consent", senses: 1));
        Assert.Empty(wordNet.Antonyms("assent", senses: 1));
    }

    [Fact]
    public void The_shipped_wordnet_links_consent_with_permission_and_deny_with_admit()
    {
        var wordNet = CorpusResources.General.Lexicon(ClaimsFamily.WordNet);
        var related = wordNet.Related("consent", senses: 2);
        Assert.Contains("permission", related);
        Assert.Equal(WordClass.Noun, wordNet.UsualClass("consent"));
        Assert.Contains("approval", wordNet.Related("approve", senses: 2));
        Assert.Contains("admit", wordNet.Antonyms("deny", senses: 3));
        Assert.Equal(["deny"], wordNet.BaseForms("denied", WordClass.Verb));
    }
}
