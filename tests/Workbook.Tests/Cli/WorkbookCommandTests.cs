using Workbook.Tests.Display;
using Workbook.Tests.Support;

namespace Workbook.Tests.Cli;

[Collection(FormatterCollection.Name)]
public class WorkbookCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => WorkbookCli.Run(args);

    [Fact]
    public void Arguments_writes_every_texts_claims_in_the_scorers_layout_with_offsets_into_the_raw_text()
    {
        using var folder = new TempFolder();
        folder.Write("essay1.txt", BadInputTests.Essay);
        folder.Write("essay2.txt", "A second essay\n\nIn my opinion, every town needs a library. Books cost money.\nLibraries lend books for free. Therefore, a library makes reading cheap for everyone.\nPeople meet in libraries. They talk.\nTo sum up, a town without a library is poorer. Every council should fund one.\n");
        var output = Path.Combine(folder.Path, "out", "claims.csv");
        var run = WorkbookCli.Run("arguments", "--corpus", folder.Path, "--out", output);
        Assert.True(run.Code == 0, run.Err);
        Assert.Equal("wrote 9 claims of 2 texts to " + output + "\n", run.Out.ReplaceLineEndings("\n"));
        var rows = CsvReader.Read(File.ReadAllText(output));
        Assert.Equal(["essay", "start", "end", "role", "claim_id", "argument_role", "stance", "text"], rows[0]);
        var texts = new Dictionary<string, string> { ["essay1"] = BadInputTests.Essay, ["essay2"] = File.ReadAllText(Path.Combine(folder.Path, "essay2.txt")) };
        Assert.All(rows.Skip(1), row => Assert.Equal(row[7], texts[row[0]][int.Parse(row[1])..int.Parse(row[2])]));
        Assert.Equal(["thesis", "claim", "claim", "claim", "thesis", "thesis", "claim", "claim", "thesis"], rows.Skip(1).Select(r => r[3]));
        Assert.Equal("against", rows[3][6]);
        Assert.Equal(2, WorkbookCli.Run("arguments", "--corpus", folder.Path, "--out", output, "--body-claims", "every").Code);
    }

    [Fact]
    public void Help_lists_commands_and_each_command_has_help()
    {
        var (code, output, _) = Run("--help");
        Assert.Equal(0, code);
        Assert.Contains("render", output);
        Assert.Contains("export", output);
        Assert.Contains("--no-pictures", Run("render", "--help").Out);
        Assert.Contains("--out", Run("export", "-h").Out);
    }

    [Fact]
    public void Usage_errors_exit_2_on_stderr_with_suggestions()
    {
        var unknown = Run("frobnicate");
        Assert.Equal(2, unknown.Code);
        Assert.Contains("Unrecognized command or argument 'frobnicate'.", unknown.Err);
        Assert.Contains("see: workbook --help", unknown.Err);
        Assert.Equal(2, Run("export").Code);
        Assert.Contains("Option '--out' is required.", Run("export").Err);
        Assert.Contains("Required argument missing for option: '--out'.", Run("export", "--out").Err);
        var typo = Run("render", "--copus", "x");
        Assert.Equal(2, typo.Code);
        Assert.Contains("Unrecognized command or argument '--copus'.", typo.Err);
        Assert.Contains("'--copus' was not matched. Did you mean one of the following?\n--corpus", typo.Out.ReplaceLineEndings("\n"));
        Assert.Equal(2, Run("kwic").Code);
    }

    [Fact]
    public void Without_a_command_it_shows_help_and_a_response_file_supplies_arguments()
    {
        var (code, output, _) = Run();
        Assert.Equal(0, code);
        Assert.Contains("kwic <PATTERN>", output);
        using var folder = new TempFolder();
        var response = Path.Combine(folder.Path, "kwic.rsp");
        File.WriteAllLines(response, ["kwic", "veto*", "--window", "2", "--corpus", Repository.Seeds]);
        var run = Run("@" + response);
        Assert.True(run.Code == 0, run.Err);
        Assert.Contains("[veto]", run.Out);
    }

    [Fact]
    public void Bad_corpus_exits_3_naming_the_file()
    {
        using var corpus = new TempFolder();
        corpus.Write("corpus.json", "{\"documents\": [{\"id\": \"a\", \"file\": \"gone.txt\"}]}");
        using var output = new TempFolder();
        var (code, _, err) = Run("export", "--corpus", corpus.Path, "--out", output.Path);
        Assert.Equal(3, code);
        Assert.Contains("corpus.json: file \"gone.txt\" of \"a\" does not exist", err);
        Assert.Empty(Directory.GetFiles(output.Path));
    }

    [Fact]
    public void Export_writes_the_corpus_vocabulary_and_claims_files()
    {
        using var output = new TempFolder();
        var (code, stdout, _) = Run("export", "--corpus", Repository.Seeds, "--out", output.Path);
        Assert.Equal(0, code);
        Assert.Equal($"wrote 15 files to {output.Path}", stdout.Trim());
        Assert.Equal(["actors.csv", "claims.csv", "cleaning.csv", "documents.csv", "evidence.csv", "frames.csv", "keyness.csv", "markers.csv", "paragraphs.csv", "quotes.csv", "relations.csv", "sentences.csv", "similarity.csv", "tokens.csv", "tone.csv"],
            Directory.GetFiles(output.Path).Select(Path.GetFileName).Order());
        var keyness = CsvReader.Read(File.ReadAllText(Path.Combine(output.Path, "keyness.csv")));
        Assert.Equal(["term", "target_count", "reference_count", "g2", "chi2", "log_ratio", "p"], keyness[0]);
        Assert.Equal(25, CsvReader.Read(File.ReadAllText(Path.Combine(output.Path, "similarity.csv"))).Count - 1);
    }

    [Fact]
    public void Export_takes_target_and_reference_groups_and_rejects_unknown_ones()
    {
        using var output = new TempFolder();
        Assert.Equal(0, Run("export", "--corpus", Repository.Seeds, "--out", output.Path, "--target", "002", "--reference", "001,003").Code);
        var keyness = CsvReader.Read(File.ReadAllText(Path.Combine(output.Path, "keyness.csv")));
        var consent = keyness.Single(r => r[0] == "consent");
        int Count(params string[] ids) => Repository.Seed.Tokens.Count(t => ids.Contains(t.DocumentId) && t.Norm == "consent");
        Assert.Equal((Count("002"), Count("001", "003")), (int.Parse(consent[1]), int.Parse(consent[2])));
        Assert.Equal((3, 5), (Count("002"), Count("001", "003")));
        var (code, _, err) = Run("export", "--corpus", Repository.Seeds, "--out", output.Path, "--target", "editorial");
        Assert.Equal((2, true), (code, err.Contains("\"editorial\" is neither a document id nor a kind")));
    }

    [Fact]
    public void Export_compares_any_op_ed_with_any_reports()
    {
        using var output = new TempFolder();
        Assert.Equal(0, Run("export", "--corpus", Repository.Seeds, "--out", output.Path, "--op-ed", "000", "--reports", "001,002").Code);
        List<List<string>> Read(string name) => CsvReader.Read(File.ReadAllText(Path.Combine(output.Path, name)));
        var claims = Read("claims.csv");
        Assert.Equal(["claim_id", "statement", "source", "start", "end", "role", "section", "stance"], claims[0]);
        Assert.Equal(13, claims.Count - 1);
        Assert.All(claims.Skip(1), c => Assert.Equal("analyst", c[2]));
        var relations = Read("relations.csv");
        Assert.Equal(["claim_id", "document_id", "relation", "cues", "own_voice", "reported", "speakers"], relations[0]);
        Assert.Equal(12, relations.Count - 1);
        Assert.All(relations.Skip(1), r => Assert.Contains(r[2], new[] { "supports", "contradicts", "mixed", "discusses", "not addressed" }));
        var evidence = Read("evidence.csv");
        Assert.Equal(["claim_id", "document_id", "rank", "score", "start", "end", "text", "voice", "speaker"], evidence[0]);
        Assert.Equal(6 * 2 * 5, evidence.Count - 1);
        Assert.All(evidence.Skip(1), e => Assert.Equal(e[6], Repository.Seed[e[1]].Slice(int.Parse(e[4]), int.Parse(e[5]))));

        Assert.Equal(0, Run("export", "--corpus", Repository.Seeds, "--out", output.Path, "--op-ed", "004", "--reports", "news").Code);
        Assert.All(Read("claims.csv").Skip(1), c => Assert.Equal("automatic", c[2]));
    }

    [Fact]
    public void Bench_reports_throughput_side_by_side_without_judging_it()
    {
        var (code, stdout, _) = Run("bench", "--megabytes", "0.05", "--corpus", Repository.Seeds);
        Assert.Equal(0, code);
        Assert.Matches(@"^0\.1 MB in 10 documents, best of 5 rounds:", stdout);
        Assert.Matches(@"pipeline +[0-9.]+ MB/s +[0-9.]+ M tokens/s", stdout);
        Assert.Matches(@"pipeline takes [0-9.]+× the tokenizer's time", stdout);
        Assert.Contains("each analysis once over the 5 documents as read, in export's order:", stdout);
        foreach (var analysis in new[] { "keyness", "similarity", "stance markers", "quotations", "actors", "frames", "tone", "claims" })
            Assert.Matches($@"
  {analysis} +[0-9]+\.[0-9]{{2}} s", stdout);
        Assert.Equal(2, Run("bench", "--megabytes", "lots").Code);
    }

    [Theory]
    [InlineData("--megabytes", "NaN")]
    [InlineData("--megabytes", "Infinity")]
    [InlineData("--documents", "1")]
    public void Bench_refuses_a_size_that_is_not_a_finite_number_in_range(string option, string value)
    {
        var (code, _, stderr) = Run("bench", option, value, "--corpus", Repository.Seeds);
        Assert.Equal(2, code);
        Assert.Contains($"{option} takes a", stderr);
    }

    [Fact]
    public void Bench_times_render_against_export_over_small_documents_side_by_side()
    {
        var (code, stdout, _) = Run("bench", "--documents", "12", "--corpus", Repository.Seeds);
        Assert.Equal(0, code);
        Assert.Matches(@"^12 documents of 3 paragraphs: export [0-9]+\.[0-9]{2} s, render [0-9]+\.[0-9]{2} s; render takes [0-9]+\.[0-9]{2}× export's time", stdout);
    }

    [Fact]
    public void Kwic_prints_matches_and_writes_kwic_csv()
    {
        using var output = new TempFolder();
        var (code, stdout, _) = Run("kwic", "veto*", "--window", "3", "--corpus", Repository.Seeds, "--out", output.Path);
        Assert.Equal(0, code);
        Assert.Contains("[veto]", stdout);
        Assert.Contains("3 matches", stdout);
        var rows = CsvReader.Read(File.ReadAllText(Path.Combine(output.Path, "kwic.csv")));
        Assert.Equal(["document_id", "position", "left", "keyword", "right", "start", "end"], rows[0]);
        Assert.All(rows.Skip(1), r => Assert.Equal(r[3], Repository.Seed[r[0]].Slice(int.Parse(r[5]), int.Parse(r[6]))));
        Assert.Equal(2, Run("kwic", "veto", "--window", "many").Code);
    }

    [Fact]
    public void Rendering_another_corpus_needs_out_and_never_touches_the_repository_notebooks()
    {
        using var corpus = new TempFolder();
        corpus.Write("x.txt", "A Headline\nA body sentence about consent. Another one about approval.");
        corpus.Write("y.txt", "Second Story\nOfficials want Russian consent before troops move.");
        corpus.Write("z.txt", "Third Story\nNo veto for Moscow, said the minister.");
        Assert.Equal(2, Run("render", "--corpus", corpus.Path).Code);

        using var output = new TempFolder();
        var before = File.ReadAllBytes(Path.Combine(Repository.Notebooks, "01-corpus.ipynb"));
        var (code, _, err) = Run("render", "--corpus", corpus.Path, "--out", output.Path, "--no-pictures");
        Assert.True(code == 0, err);
        Assert.True(File.Exists(Path.Combine(output.Path, "notebooks", "01-corpus.ipynb")));
        Assert.Contains("Keyness: x (right) against not x (left)", File.ReadAllText(Path.Combine(output.Path, "notebooks", "02-vocabulary.ipynb")));
        Assert.True(File.Exists(Path.Combine(output.Path, "site", "index.html")));
        var rhetoric = File.ReadAllText(Path.Combine(output.Path, "notebooks", "03-rhetoric.ipynb"));
        foreach (var chart in new[] { "Stance and engagement markers per 1,000 words", "Opinion or reporting?", "Frames: the share of each document", "Tone along each text" })
            Assert.Contains($"Chart: {chart}", rhetoric);
        var sources = File.ReadAllText(Path.Combine(output.Path, "notebooks", "04-sources-and-actors.ipynb"));
        Assert.Contains("Chart: Who each document names (aliases folded)", sources);
        Assert.Contains("Russia", sources);
        Assert.Contains("without a static picture", err);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(Repository.Notebooks, "01-corpus.ipynb")));
        var setup = File.ReadAllText(Path.Combine(output.Path, "notebooks", "01-corpus.ipynb"));
        Assert.Contains($"CorpusWorkbook.Open(\\\"{Path.GetRelativePath(Path.Combine(output.Path, "notebooks"), corpus.Path)}\\\")", setup);
    }
}
