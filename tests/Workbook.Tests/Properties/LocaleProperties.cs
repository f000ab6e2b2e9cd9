using System.Diagnostics;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Workbook.Cli;
using Workbook.Corpora;
using Workbook.Export;
using Workbook.Notebooks;
using Workbook.Tests.Display;
using Workbook.Tests.Support;
using Xunit.Abstractions;

namespace Workbook.Tests.Properties;

/// <summary>
/// Every export is the same bytes under any culture the machine knows: numbers, percentages, casing ("list item",
/// not "list ıtem" under Turkish) and enum names never follow the locale. 10,000 cases of a random culture and text.
/// </summary>
[Collection(FormatterCollection.Name)]
public class LocaleProperties(ITestOutputHelper output)
{
    private const int Cases = 10_000;

    private static readonly CultureInfo[] Cultures = CultureInfo.GetCultures(CultureTypes.AllCultures)
        .Where(c => !c.Equals(CultureInfo.InvariantCulture)).OrderBy(c => c.Name, StringComparer.Ordinal).ToArray();

    private static readonly string[] Pieces =
    [
        "Officials said", " the talks", " would resume", " on Monday", ".", " 15 %", " 3.5", " 1,200", " −0.5", " I think", " we must",
        " clearly", " perhaps", " \u201CNo,\u201D she said.", " \u201CIt is over,\u201D the minister said.", " List item", " İstanbul",
        " ILLICIT", " according to a senior official", " \n", "\n\n", "\n- item one\n- item two\n", " Title\n\n", " however", " might",
    ];

    private static readonly Arbitrary<(CultureInfo Culture, string OpEd, string Report)> Samples =
        Gen.Elements(Cultures).SelectMany(culture => Text.SelectMany(opEd => Text.Select(report => (culture, opEd, report)))).ToArbitrary();

    private static Gen<string> Text => Gen.Choose(1, 40).SelectMany(n => Gen.ArrayOf(Gen.Elements(Pieces), n)).Select(string.Concat);

    [Fact]
    public void Any_culture_gives_byte_identical_exports()
    {
        var clock = Stopwatch.StartNew();
        Prop.ForAll(Samples, sample =>
        {
            var corpus = Corpus.FromTexts([(new ManifestEntry("op", "op.txt", null, "op-ed", null), sample.OpEd), (new ManifestEntry("news", "news.txt", null, "news", null), sample.Report)]);
            var invariant = Under(CultureInfo.InvariantCulture, () => Exports(corpus));
            var local = Under(sample.Culture, () => Exports(corpus));
            return invariant.SequenceEqual(local);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(Cases).WithQuietOnSuccess(true));
        output.WriteLine($"{Cases:N0} cases over {Cultures.Length} cultures in {clock.Elapsed.TotalSeconds:0.0} s");
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("fa-IR")]
    [InlineData("de-DE")]
    public void The_seed_exports_and_notebooks_are_the_same_bytes_under_a_culture_that_writes_numbers_and_letters_otherwise(string name)
    {
        var culture = CultureInfo.GetCultureInfo(name);
        var seeds = CorpusWorkbook.Open(Repository.Seeds);
        var invariant = Under(CultureInfo.InvariantCulture, () => Exports(seeds.Corpus));
        Assert.Equal(invariant, Under(culture, () => Exports(CorpusWorkbook.Open(Repository.Seeds).Corpus)));
        Assert.Equal(Under(CultureInfo.InvariantCulture, Rendered), Under(culture, Rendered));
    }

    [Theory]
    [InlineData("LC_ALL", "tr_TR.UTF-8")]
    [InlineData("LANG", "ar_SA.UTF-8")]
    [InlineData("LC_ALL", "fa_IR.UTF-8")]
    public void The_command_writes_the_same_bytes_under_any_locale_and_time_zone(string variable, string locale)
    {
        using var folder = new TempFolder();
        var exports = new[] { new Dictionary<string, string> { ["LC_ALL"] = "C", ["TZ"] = "UTC" }, new Dictionary<string, string> { [variable] = locale, ["TZ"] = "Asia/Kathmandu" } }
            .Select((environment, i) =>
            {
                var output = Path.Combine(folder.Path, $"out{i}");
                var run = WorkbookProcess.Run(environment, "export", "--corpus", Repository.Seeds, "--out", output);
                Assert.True(run.Code == 0, run.Err);
                return Directory.GetFiles(output).Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToList();
            }).ToList();
        Assert.Equal(exports[0].Count, exports[1].Count);
        foreach (var (first, second) in exports[0].Zip(exports[1])) Assert.True(first == second, $"{second.Item1} differs under {variable}={locale}");
    }

    /// <summary>The seed notebooks and site pages as text.</summary>
    private static List<string> Rendered()
    {
        var notebooks = SeedRender.Notebooks(out _);
        return [.. notebooks.Select(IpynbWriter.Write), .. SiteWriter.Pages(notebooks, null).Select(p => p.FileName + "\n" + p.Html)];
    }

    /// <summary>Every export file of <paramref name="corpus"/> as text, in export's order.</summary>
    private static List<string> Exports(Corpus corpus)
    {
        var wb = CorpusWorkbook.From(corpus, CorpusResources.General);
        var files = CorpusCsv.Files(wb.Corpus).ToList();
        foreach (var (_, make, _) in ExportCommand.Analyses(wb, new ExportScope(wb.OpEd, wb.Reports), TextWriter.Null)) files.AddRange(make());
        return files.Select(f => f.Name + "\n" + f.Content).ToList();
    }

    private static T Under<T>(CultureInfo culture, Func<T> work)
    {
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
        try { return work(); }
        finally { (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (before, beforeUi); }
    }
}
