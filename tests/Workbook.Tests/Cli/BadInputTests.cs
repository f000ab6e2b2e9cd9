using System.Diagnostics;
using System.Text;
using Workbook.Corpora;
using Workbook.Tests.Display;
using Workbook.Tests.Support;

namespace Workbook.Tests.Cli;

/// <summary>
/// What an analyst's scraped folder may hold, and what Workbook does with it: a clear error naming the file and the
/// problem with exit code 3 (2 for a mistyped command), or a result with a warning. README: "What Workbook accepts".
/// </summary>
[Collection(FormatterCollection.Name)]
public class BadInputTests
{
    private const string Article = "Officials said on Monday that talks would resume. The minister warned of delays.\nCritics disagreed.\n";

    private static readonly Dictionary<string, (Action<TempFolder> Setup, int Code, string Message)> Refused = new()
    {
        ["invalid JSON manifest"] = (f => f.Write("corpus.json", "{\"documents\": ["), 3, "corpus.json: not valid JSON"),
        ["manifest without documents"] = (f => f.Write("corpus.json", "[]"), 3, "\"documents\" array"),
        ["entry without id"] = (f => f.Write("corpus.json", "{\"documents\": [{\"file\": \"a.txt\"}]}"), 3, "documents[0] has no \"id\""),
        ["duplicate ids"] = (f => f.Write("corpus.json", "{\"documents\": [{\"id\": \"a\", \"file\": \"a.txt\"}, {\"id\": \"a\", \"file\": \"b.txt\"}]}"), 3, "id \"a\" is used more than once"),
        ["path out of the folder"] = (f => f.Write("corpus.json", "{\"documents\": [{\"id\": \"a\", \"file\": \"../a.txt\"}]}"), 3, "must be a name inside the corpus folder"),
        ["missing text"] = (f => f.Write("corpus.json", "{\"documents\": [{\"id\": \"a\", \"file\": \"gone.txt\"}]}"), 3, "file \"gone.txt\" of \"a\" does not exist"),
        ["manifest not UTF-8"] = (f => File.WriteAllBytes(Path.Combine(f.Path, "corpus.json"), [0x7B, 0xC3, 0x28, 0x7D]), 3, "corpus.json: is not valid UTF-8 (byte 1"),
        ["Windows-1252 text"] = (f => File.WriteAllBytes(Path.Combine(f.Path, "b.txt"), Encoding.Latin1.GetBytes("Caf\u00E9 society met.")), 3, "b.txt: is not valid UTF-8 (byte 3 of the file); it may be Windows-1252"),
        ["UTF-16 without a BOM"] = (f => File.WriteAllBytes(Path.Combine(f.Path, "b.txt"), Encoding.Unicode.GetBytes("Talks resumed on Monday.")), 3, "b.txt: looks like UTF-16 without a byte-order mark"),
        ["broken UTF-16"] = (f => File.WriteAllBytes(Path.Combine(f.Path, "b.txt"), [0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00]), 3, "b.txt: is not valid UTF-16 (little-endian)"),
        ["link to a system file"] = (f => Replace(f, "b.txt").CreateAsSymbolicLink("/etc/passwd"), 3, "b.txt: leads outside the corpus folder (to /etc/passwd)"),
        ["link to a device"] = (f => Replace(f, "b.txt").CreateAsSymbolicLink("/dev/zero"), 3, "leads outside the corpus folder"),
        ["link through a linked folder"] = (f => { Directory.CreateSymbolicLink(Path.Combine(f.Path, "etc"), "/etc"); f.Write("corpus.json", "{\"documents\": [{\"id\": \"a\", \"file\": \"etc/hostname\"}]}"); }, 3, "leads outside the corpus folder"),
        ["a FIFO"] = (f => MakeFifo(Replace(f, "b.txt").FullName), 3, "b.txt: is not a regular file"),
        ["claims.json not JSON"] = (f => f.Write("claims.json", "{"), 3, "claims.json: not valid JSON"),
        ["claims.json quote not in the op-ed"] = (f => f.Write("claims.json", "{\"op_ed\": \"a\", \"claims\": [{\"id\": \"C1\", \"statement\": \"s\", \"quotes\": [\"not there\"]}]}"), 3, "claim C1: quote \"not there\" is not in document a"),
        ["claims.json unknown op-ed"] = (f => f.Write("claims.json", "{\"op_ed\": \"zz\", \"claims\": []}"), 3, "op_ed \"zz\" is not a document"),
        ["cues.txt unknown section"] = (f => f.Write("cues.txt", "[topics]\nveto\n"), 3, "cues.txt: line 1: unknown section [topics]"),
        ["cues.txt one frame"] = (f => f.Write("cues.txt", "[frames]\nbound\n"), 3, "[frames] names 1 frames; it needs exactly two"),
        ["declared gold missing"] = (f => f.Write("corpus.json", "{\"gold\": \"gold.json\", \"documents\": [{\"id\": \"a\", \"file\": \"a.txt\"}]}"), 3, "file \"gold.json\" (the gold file) does not exist"),
        ["gold with an unknown relation"] = (f => { f.Write("gold.json", "{\"judgements\": [{\"claim\": \"C\", \"document\": \"a\", \"relation\": \"refutes\"}]}"); f.Write("corpus.json", "{\"gold\": \"gold.json\", \"documents\": [{\"id\": \"a\", \"file\": \"a.txt\"}]}"); }, 3, "unknown relation \"refutes\""),
        ["synonyms not UTF-8"] = (f => File.WriteAllBytes(Path.Combine(f.Path, "synonyms.txt"), [0x61, 0xFF]), 3, "synonyms.txt: is not valid UTF-8"),
    };

    public static TheoryData<string> RefusedCases => [.. Refused.Keys];

    [Theory]
    [MemberData(nameof(RefusedCases))]
    public void Bad_input_is_refused_with_the_file_and_the_problem(string name)
    {
        using var folder = Corpus();
        var (setup, code, message) = Refused[name];
        setup(folder);
        var run = Export(folder);
        Assert.True(run.Code == code && run.Err.Contains(message, StringComparison.Ordinal), $"{name}: exit {run.Code}, stderr: {run.Err}");
        Assert.DoesNotContain("   at ", run.Err);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "out")) && Directory.EnumerateFiles(Path.Combine(folder.Path, "out")).Any(), "nothing is written");
    }

    [Theory]
    [InlineData("--target", "editorial", "--target: \"editorial\" is neither a document id nor a kind")]
    [InlineData("--op-ed", "zz", "--op-ed: no document with id \"zz\"")]
    [InlineData("--max-file-size", "lots", "--max-file-size takes a number of megabytes")]
    [InlineData("--bogus", "x", "Unrecognized command or argument '--bogus'.")]
    public void A_mistyped_command_exits_2(string option, string value, string message)
    {
        using var folder = Corpus();
        var run = WorkbookCli.Run("export", "--corpus", folder.Path, "--out", Path.Combine(folder.Path, "out"), option, value);
        Assert.Equal(2, run.Code);
        Assert.Contains(message, run.Err);
    }

    [Fact]
    public void Missing_and_empty_folders_exit_3()
    {
        Assert.Equal(3, WorkbookCli.Run("export", "--corpus", "/nonexistent/corpus", "--out", "/tmp/x").Code);
        using var empty = new TempFolder();
        var run = WorkbookCli.Run("export", "--corpus", empty.Path, "--out", Path.Combine(empty.Path, "out"));
        Assert.Equal((3, true), (run.Code, run.Err.Contains("no corpus.json and no .txt files")));
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_and_the_limit_can_be_raised()
    {
        using var folder = Corpus();
        var run = WorkbookCli.Run("export", "--corpus", folder.Path, "--out", Path.Combine(folder.Path, "out"), "--max-file-size", "0.00005");
        Assert.Equal(3, run.Code);
        Assert.Contains("over the limit of 50 B (raise it with --max-file-size)", run.Err);
        Assert.Equal(0, WorkbookCli.Run("export", "--corpus", folder.Path, "--out", Path.Combine(folder.Path, "out"), "--max-file-size", "1").Code);
    }

    [Fact]
    public void A_link_to_a_file_inside_the_corpus_is_read()
    {
        using var folder = Corpus();
        Directory.CreateDirectory(Path.Combine(folder.Path, "texts"));
        File.Move(Path.Combine(folder.Path, "b.txt"), Path.Combine(folder.Path, "texts", "b.txt"));
        File.CreateSymbolicLink(Path.Combine(folder.Path, "b.txt"), Path.Combine(folder.Path, "texts", "b.txt"));
        Assert.Equal(0, Export(folder).Code);
        Assert.Equal("b", CorpusWorkbook.Open(folder.Path).Corpus["b"].Id);
    }

    [Fact]
    public void Lone_cr_crlf_and_lf_line_ends_give_the_same_paragraphs()
    {
        var text = "Page menu\nOfficials met on Monday. Talks resumed.\nThe minister warned of delays.\nCritics disagreed, saying the plan was weak.\n";
        var paragraphs = new[] { "\n", "\r\n", "\r" }.Select(end =>
        {
            var corpus = Workbook.Corpora.Corpus.FromTexts([(new ManifestEntry("a", "a.txt", null, "news", null), text.Replace("\n", end))]);
            return corpus["a"].Paragraphs.Select(p => p.Text).ToList();
        }).ToList();
        Assert.Equal(4, paragraphs[0].Count);
        Assert.Equal(paragraphs[0], paragraphs[1]);
        Assert.Equal(paragraphs[0], paragraphs[2]);
    }

    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF }, "utf-8")]
    [InlineData(new byte[] { 0xFF, 0xFE }, "utf-16")]
    [InlineData(new byte[] { 0xFE, 0xFF }, "utf-16BE")]
    public void A_byte_order_mark_selects_the_encoding_and_is_not_part_of_the_text(byte[] mark, string encoding)
    {
        using var folder = new TempFolder();
        var body = Encoding.GetEncoding(encoding).GetBytes("Café talks resumed. Ministers met.");
        File.WriteAllBytes(Path.Combine(folder.Path, "a.txt"), [.. mark, .. body]);
        var document = CorpusWorkbook.Open(folder.Path).Corpus["a"];
        Assert.Equal("Café talks resumed. Ministers met.", document.Text);
        Assert.Equal(["Café talks resumed.", "Ministers met."], document.Sentences.Select(s => s.Text));
    }

    [Fact]
    public void Control_characters_are_read_as_spaces_with_a_warning_and_never_tokenized()
    {
        using var folder = Corpus();
        folder.Write("b.txt", "\0\0\0Talks\u001B[31m resumed.\0\u007F Ministers met.\0\0");
        var run = Export(folder);
        Assert.Equal(0, run.Code);
        Assert.Contains("warning: b.txt: 8 control characters (such as NUL or ESC) read as spaces", run.Err);
        var tokens = CsvReader.Read(File.ReadAllText(Path.Combine(folder.Path, "out", "tokens.csv"))).Skip(1).Where(r => r[0] == "b").Select(r => r[5]).ToList();
        Assert.Equal(["Talks", "[", "31m", "resumed", ".", "Ministers", "met", "."], tokens);
    }

    [Fact]
    public void Long_unbroken_text_cjk_and_emoji_are_read()
    {
        using var folder = Corpus();
        folder.Write("b.txt", "https://example.org/" + new string('x', 300) + "?q=1 is the source.\n");
        folder.Write("c.txt", "東京で会議が開かれた。大臣は遅れを警告した！本当か？\n");
        folder.Write("d.txt", "Talks 🎉🎉 resumed 👍. " + string.Concat(Enumerable.Repeat("🎉", 60)) + "\n");
        Assert.Equal(0, Export(folder).Code);
        var corpus = CorpusWorkbook.Open(folder.Path).Corpus;
        Assert.True(corpus["b"].Title.Length <= 81 && corpus["b"].Title.EndsWith('…'));
        Assert.Equal(["東京で会議が開かれた。", "大臣は遅れを警告した！", "本当か？"], corpus["c"].Sentences.Select(s => s.Text));
        Assert.False(char.IsHighSurrogate(corpus["d"].Title.TrimEnd('…')[^1]));
    }

    [Fact]
    public void A_one_document_corpus_exports_its_tables_and_its_argument_and_skips_comparisons_with_a_note()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", Essay);
        var run = Export(folder);
        Assert.Equal(0, run.Code);
        Assert.Contains("skipped keyness.csv: keyness needs a non-empty target and reference", run.Out);
        Assert.Contains("skipped relations.csv and evidence.csv: the claims comparison needs a report besides op-ed a, and there is none", run.Out);
        Assert.True(File.Exists(Path.Combine(folder.Path, "out", "tokens.csv")));
        Assert.True(File.Exists(Path.Combine(folder.Path, "out", "similarity.csv")));
        Assert.False(File.Exists(Path.Combine(folder.Path, "out", "evidence.csv")));

        var claims = CsvReader.Read(File.ReadAllText(Path.Combine(folder.Path, "out", "claims.csv")));
        var thesis = Assert.Single(claims.Skip(1), row => row[5] == "thesis");
        var sentence = "I believe that the old town should be closed to private cars.";
        Assert.Equal([$"{Essay.IndexOf(sentence, StringComparison.Ordinal)}", $"{Essay.IndexOf(sentence, StringComparison.Ordinal) + sentence.Length}"], thesis.GetRange(3, 2));
        Assert.Equal(["automatic", "for"], [thesis[2], thesis[7]]);
        Assert.Contains(claims.Skip(1), row => row[5] == "conclusion" && row[1].StartsWith("In conclusion, a town without cars"));
    }

    /// <summary>A short persuasive essay written for these tests: a title, an introduction, two body paragraphs and a conclusion.</summary>
    internal const string Essay = """
        Should the old town close its streets to cars?

        Every morning the narrow streets of the old town fill with traffic. Shop owners complain about noise and fumes. I believe that the old town should be closed to private cars.
        First of all, people who walk spend more time in small shops. A street without cars invites them to stop, look and buy. Cities that closed their centres saw more visitors within a year.
        Some people argue that drivers will stop coming to the town at all. However, buses and car parks at the edge of the town can bring them in. The shops lose no customers when the visitors still arrive.
        In conclusion, a town without cars in its centre would be quieter, healthier and richer. The council should act this year.
        """;

    [Fact]
    public void A_one_document_corpus_renders_with_the_comparisons_skipped_in_the_notebooks()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", Article);
        using var output = new TempFolder();
        var run = WorkbookCli.Run("render", "--corpus", folder.Path, "--out", output.Path, "--no-pictures");
        Assert.True(run.Code == 0, run.Err);
        var vocabulary = File.ReadAllText(Path.Combine(output.Path, "notebooks", "02-vocabulary.ipynb"));
        Assert.Contains("Skipped:* keyness needs a non-empty target and reference", vocabulary);
        var claims = File.ReadAllText(Path.Combine(output.Path, "notebooks", "05-claims-vs-reports.ipynb"));
        Assert.Contains("Skipped:* the claims comparison needs a report besides op-ed a", claims);
    }

    [Fact]
    public void A_misspelled_manifest_field_warns_with_a_suggestion()
    {
        using var folder = Corpus();
        folder.Write("corpus.json", "{\"documents\": [{\"id\": \"a\", \"file\": \"a.txt\", \"titel\": \"T\", \"Kind\": \"news\"}, {\"id\": \"b\", \"file\": \"b.txt\"}]}");
        var run = Export(folder);
        Assert.Equal(0, run.Code);
        Assert.Contains("documents[0] has an unknown field \"titel\", which is ignored (did you mean \"title\"?)", run.Err);
        Assert.Contains("documents[0] has an unknown field \"Kind\", which is ignored (did you mean \"kind\"?)", run.Err);
    }

    [Fact]
    public void Kwic_never_sends_control_characters_to_the_terminal()
    {
        using var folder = Corpus();
        folder.Write("b.txt", "The \u001B]0;owned\u0007 veto was rejected.");
        var run = WorkbookCli.Run("kwic", "veto", "--corpus", folder.Path);
        Assert.Equal(0, run.Code);
        Assert.False(run.Out.Replace(Environment.NewLine, "").Any(char.IsControl), run.Out);
    }

    private static TempFolder Corpus()
    {
        var folder = new TempFolder();
        folder.Write("a.txt", Article);
        folder.Write("b.txt", "Reporters said the talks had stalled. Officials denied it.\n");
        return folder;
    }

    private static (int Code, string Out, string Err) Export(TempFolder folder) =>
        WorkbookCli.Run("export", "--corpus", folder.Path, "--out", Path.Combine(folder.Path, "out"));

    private static FileInfo Replace(TempFolder folder, string name)
    {
        var file = new FileInfo(Path.Combine(folder.Path, name));
        file.Delete();
        return file;
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path])!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
