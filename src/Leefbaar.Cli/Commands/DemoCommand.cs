using Leefbaar.App.AreaSets;
using System.CommandLine;
using Leefbaar.Data.Demo;
using Leefbaar.Data.Import;
using Leefbaar.App.Releases;
using Leefbaar.Data.Store;

namespace Leefbaar.Cli.Commands;

/// <summary>`leefbaar demo [--store FILE] [--seed N]`: writes the synthetic demo dataset, clearly labelled as such.</summary>
public static class DemoCommand
{
    /// <summary>Default store of the demo dataset, kept apart from real imports.</summary>
    public const string DefaultDemoStore = ".leefbaar/demo.duckdb";

    /// <summary>Builds the command.</summary>
    public static Command Build()
    {
        var store = new Option<string>("--store") { Description = $"Store file to write. Default: {DefaultDemoStore}", DefaultValueFactory = _ => DefaultDemoStore };
        var seed = new Option<int>("--seed") { Description = "Random seed (same seed, same data).", DefaultValueFactory = _ => 1 };
        var cmd = new Command("demo", "Generate a SYNTHETIC demo dataset (four invented gemeenten) so Leefbaar runs without real data.") { store, seed };
        cmd.SetAction(parse =>
        {
            var path = Write(parse.GetValue(store)!, parse.GetValue(seed));
            Console.Error.WriteLine($"SYNTHETIC demo dataset written to {path} (not real measurements).");
            return 0;
        });
        return cmd;
    }

    /// <summary>Writes the demo dataset into a store and returns its full path.</summary>
    public static string Write(string storePath, int seed)
    {
        var batch = DemoDatasetGenerator.Generate(seed);
        BatchChecks.EnsureUnique(batch, "demo-synthetic");
        using var s = LeefbaarStore.Open(storePath);
        s.ReplaceDataset("demo-synthetic", "demo", ["(generated)"], $"seed-{seed}", batch);
        s.MarkDemo();
        // Fit and publish a model on the synthetic scores too, so a fresh machine shows model scores and explanations.
        var release = ReleaseFitter.FitAndPublish(s, new FitRequest(Leefbaar.Model.Releases.TargetRelease.DemoSynthetic)).Release;
        // A demo area set, so `sets show`, the API and the map have one to show on a fresh machine.
        var weakest = s.StoredModelScores(release.Id, "buurt").OrderBy(r => r.Afw).Take(6).Select((r, i) => new AreaSetEntry(r.Code, null, i + 1)).ToList();
        AreaSetService.Add(s, new AreaSetDefinition("demo-aandachtsbuurten", "Aandachtsbuurten (synthetische demo)",
            "SYNTHETISCH: de zes buurten met de laagste modelscore in de demodata, als voorbeeld van een set.", $"Leefbaar demodata (gegenereerd, seed {seed})", weakest),
            "demo", DateTime.UnixEpoch.AddDays(20_000));
        return s.FilePath;
    }
}
