using System.CommandLine;
using System.Diagnostics;
using Leefbaar.App.Diagnostics;
using Leefbaar.App.Grid;
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
        var err = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        await err.Status().StartAsync("load", async ctx =>
        {
            async Task<T> Stage<T>(string name, Func<Task<T>> body, Func<T, string> detail)
            {
                ctx.Status($"{name}…");
                var w = Stopwatch.StartNew();
                var result = await body();
                var text = detail(result);
                stages.Add((name, w.Elapsed.TotalSeconds, text));
                err.MarkupLineInterpolated($"[grey]{name,-18} {w.Elapsed.TotalSeconds,7:0.000} s  {text}[/]");
                return result;
            }
            Task<T> Sync<T>(Func<T> f) => Task.FromResult(f());
            var data = await Stage("load parquet", () => GridRun.Load(dataDir), d => $"{d.DwellingX.Length:N0} dwellings, {d.AmenityX.Length:N0} amenities, {d.EventX.Length:N0} events");
            var grid = await Stage("bin 100 m", () => Sync(() => GridRun.Bin(data)), g => $"{g.CellCount:N0} populated cells");
            var indexes = await Stage("index", () => Sync(() => GridRun.Index(data)), x => $"{x.Amenities.Count} amenity KD-trees + events");
            var indicators = await Stage("indicators", () => Sync(() => GridRun.Indicators(grid, indexes, new Progress<string>(t => ctx.Status($"indicators: {t}…")))),
                t => $"{t.Names.Count} indicators × {grid.CellCount:N0} cells");
            var polygon = await Stage("point-in-polygon", () => Sync(() => GridRun.AssignPolygons(data, grid)),
                p => $"{p.Count(b => b >= 0):N0} of {p.Length:N0} dwellings in {data.BuurtPolygon.Count(g => g is not null):N0} buurt polygons");
            var release = await Stage("release", () => Sync(() => GridRun.Release(indicators)), r => $"{r.Id} ({r.Variant}), {r.Terms.Count} terms");
            var cells = await Stage("score + classify", () => Sync(() => GridRun.Score(release, indicators, grid.CellCount)), _ => $"{grid.CellCount:N0} cells");
            var levels = await Stage("aggregate", () => Sync(() => GridRun.Aggregate(release, cells, data, grid, polygon)),
                l => string.Join(", ", l.Select(x => $"{x.Scores.Afw.Count(double.IsFinite):N0} {x.Level}")));
            await Stage("export", () => Sync(() => { GridRun.Export(outDir, grid, indicators, cells, levels, release); return outDir; }), o => o);
        });
        var table = new Table().AddColumns("stage", "seconds", "detail");
        foreach (var (stage, seconds, detail) in stages) table.AddRow(stage, seconds.ToString("0.000"), Markup.Escape(detail));
        table.AddRow("total", stages.Sum(s => s.Seconds).ToString("0.000"), $"peak memory {ProcessMemory.PeakMb():N0} MB, {Environment.ProcessorCount} cores");
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        if (Console.IsOutputRedirected) console.Profile.Width = 160;
        console.Write(table);
    }
}
