using System.Text;
using Workbook.Tests.Display;
using Workbook.Tests.Support;

namespace Workbook.Tests.Cli;

/// <summary>
/// What a careless or hostile corpus does, item by item (issue 20): nothing of the analyst's is lost, nothing in
/// it runs or deceives, nothing hangs, and every failure is a clear message with its exit code.
/// </summary>
[Collection(FormatterCollection.Name)]
public class CarelessCorpusTests
{
    private const string Article = "Officials said on Monday that talks would resume. The minister warned of delays.\nCritics disagreed.\n";

    [Fact]
    public void Precomposed_and_decomposed_letters_are_one_word_and_two_ids_typed_two_ways_are_one_id()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "The caf\u00E9 opened. The CAF\u00C9 closed.\n");
        folder.Write("b.txt", "The cafe\u0301 was full. Another cafe\u0301 was empty.\n");
        var tables = ExportTables(folder);
        var norms = tables["tokens.csv"].Skip(1).Where(t => t[5].StartsWith("caf", StringComparison.Ordinal)).Select(t => t[6]).Distinct().ToList();
        Assert.Equal(["caf\u00E9"], norms);
        Assert.Single(tables["keyness.csv"], row => row[0].StartsWith("caf", StringComparison.Ordinal));
        var kwic = WorkbookCli.Run("kwic", "cafe\u0301", "--corpus", folder.Path);
        Assert.Equal(4, kwic.Out.Split('\n').Count(line => line.Contains("caf", StringComparison.OrdinalIgnoreCase)));

        folder.Write("corpus.json", "{\"documents\": [{\"id\": \"caf\u00E9\", \"file\": \"a.txt\"}, {\"id\": \"cafe\u0301\", \"file\": \"b.txt\"}]}");
        var run = WorkbookCli.Run("export", "--corpus", folder.Path, "--out", Path.Combine(folder.Path, "out2"));
        Assert.Equal(3, run.Code);
        Assert.Contains("id \"caf\u00E9\" is used more than once", run.Err);
    }

    [Fact]
    public void Invisible_characters_inside_a_word_leave_one_token_whose_offsets_keep_them()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Talks reached z\u200Bero progress and co\u00ADoperation stalled.\n");
        folder.Write("b.txt", "Officials said zero progress was made on cooperation.\n");
        var tokens = ExportTables(folder)["tokens.csv"].Skip(1).Where(t => t[0] == "a").ToList();
        var zero = Assert.Single(tokens, t => t[6] == "zero");
        Assert.Equal("z\u200Bero", zero[5]);
        Assert.Equal(5, int.Parse(zero[4]) - int.Parse(zero[3]));
        Assert.Single(tokens, t => t[6] == "cooperation");
        Assert.DoesNotContain(tokens, t => t[5].Contains('\u200B') && t[5].Length == 1);
    }

    [Fact]
    public void Keyness_never_writes_negative_zero()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Talks resumed slowly on a cold Monday morning.\n");
        folder.Write("b.txt", "Talks stalled again.\n");
        var keyness = ExportTables(folder, "--target", "a", "--reference", "b")["keyness.csv"];
        Assert.NotEmpty(keyness.Skip(1));
        Assert.DoesNotContain(keyness.SelectMany(r => r), field => field == "-0");
    }

    [Fact]
    public void Csv_exports_are_safe_to_open_in_a_spreadsheet_and_raw_text_is_kept_on_request()
    {
        using var folder = new TempFolder();
        folder.Write("=HYPERLINK(1).txt", "=HYPERLINK(\"http://x\",\"y\"), the officials said.\n\n+cmd|' /C calc'!A0 was rejected.\n\n@SUM(1,2) and -2+3 followed.\n");
        folder.Write("b.txt", "Officials said talks would resume.\n");
        var safe = ExportTables(folder);
        var fields = safe.Values.SelectMany(rows => rows.Skip(1)).SelectMany(row => row).ToList();
        Assert.DoesNotContain(fields, f => f.Length > 0 && "=+-@\t\r".Contains(f[0]) && !double.TryParse(f, System.Globalization.CultureInfo.InvariantCulture, out _));
        Assert.Contains(safe["documents.csv"], row => row[0] == "'=HYPERLINK(1)");
        Assert.Contains(safe["paragraphs.csv"], row => row[5] == "'=HYPERLINK(\"http://x\",\"y\"), the officials said.");
        var kwic = WorkbookCli.Run("kwic", "rejected", "--corpus", folder.Path, "--out", Path.Combine(folder.Path, "kwic"));
        Assert.Equal(0, kwic.Code);
        Assert.DoesNotContain(CsvReader.Read(File.ReadAllText(Path.Combine(folder.Path, "kwic", "kwic.csv"))).Skip(1).SelectMany(r => r), f => f.StartsWith('+') || f.StartsWith('='));

        var raw = ExportTables(folder, "--raw-text");
        Assert.Contains(raw["paragraphs.csv"], row => row[5] == "+cmd|' /C calc'!A0 was rejected.");
        Assert.Contains(raw["documents.csv"], row => row[0] == "=HYPERLINK(1)");
    }

    [Fact]
    public void A_right_to_left_override_in_an_id_or_title_cannot_reverse_the_site_around_it()
    {
        using var folder = new TempFolder();
        folder.Write("corpus.json", "{\"documents\": [{\"id\": \"op\u202Eed\", \"file\": \"a.txt\", \"kind\": \"op-ed\", \"title\": \"\u202EKeyness \u0645\u0631\u062D\u0628\u0627\"}, {\"id\": \"\u202Enews\", \"file\": \"b.txt\", \"kind\": \"news\"}]}");
        folder.Write("a.txt", "We must act now. I think the plan is clearly wrong, and critics said so.\n\nThe plan will fail. Therefore we must change it.\n");
        folder.Write("b.txt", "Officials said on Monday that the plan would go ahead. Critics disagreed, a senior official said.\n");
        var output = Path.Combine(folder.Path, "out");
        var run = WorkbookCli.Run("render", "--corpus", folder.Path, "--out", output, "--no-pictures");
        Assert.True(run.Code == 0, run.Err);
        var pages = Directory.GetFiles(Path.Combine(output, "site"), "*.html");
        var overrides = 0;
        foreach (var page in pages)
        {
            var html = File.ReadAllText(page);
            for (var at = html.IndexOf('\u202E'); at >= 0; at = html.IndexOf('\u202E', at + 1))
            {
                overrides++;
                var isolated = html.LastIndexOf('\u2068', at) > html.LastIndexOf('\u2069', at);
                var cell = html.LastIndexOf("<td", at, StringComparison.Ordinal);
                var inAutoCell = cell >= 0 && html.IndexOf("</td>", cell, StringComparison.Ordinal) > at && html.IndexOf("dir=\"auto\"", cell, StringComparison.Ordinal) is var dir && dir >= 0 && dir < at;
                Assert.True(isolated || inAutoCell, $"{Path.GetFileName(page)}: U+202E at {at} is not isolated: …{html[Math.Max(0, at - 80)..Math.Min(html.Length, at + 40)]}…");
            }
        }
        Assert.True(overrides > 10, $"only {overrides} overrides found in the rendered pages");
    }

    [Fact]
    public void Messages_that_quote_a_file_name_send_no_escape_or_bidi_control_to_the_terminal()
    {
        using var folder = new TempFolder();
        folder.Write("a\u001B]0;owned\u0007\u202E.txt", "Officials said\u0000 talks would resume.\n");
        folder.Write("b.txt", "Officials said talks would resume.\n");
        var run = WorkbookCli.Run("export", "--corpus", folder.Path, "--out", Path.Combine(folder.Path, "out\u001B[2J"));
        Assert.Equal(0, run.Code);
        Assert.Contains("a\\u001B]0;owned\\u0007\\u202E.txt", run.Err);
        Assert.DoesNotContain(run.Err + run.Out, c => (char.IsControl(c) && c != '\n') || c == '\u202E');
        folder.Write("corpus.json", "{\"documents\": [{\"id\": \"x\", \"file\": \"gone\\u001B[31m.txt\"}]}");
        var refused = WorkbookCli.Run("export", "--corpus", folder.Path, "--out", Path.Combine(folder.Path, "out2"));
        Assert.Equal(3, refused.Code);
        Assert.Contains("gone\\u001B[31m.txt", refused.Err);
    }

    [Fact]
    public void Stance_refuses_to_overwrite_its_input_and_a_body_id_given_twice()
    {
        using var folder = new TempFolder();
        var pairs = folder.Write("pairs.csv", "Headline,Body ID\nTalks resume,1\n");
        var bodies = folder.Write("bodies.csv", "Body ID,articleBody\n1,Officials said talks would resume.\n1,A second body with the same id.\n");
        var overwrite = WorkbookCli.Run("stance", "--pairs", pairs, "--bodies", bodies, "--out", pairs);
        Assert.Equal((2, true), (overwrite.Code, overwrite.Err.Contains("is the --pairs file", StringComparison.Ordinal)));
        Assert.Equal("Headline,Body ID\nTalks resume,1\n", File.ReadAllText(pairs));
        var twice = WorkbookCli.Run("stance", "--pairs", pairs, "--bodies", bodies, "--out", Path.Combine(folder.Path, "out.csv"));
        Assert.Equal(3, twice.Code);
        Assert.Contains("bodies.csv: Body ID \"1\" has 2 rows", twice.Err);
    }

    [Fact]
    public void A_document_that_is_one_long_line_of_numbers_keeps_its_words_and_a_short_counter_is_still_chrome()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", string.Join(' ', Enumerable.Range(1, 40).Select(i => (i * 37).ToString(System.Globalization.CultureInfo.InvariantCulture))) + "\n");
        folder.Write("b.txt", "1.2k 345\n\nOfficials said talks would resume.\n");
        var tables = ExportTables(folder);
        Assert.Equal("40", tables["documents.csv"].Single(r => r[0] == "a")[7]);
        Assert.Equal(["b", "1", "counter", "1.2k 345"], tables["cleaning.csv"].Skip(1).Single());
    }

    [Fact]
    public void A_corpus_of_punctuation_only_renders()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "... !!! ??? ---\n");
        folder.Write("b.txt", ";;; ,,, ...\n");
        var run = WorkbookCli.Run("render", "--corpus", folder.Path, "--out", Path.Combine(folder.Path, "out"), "--no-pictures");
        Assert.True(run.Code == 0, run.Err);
    }

    [Theory]
    [InlineData("{\"judgements\": [{\"claim\": \"C9\", \"document\": \"news1\", \"relation\": \"supports\"}]}", "a judgement names claim \"C9\", which op-ed op does not have (claims: C1)")]
    [InlineData("{\"judgements\": [{\"claim\": \"C1\", \"document\": \"op\", \"relation\": \"supports\"}]}", "names document \"op\", which is not one of the reports compared with op-ed op (reports: news1)")]
    public void A_gold_file_naming_a_claim_or_report_outside_the_comparison_is_refused_when_the_corpus_loads(string gold, string message)
    {
        using var folder = new TempFolder();
        folder.Write("op.txt", "We must act now, because the plan will fail.\n");
        folder.Write("news1.txt", "Officials said the plan would go ahead.\n");
        folder.Write("claims.json", "{\"op_ed\": \"op\", \"claims\": [{\"id\": \"C1\", \"statement\": \"The plan will fail.\", \"quotes\": [\"the plan will fail\"]}]}");
        folder.Write("gold.json", gold);
        folder.Write("corpus.json", "{\"gold\": \"gold.json\", \"documents\": [{\"id\": \"op\", \"file\": \"op.txt\", \"kind\": \"op-ed\"}, {\"id\": \"news1\", \"file\": \"news1.txt\", \"kind\": \"news\"}]}");
        foreach (var command in new[] { "export", "render" })
        {
            var run = WorkbookCli.Run([command, "--corpus", folder.Path, "--out", Path.Combine(folder.Path, "out"), .. command == "render" ? ["--no-pictures"] : Array.Empty<string>()]);
            Assert.True(run.Code == 3 && run.Err.Contains(message, StringComparison.Ordinal), $"{command}: exit {run.Code}: {run.Err}");
        }
    }

    [Fact]
    public void An_id_that_is_also_a_kind_and_a_group_compared_with_itself_are_clear()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Officials said talks would resume.\n");
        folder.Write("b.txt", "Critics said the plan was weak.\n");
        var same = WorkbookCli.Run("export", "--corpus", folder.Path, "--out", Path.Combine(folder.Path, "out"), "--target", "a", "--reference", "a");
        Assert.Equal((2, true), (same.Code, same.Err.Contains("--target and --reference share document \"a\"", StringComparison.Ordinal)));
        folder.Write("corpus.json", "{\"documents\": [{\"id\": \"news\", \"file\": \"a.txt\", \"kind\": \"op-ed\"}, {\"id\": \"b\", \"file\": \"b.txt\", \"kind\": \"news\"}]}");
        var run = WorkbookCli.Run("export", "--corpus", folder.Path, "--out", Path.Combine(folder.Path, "out"));
        Assert.True(run.Code == 0, run.Err);
        Assert.Equal(["b"], CorpusWorkbook.Open(folder.Path).Reports.Ids);
    }

    [Fact]
    public void Out_as_the_corpus_folder_is_refused_and_texts_in_subfolders_are_named_in_a_warning()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Officials said talks would resume.\n");
        Directory.CreateDirectory(Path.Combine(folder.Path, "more"));
        folder.Write("more/b.txt", "Critics said the plan was weak.\n");
        foreach (var command in new[] { "export", "render" })
        {
            var run = WorkbookCli.Run([command, "--corpus", folder.Path, "--out", folder.Path + "/", .. command == "render" ? ["--no-pictures"] : Array.Empty<string>()]);
            Assert.True(run.Code == 2 && run.Err.Contains("is the corpus folder itself", StringComparison.Ordinal), $"{command}: {run.Code} {run.Err}");
        }
        Assert.Equal(["a.txt", "more"], Directory.EnumerateFileSystemEntries(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var export = WorkbookCli.Run("export", "--corpus", folder.Path, "--out", Path.Combine(folder.Path, "out"));
        Assert.Equal(0, export.Code);
        Assert.Contains("1 .txt file in subfolders (more/b.txt) not read", export.Err);
    }

    [Theory]
    [InlineData("INT", 130)]
    [InlineData("TERM", 143)]
    public async Task A_signal_stops_a_render_at_once_and_leaves_the_earlier_outputs_whole(string signal, int code)
    {
        using var folder = new TempFolder();
        var corpus = Directory.CreateDirectory(Path.Combine(folder.Path, "corpus")).FullName;
        var paragraphs = CorpusWorkbook.Open(Repository.Seeds).Corpus.Documents.SelectMany(d => d.Paragraphs).Select(p => p.Text).Where(p => p.Length > 80).ToList();
        for (var i = 0; i < 4000; i++)
            File.WriteAllText(Path.Combine(corpus, $"d{i:D4}.txt"), paragraphs[i % paragraphs.Count] + "\n\n" + paragraphs[(i * 7 + 3) % paragraphs.Count] + "\n");
        var output = Path.Combine(folder.Path, "out");
        Directory.CreateDirectory(Path.Combine(output, "site"));
        File.WriteAllText(Path.Combine(output, "site", "index.html"), "earlier");
        File.WriteAllText(Path.Combine(output, "site", "logo.png"), "the analyst's own");
        using var render = WorkbookProcess.Start(new Dictionary<string, string>(), "render", "--corpus", corpus, "--out", output, "--no-pictures");
        var stderr = render.StandardError.ReadToEndAsync();
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.False(render.HasExited, "the render ended before the signal; the test corpus is too small for this machine");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using (var kill = System.Diagnostics.Process.Start("kill", ["-" + signal, render.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) kill.WaitForExit();
        Assert.True(render.WaitForExit(TimeSpan.FromSeconds(20)), "the render went on after the signal");
        var stopped = clock.Elapsed;
        Assert.Equal(code, render.ExitCode);
        Assert.Contains("stopped; the earlier outputs are as they were", await stderr);
        Assert.True(stopped < TimeSpan.FromSeconds(5), $"stopped {stopped.TotalSeconds:0.0} s after the signal");
        Assert.Equal("earlier", File.ReadAllText(Path.Combine(output, "site", "index.html")));
        Assert.Empty(Directory.GetDirectories(folder.Path, ".*staging*", SearchOption.AllDirectories));
        Assert.Empty(Directory.GetDirectories(output, ".*staging*"));
    }

    [Fact]
    public void A_render_keeps_the_analysts_own_files_in_the_site_and_a_re_export_removes_tables_it_no_longer_writes()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Officials said talks would resume.\n");
        folder.Write("b.txt", "Critics said the plan was weak.\n");
        var output = Path.Combine(folder.Path, "out");
        Directory.CreateDirectory(Path.Combine(output, "site"));
        File.WriteAllText(Path.Combine(output, "site", "logo.png"), "the analyst's own");
        Assert.Equal(0, WorkbookCli.Run("render", "--corpus", folder.Path, "--out", output, "--no-pictures").Code);
        Assert.Equal("the analyst's own", File.ReadAllText(Path.Combine(output, "site", "logo.png")));
        Assert.True(File.Exists(Path.Combine(output, "site", "index.html")));

        var tables = Path.Combine(folder.Path, "tables");
        Assert.Equal(0, WorkbookCli.Run("export", "--corpus", folder.Path, "--out", tables, "--target", "a", "--reference", "b").Code);
        Assert.True(File.Exists(Path.Combine(tables, "keyness.csv")));
        File.WriteAllText(Path.Combine(tables, "notes.txt"), "mine");
        File.Delete(Path.Combine(folder.Path, "b.txt"));
        var again = WorkbookCli.Run("export", "--corpus", folder.Path, "--out", tables);
        Assert.Equal(0, again.Code);
        Assert.Contains("skipped keyness.csv", again.Out);
        Assert.False(File.Exists(Path.Combine(tables, "keyness.csv")), "an earlier corpus's keyness.csv stayed beside the new tables");
        Assert.False(File.Exists(Path.Combine(tables, "relations.csv")));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(tables, "notes.txt")));
    }

    [Fact]
    public void A_database_another_program_holds_a_lock_on_is_not_replaced_under_it()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Officials said talks would resume.\n");
        folder.Write("b.txt", "Critics said the plan was weak.\n");
        var output = Path.Combine(folder.Path, "db");
        Assert.Equal(0, WorkbookCli.Run("export", "--format", "sqlite", "--corpus", folder.Path, "--out", output).Code);
        var database = Path.Combine(output, "workbook.db");
        var before = File.ReadAllBytes(database);
        using (var holder = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database};Pooling=False"))
        {
            holder.Open();
            using (var begin = holder.CreateCommand())
            {
                begin.CommandText = "BEGIN EXCLUSIVE;";
                begin.ExecuteNonQuery();
            }
            var run = WorkbookCli.Run("export", "--format", "sqlite", "--corpus", folder.Path, "--out", output);
            Assert.Equal(1, run.Code);
            Assert.Contains("workbook.db: another program holds a lock on it", run.Err);
        }
        Assert.Equal(before, File.ReadAllBytes(database));
        Assert.Single(Directory.GetFiles(output));
    }

    [Fact]
    public void Output_that_cannot_be_written_is_a_message_not_a_stack_trace()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Officials said talks would resume.\n");
        var file = folder.Write("taken", "a file where the output folder should be");
        foreach (var format in new[] { "csv", "sqlite" })
        {
            var run = WorkbookCli.Run("export", "--format", format, "--corpus", folder.Path, "--out", file);
            Assert.True(run.Code == 1 && !run.Err.Contains("   at ", StringComparison.Ordinal) && !run.Err.Contains("internal error", StringComparison.Ordinal), $"{format}: {run.Code} {run.Err}");
        }
        var root = WorkbookCli.Run("export", "--corpus", folder.Path, "--out", "/");
        Assert.True(root.Code == 1 && root.Err.Contains("root of the file system", StringComparison.Ordinal), root.Err);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("sqlite")]
    public void A_file_size_limit_is_a_message_and_leaves_nothing_half_written(string format)
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "out");
        // ulimit -f counts KiB; the runtime's own start needs W^X double mapping off under so small a limit.
        var script = $"ulimit -f 100; DOTNET_EnableWriteXorExecute=0 exec dotnet '{WorkbookProcess.Assembly}' export --format {format} --corpus '{Repository.Seeds}' --out '{output}'";
        var start = new System.Diagnostics.ProcessStartInfo("bash", ["-c", script]) { RedirectStandardError = true, RedirectStandardOutput = true };
        using var run = System.Diagnostics.Process.Start(start)!;
        var stderr = run.StandardError.ReadToEnd();
        run.WaitForExit();
        Assert.True(run.ExitCode == 1, $"exit {run.ExitCode}: {stderr}");
        Assert.Contains(format == "csv" ? "larger than this system lets a file grow" : "cannot be written (a read-only or full disk, or a file-size limit)", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.Empty(Directory.Exists(output) ? Directory.GetFileSystemEntries(output) : []);
        Assert.Empty(Directory.GetDirectories(folder.Path, ".*staging*"));
    }

    private static Dictionary<string, List<List<string>>> ExportTables(TempFolder folder, params string[] options)
    {
        var output = Path.Combine(folder.Path, "out");
        var run = WorkbookCli.Run(["export", "--corpus", folder.Path, "--out", output, .. options]);
        Assert.True(run.Code == 0, run.Err);
        return Directory.GetFiles(output, "*.csv").ToDictionary(f => Path.GetFileName(f), f => CsvReader.Read(File.ReadAllText(f, Encoding.UTF8)));
    }
}
