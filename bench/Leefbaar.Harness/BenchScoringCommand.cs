using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Leefbaar.Harness.Kernels;
using Leefbaar.Cli.Commands;
using Leefbaar.App.Diagnostics;
using Leefbaar.App.Releases;
using Leefbaar.Core.ReadModels;
using Leefbaar.Data.Store;
using Leefbaar.Model.Catalogue;
using Leefbaar.Model.Estimation;
using Leefbaar.Model.Features;
using Leefbaar.Model.Releases;
using Leefbaar.Model.Scoring;
using Spectre.Console;

namespace Leefbaar.Harness;

/// <summary>
/// `leefbaar bench scoring [--store F] [--runs 5] [--release FILE]`: median time of scoring, classifying and
/// aggregating all buurten of the 2024 division, beside a naive dictionary-based baseline measured in the same run.
/// </summary>
public static class BenchScoringCommand
{
    /// <summary>Builds the subcommand of `bench`.</summary>
    public static Command Build()
    {
        var store = CommonOptions.Store();
        var runs = new Option<int>("--runs") { Description = "Timed runs per stage (after one warm-up); the median is reported.", DefaultValueFactory = _ => 5 };
        var releaseFile = new Option<string?>("--release") { Description = "Release file to score with (default: the newest release in the store, else one fitted now)." };
        var cmd = new Command("scoring", "Median time of scoring + classification + aggregation of all buurten, and of a naive baseline.") { store, runs, releaseFile };
        cmd.SetAction(parse =>
        {
            var n = parse.GetValue(runs);
            if (n is < 1 or > 100) throw new ArgumentException("--runs must be 1–100.");
            using var s = LeefbaarStore.Open(parse.GetValue(store)!, readOnly: true);
            var catalogue = IndicatorCatalogue.Default;
            var table = new FeatureBuilder(s, catalogue).Build("buurt", 2024, 2024);
            var release = parse.GetValue(releaseFile) is { } file ? ReleaseJson.Load(file, catalogue) : StoredOrFitted(s, table, catalogue);
            Console.Error.WriteLine($"bench scoring: {table.Count:N0} buurten, {release.Terms.Count} terms of {release.Id}, {n} runs, {Environment.ProcessorCount} cores");

            var stages = new (string Name, Func<object> Run)[]
            {
                ("Scorer.Score (buurten)", () => Scorer.Score(release, table, "buurt")),
                ("ScoreAllLevels (score + classes + aggregation)", () => LevelAggregation.ScoreAllLevels(s, release, table)),
                ("baseline: naive dictionaries + LINQ", () => NaiveScorer.ScoreAllLevels(s, release, table)),
            };
            var times = stages.Select(_ => new List<double>()).ToArray();
            for (var r = 0; r <= n; r++) // run 0 warms up (JIT, caches) and is not counted
                for (var k = 0; k < stages.Length; k++)
                {
                    var watch = Stopwatch.StartNew();
                    GC.KeepAlive(stages[k].Run());
                    if (r > 0) times[k].Add(watch.Elapsed.TotalMilliseconds);
                }

            var (maxDiff, classDiffs) = Compare(LevelAggregation.ScoreAllLevels(s, release, table), NaiveScorer.ScoreAllLevels(s, release, table));
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
            if (Console.IsOutputRedirected) console.Profile.Width = 160;
            var grid = new Table().AddColumns("stage", "median ms", "min ms", "max ms");
            for (var k = 0; k < stages.Length; k++)
                grid.AddRow(stages[k].Name, F(Median(times[k])), F(times[k].Min()), F(times[k].Max()));
            console.Write(grid);
            console.WriteLine($"baseline / ScoreAllLevels = {Median(times[2]) / Median(times[1]):0.0}×; same results: max |Δ afw| {maxDiff:E1} over all levels, {classDiffs} class differences");
            return 0;
        });
        return cmd;
    }

    /// <summary>The newest release in the store that loads, or a freshly fitted default release.</summary>
    private static ModelRelease StoredOrFitted(LeefbaarStore store, FeatureTable table, IndicatorCatalogue catalogue)
    {
        foreach (var stored in store.ModelReleases())
        {
            try { return ReleaseJson.Deserialize(stored.ReleaseJson, catalogue); }
            catch (Exception e) when (e is System.Text.Json.JsonException or InvalidDataException) { }
        }
        Console.Error.WriteLine("no release in the store: fitting the default release to lbm3-2024 first (not timed)");
        return ReleaseFitter.Fit(store, new FitRequest(TargetRelease.Lbm3_2024), table).Release;
    }

    private static (double MaxDiff, int ClassDiffs) Compare(Dictionary<string, List<AreaScore>> fast, Dictionary<string, List<NaiveScorer.Score>> naive)
    {
        var max = 0.0;
        var classes = 0;
        foreach (var (level, list) in fast)
        {
            var other = naive[level].ToDictionary(x => x.Code);
            if (other.Count != list.Count) throw new InvalidOperationException($"Baseline scored {other.Count} {level} areas, ScoreAllLevels {list.Count}.");
            foreach (var a in list)
            {
                var b = other[a.Code];
                max = Math.Max(max, Math.Abs(a.Afw - b.Afw));
                if (a.Class != b.Class || a.ClassWon != b.DimensionClasses["won"] || a.ClassOnv != b.DimensionClasses["onv"]) classes++;
            }
        }
        return (max, classes);
    }

    private static double Median(List<double> v)
    {
        var s = v.Order().ToArray();
        return s.Length % 2 == 1 ? s[s.Length / 2] : (s[s.Length / 2 - 1] + s[s.Length / 2]) / 2;
    }

    private static string F(double ms) => ms.ToString("0.0", CultureInfo.InvariantCulture);
}
