using Workbook.Corpora;
using Workbook.Export;
using Workbook.Tests.Support;

namespace Workbook.Tests.Corpora;

public class SeedCorpusTests
{
    private static Corpus Seed => Repository.Seed;

    [Fact]
    public void Documents_table_has_the_five_seeds_with_the_analysts_kinds()
    {
        Assert.Equal([("000", "op-ed"), ("001", "news"), ("002", "news"), ("003", "news"), ("004", "commentary")],
            Seed.DocumentTable.Select(d => (d.Id, d.Kind)));
        Assert.Equal("Russian Consent Required for European Troops in Ukraine", Seed["002"].Title);
        Assert.Equal("Blitz", Seed["001"].Outlet);
    }

    [SharedFact]
    public void Seed_files_are_byte_identical_to_the_shared_originals()
    {
        var originals = Directory.GetFiles(Path.Combine(Repository.Shared!, "seeds"), "*.txt");
        Assert.Equal(5, originals.Length);
        foreach (var original in originals)
            Assert.Equal(File.ReadAllBytes(original), File.ReadAllBytes(Path.Combine(Repository.Seeds, Path.GetFileName(original))));
    }

    [Fact]
    public void Cleaning_removes_all_site_chrome_of_001_with_reasons()
    {
        Assert.Equal(
        [
            (1, "site chrome: menu", "menu_open Columnists"),
            (2, "cookie notice", "We use cookies to provide some features and experiences in QOSHE"),
            (4, "site chrome: banner controls", "More information\u00A0\u00A0.\u00A0\u00A0Close"),
            (8, "counter", "21 0"),
            (9, "date stamp", "yesterday"),
            (47, "follow or share prompt", "Please follow Blitz on Google News Channel"),
            (50, "copyright footer", "© Blitz"),
        ], Seed["001"].Removed.Select(r => (r.Line, r.Reason, r.Text)));
    }

    [Fact]
    public void Cleaning_removes_all_site_chrome_of_002_with_reasons()
    {
        var removed = Seed["002"].Removed;
        Assert.Equal([17, 19, 21, 23, 25, 27, 29, 31, 33, 35, 37, 39, 41], removed.Select(r => r.Line));
        Assert.Equal(["post metadata", "comment form", "comment form", "link list heading"], removed.Take(4).Select(r => r.Reason));
        Assert.All(removed.Skip(4).SkipLast(1), r => Assert.Equal("link list item", r.Reason));
        Assert.Equal(("site chrome: navigation", "Scroll to Top"), (removed[^1].Reason, removed[^1].Text));
    }

    [Theory]
    [InlineData("000")]
    [InlineData("003")]
    [InlineData("004")]
    public void Clean_articles_lose_nothing(string id) => Assert.Empty(Seed[id].Removed);

    [Fact]
    public void Every_visible_character_is_in_a_paragraph_or_a_removed_line()
    {
        foreach (var document in Seed.Documents)
        {
            var covered = new bool[document.Text.Length];
            foreach (var p in document.Paragraphs) Array.Fill(covered, true, p.Start, p.End - p.Start);
            foreach (var r in document.Removed) Array.Fill(covered, true, r.Start, r.End - r.Start);
            for (var i = 0; i < covered.Length; i++)
            {
                var c = document.Text[i];
                var listMarker = (c is '-' or '*') && i + 1 < covered.Length && document.Text[i + 1] == ' ';
                Assert.True(covered[i] || char.IsWhiteSpace(c) || listMarker, $"{document.Id}: character {i} ('{c}') is in no paragraph");
            }
        }
    }

    [Fact]
    public void Op_ed_headings_and_list_items_are_recognised()
    {
        var op = Seed["000"];
        Assert.Equal(
        [
            "The Consent Fallacy", "Why the Status Quo is a Trap", "The Hidden Logic of \"Non-Combatant\" Deployments", "The Nuclear Bluff",
            "The Brutal Truth About NATO Unity", "The Risk We Don't Admit", "Stop Asking \"When?\" and Start Asking \"Where?\"",
        ], op.Paragraphs.Where(p => p.Role == ParagraphRole.Heading).Select(p => p.Text));
        var items = op.Paragraphs.Where(p => p.Role == ParagraphRole.ListItem).Select(p => p.Text).ToList();
        Assert.Equal(9, items.Count);
        Assert.Contains("Maintenance Hubs: Modern Western hardware requires specialized technicians. You cannot train a conscript to fix a Patriot battery in six weeks.", items);
    }

    [Fact]
    public void News_report_002_has_a_headline_seven_paragraphs_and_nineteen_sentences()
    {
        var report = Seed["002"];
        Assert.Equal(8, report.Paragraphs.Count);
        Assert.Equal(ParagraphRole.Heading, report.Paragraphs[0].Role);
        Assert.Equal(19, report.Sentences.Count);
        Assert.Equal("A senior diplomatic source cited by the newspaper confirmed that the coalition’s members have internally conceded troops would only be deployed “if there’s Russian consent.”",
            report.Sentences[6].Text);
    }

    [Fact]
    public void Every_exported_paragraph_sentence_and_token_matches_the_raw_text_at_its_offsets()
    {
        var raw = CorpusCsv.Files(Seed).ToDictionary(f => f.Name, f => CsvReader.Read(f.ContentIn(CsvTextForm.Raw)));
        var spreadsheet = CorpusCsv.Files(Seed).ToDictionary(f => f.Name, f => CsvReader.Read(f.Content));
        Assert.Contains(spreadsheet["tokens.csv"], row => row[5].StartsWith('\''));
        foreach (var (name, rows) in spreadsheet)
            Assert.Equal(raw[name], rows.Select(row => row.Select(CsvReader.FromSpreadsheetForm).ToList()).ToList());
        CheckAgainstRawText(raw);
    }

    private static void CheckAgainstRawText(Dictionary<string, List<List<string>>> files)
    {
        var checkedRows = 0;
        foreach (var (name, textColumn) in new[] { ("paragraphs.csv", 5), ("sentences.csv", 5), ("tokens.csv", 5) })
        {
            var rows = files[name];
            Assert.Equal("document_id", rows[0][0]);
            Assert.Equal("start", rows[0][3]);
            foreach (var row in rows.Skip(1))
            {
                var text = Seed[row[0]].Text;
                var (start, end) = (int.Parse(row[3]), int.Parse(row[4]));
                Assert.Equal(row[textColumn], text.Substring(start, end - start));
                checkedRows++;
            }
        }
        Assert.Equal(Seed.Paragraphs.Count + Seed.Sentences.Count + Seed.Tokens.Count, checkedRows);
    }

    [Fact]
    public void Token_rows_carry_their_sentence_and_the_sentence_contains_them()
    {
        foreach (var token in Seed.Tokens)
        {
            var sentence = Seed[token.DocumentId].Sentences[token.SentenceIndex];
            Assert.InRange(token.Start, sentence.Start, sentence.End);
            Assert.InRange(token.End, sentence.Start, sentence.End);
        }
    }
}
