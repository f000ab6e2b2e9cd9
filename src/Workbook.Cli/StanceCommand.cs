using System.Globalization;
using Workbook.Claims;
using Workbook.Corpora;
using Workbook.Export;
using Workbook.Files;
using Workbook.Text;

namespace Workbook.Cli;

/// <summary>
/// <c>workbook stance</c>: labels headline–body pairs in the FNC-1 layout (PAIRS.csv: Headline, Body ID; BODIES.csv: Body ID,
/// articleBody), writes PREDICTIONS.csv (Headline, Body ID, Stance, relation, evidence, cues), and with --gold prints the scores
/// (and with --record FILE also keeps them as JSON, the form the library ships its development figures in).
/// </summary>
public static class StanceCommand
{
    /// <summary>Runs the command; returns the exit code.</summary>
    public static int Run(Arguments arguments, TextWriter stdout)
    {
        string Required(string option) => arguments.Option(option) ?? throw new UsageException($"stance needs {option} FILE");
        var (pairsPath, bodiesPath, outPath) = (Required("--pairs"), Required("--bodies"), Required("--out"));
        foreach (var input in new[] { ("--pairs", pairsPath), ("--bodies", bodiesPath), ("--gold", arguments.Option("--gold")) })
            if (input.Item2 is { } path && string.Equals(Path.GetFullPath(path), Path.GetFullPath(outPath), StringComparison.Ordinal))
                throw new UsageException($"--out {outPath} is the {input.Item1} file; give another file, so the input is not overwritten");
        var pairs = CsvRecords.Read(pairsPath, StrictText.Read(pairsPath), "Headline", "Body ID").Select(r => (r["Headline"], r["Body ID"])).ToList();
        var bodyRows = CsvRecords.Read(bodiesPath, StrictText.Read(bodiesPath), "Body ID", "articleBody");
        var twice = bodyRows.GroupBy(r => r["Body ID"], StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null) throw new CorpusException(bodiesPath, $"Body ID \"{twice.Key}\" has {twice.Count()} rows; each body needs one");
        var bodies = bodyRows.ToDictionary(r => r["Body ID"], r => r["articleBody"], StringComparer.Ordinal);
        var missing = pairs.Select(p => p.Item2).FirstOrDefault(id => !bodies.ContainsKey(id));
        if (missing is not null) throw new CorpusException(pairsPath, $"Body ID \"{missing}\" is not in {bodiesPath}");
        var predictions = HeadlineStance.Classify(pairs, bodies, CorpusResources.General, HeadlineStanceSettings.Default);
        var file = new CsvFile(Path.GetFileName(outPath), Csv.Table(["Headline", "Body ID", "Stance", "relation", "evidence", "cues"],
            predictions.Select(p => (IReadOnlyList<object?>)[p.Headline, p.BodyId, EnumNames.Name(p.Stance), Relation(p.Stance), p.Evidence, p.Cues])));
        file.WriteInto(Path.GetDirectoryName(Path.GetFullPath(outPath))!, CorpusOptions.TextForm(arguments));
        stdout.WriteLine($"wrote {predictions.Count:N0} predictions to {outPath}");
        if (arguments.Option("--gold") is { } goldPath)
        {
            var gold = CsvRecords.Read(goldPath, StrictText.Read(goldPath), "Stance").Select(r => EnumNames.TryParse<StanceLabel>(r["Stance"], out var label)
                ? label : throw new CorpusException(goldPath, $"unknown stance \"{r["Stance"]}\"")).ToList();
            if (gold.Count != predictions.Count) throw new CorpusException(goldPath, $"has {gold.Count} rows, the pairs {predictions.Count}");
            var scores = StanceScores.Of(gold, predictions.Select(p => p.Stance).ToList());
            Print(scores, stdout);
            if (arguments.Option("--record") is { } recordPath)
            {
                AtomicFile.WriteAllText(recordPath, EvaluationRecord.ToJson(scores.Measures(predictions.Count)));
                stdout.WriteLine($"wrote the figures to {recordPath}");
            }
        }
        return 0;
    }

    /// <summary>The relation a stance maps to: agree → supports, disagree → contradicts, discuss → discusses, unrelated → not addressed.</summary>
    public static string Relation(StanceLabel stance) => stance switch
    {
        StanceLabel.Agree => "supports",
        StanceLabel.Disagree => "contradicts",
        StanceLabel.Discuss => "discusses",
        _ => "not addressed",
    };

    private static void Print(StanceScores scores, TextWriter stdout)
    {
        string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
        var labels = Enum.GetValues<StanceLabel>();
        stdout.WriteLine($"macro-F1 {F(scores.MacroF1)}   FNC-1 score {F(scores.FncScore)}   related/unrelated accuracy {F(scores.RelatedAccuracy)}");
        stdout.WriteLine("F1: " + string.Join("   ", labels.Select(l => $"{EnumNames.Name(l)} {F(scores.F1[l])}")));
        stdout.WriteLine("confusion (rows gold, columns predicted):");
        stdout.WriteLine($"{"",-10}" + string.Concat(labels.Select(l => $"{EnumNames.Name(l),10}")));
        foreach (var gold in labels)
            stdout.WriteLine($"{EnumNames.Name(gold),-10}" + string.Concat(labels.Select(p => $"{scores.Confusion[(gold, p)],10}")));
    }
}
