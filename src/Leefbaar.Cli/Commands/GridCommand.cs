using System.CommandLine;
using System.Diagnostics;
using Leefbaar.Cli.Bench;
using Leefbaar.Cli.Grid;
using Leefbaar.Data.Synth;
using Spectre.Console;

namespace Leefbaar.Cli.Commands;

/// <summary>
/// `leefbaar grid --data SYNTHDIR --out DIR` (or `--scale nl --seed 1` to generate first): the end-to-end national
/// run — load, bin, index, indicators, point-in-polygon, release, score + classify, aggregate, export — with a
/// progress display on standard error and a per-stage timing table (seconds, peak memory) on standard output.
/// </summary>
public static class GridCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Build()
    {
        var data = new Option<string?>("--data") { Description = "Folder written by `leefbaar synth`. Without it, --scale generates one into OUT/synth first." };
        var scale = new Option<string?>("--scale") { Description = "Generate this scale first (nl, province, gemeente, PV##, GM####)." };
        var seed = new Option<int>("--seed") { Description = "Seed when generating.", DefaultValueFactory = _ => 1 };
        var source = new Option<string>("--source") { Description = $"Real marginals when generating. Default: {SynthCommand.DefaultSource}", DefaultValueFactory = _ => SynthCommand.DefaultSource };
        var outDir = new Option<string>("--out") { Description = "Folder for cells.csv, buurt.csv, wijk.csv, gemeente.csv and release.json.", Required = true };
        var cmd = new Command("grid", "End-to-end national 100 m grid run on SYNTHETIC points with a per-stage timing table.") { data, scale, seed, source, outDir };
        cmd.SetAction(async (parse, cancel) =>
        {
            var output = parse.GetValue(outDir)!;
            var stages = new List<(string Stage, double Seconds, string Detail)>();
            var dir = parse.GetValue(data);
            if (dir is null)
            {
                var s = parse.GetValue(scale) ?? throw new ArgumentException("Give --data SYNTHDIR or --scale to generate one.");
                dir = Path.Combine(output, "synth");
                var w = Stopwatch.StartNew();
                var sum = await SynthCommand.Run(parse.GetValue(source)!, SynthScale.Parse(s), parse.GetValue(seed), dir, cancel);
                stages.Add(("synth", w.Elapsed.TotalSeconds, $"{sum.Dwellings:N0} dwellings, {sum.Amenities:N0} amenities, {sum.Events:N0} events"));
            }
            await Run(dir, output, stages);
            return 0;
        });
        return cmd;
    }

    private static async Task Run(string dataDir, string outDir, List<(string Stage, double Seconds, string Detail)> stages)
    {
        var p = new GridPipeline(dataDir);
        var err = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        await err.Status().StartAsync("load", async ctx =>
        {
            async Task Stage(string name, Func<Task> body, Func<string> detail)
            {
                ctx.Status($"{name}…");
                var w = Stopwatch.StartNew();
                await body();
                stages.Add((name, w.Elapsed.TotalSeconds, detail()));
                err.MarkupLineInterpolated($"[grey]{name,-18} {w.Elapsed.TotalSeconds,7:0.000} s  {detail()}[/]");
            }
            Task Sync(Action a) { a(); return Task.CompletedTask; }
            await Stage("load parquet", p.Load, () => $"{p.Data.DwellingX.Length:N0} dwellings, {p.Data.AmenityX.Length:N0} amenities, {p.Data.EventX.Length:N0} events");
            await Stage("bin 100 m", () => Sync(p.Bin), () => $"{p.Grid.CellCount:N0} populated cells");
            await Stage("index", () => Sync(p.Index), () => $"{p.Amenities.Count} amenity KD-trees + events");
            await Stage("indicators", () => Sync(() => p.ComputeIndicators(new Progress<string>(t => ctx.Status($"indicators: {t}…")))),
                () => $"{p.Indicators.Names.Count} indicators × {p.Grid.CellCount:N0} cells");
            await Stage("point-in-polygon", () => Sync(p.AssignPolygons),
                () => $"{p.DwellingPolygon.Count(b => b >= 0):N0} of {p.DwellingPolygon.Length:N0} dwellings in {p.Data.BuurtPolygon.Count(g => g is not null):N0} buurt polygons");
            await Stage("release", () => Sync(p.DeriveRelease), () => $"{p.Release.Id}, {p.Release.Terms.Count} terms");
            await Stage("score + classify", () => Sync(p.Score), () => $"{p.Grid.CellCount:N0} cells");
            await Stage("aggregate", () => Sync(p.Aggregate), () => string.Join(", ", p.Levels.Select(l => $"{l.Scores.Afw.Count(float.IsFinite):N0} {l.Level}")));
            await Stage("export", () => Sync(() => p.Export(outDir)), () => outDir);
        });
        var table = new Table().AddColumns("stage", "seconds", "detail");
        foreach (var (stage, seconds, detail) in stages) table.AddRow(stage, seconds.ToString("0.000"), Markup.Escape(detail));
        table.AddRow("total", stages.Sum(s => s.Seconds).ToString("0.000"), $"peak memory {ProcessMemory.PeakMb():N0} MB, {Environment.ProcessorCount} cores");
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        if (Console.IsOutputRedirected) console.Profile.Width = 160;
        console.Write(table);
    }
}
