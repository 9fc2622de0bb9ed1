using System.CommandLine;
using System.Diagnostics;
using Leefbaar.Data.Synth;

namespace Leefbaar.Cli.Commands;

/// <summary>`leefbaar synth --scale nl --seed 1 --out DIR [--source ../shared/data]`: writes the SYNTHETIC Netherlands as Parquet.</summary>
public static class SynthCommand
{
    /// <summary>Default folder of the real marginals.</summary>
    public const string DefaultSource = "../shared/data";

    /// <summary>Builds the command.</summary>
    public static Command Build()
    {
        var scale = new Option<string>("--scale") { Description = "nl, province (Utrecht), gemeente (Utrecht), PV## or GM####.", DefaultValueFactory = _ => "nl" };
        var seed = new Option<int>("--seed") { Description = "Random seed (same seed, same files).", DefaultValueFactory = _ => 1 };
        var outDir = new Option<string>("--out") { Description = "Output folder.", Required = true };
        var source = new Option<string>("--source") { Description = $"Folder with woonikveilig/ and lbm3-2024/. Default: {DefaultSource}", DefaultValueFactory = _ => DefaultSource };
        var cmd = new Command("synth", "Generate a SYNTHETIC Netherlands (dwellings, amenities, crime events, buurt polygons) as Parquet, following real 2024 marginals.")
            { scale, seed, outDir, source };
        cmd.SetAction(async (parse, cancel) =>
        {
            await Run(parse.GetValue(source)!, SynthScale.Parse(parse.GetValue(scale)!), parse.GetValue(seed), parse.GetValue(outDir)!, cancel);
            return 0;
        });
        return cmd;
    }

    /// <summary>Generates and reports the counts on standard error.</summary>
    public static async Task<SynthGenerator.Summary> Run(string source, SynthScale scale, int seed, string outDir, CancellationToken cancel)
    {
        var watch = Stopwatch.StartNew();
        var buurten = SynthInputs.Load(source, scale);
        if (buurten.Count == 0) throw new ArgumentException($"--scale {scale.Label}: no buurten found in {source}.");
        Console.Error.WriteLine($"synth: {buurten.Count:N0} buurten of {scale.Label} read in {watch.Elapsed.TotalSeconds:0.0} s ({buurten.Count(b => b.Polygon is not null):N0} with a polygon)");
        var last = -1;
        var progress = new Progress<double>(f => { var pct = (int)(f * 100); if (pct / 10 != last / 10) { last = pct; Console.Error.Write($"\rsynth: {pct,3} %"); } });
        var summary = await SynthGenerator.Generate(buurten, seed, scale.Label, outDir, progress, cancel);
        Console.Error.WriteLine($"\rsynth: SYNTHETIC data written to {outDir} in {watch.Elapsed.TotalSeconds:0.0} s: {summary.Dwellings:N0} dwellings, {summary.Amenities:N0} amenities, {summary.Events:N0} events, {summary.Buurten:N0} buurten");
        return summary;
    }
}
