using Leefbaar.Core.Areas;
using Leefbaar.App.AreaSets;
using Leefbaar.App.Releases;
using Leefbaar.Data.Demo;
using Leefbaar.Data.Import;
using Leefbaar.Data.Store;
using Leefbaar.Model.Releases;

namespace Leefbaar.App.Demo;

/// <summary>Writes the SYNTHETIC demo store: invented gemeenten, a model fitted on them and one area set, all labelled.</summary>
public static class DemoStore
{
    /// <summary>Writes the demo dataset into the store at <paramref name="storePath"/> and returns its full path.</summary>
    public static string Write(string storePath, int seed)
    {
        var batch = DemoDatasetGenerator.Generate(seed);
        BatchChecks.EnsureUnique(batch, "demo-synthetic");
        using var s = LeefbaarStore.Open(storePath);
        s.ReplaceDataset("demo-synthetic", "demo", ["(generated)"], $"seed-{seed}", batch);
        s.MarkDemo();
        // Fit and publish a model on the synthetic scores too, so a fresh machine shows model scores and explanations.
        var release = ReleaseFitter.FitAndPublish(s, new FitRequest(TargetRelease.DemoSynthetic)).Release;
        // A demo area set, so `sets show`, the API and the map have one to show on a fresh machine.
        var weakest = s.StoredModelScores(release.Id, LevelName.Buurt).OrderBy(r => r.Afw).Take(6).Select((r, i) => new AreaSetEntry(r.Code, null, i + 1)).ToList();
        AreaSetService.Add(s, new AreaSetDefinition("demo-aandachtsbuurten", "Aandachtsbuurten (synthetische demo)",
            "SYNTHETISCH: de zes buurten met de laagste modelscore in de demodata, als voorbeeld van een set.", $"Leefbaar demodata (gegenereerd, seed {seed})", weakest),
            "demo", DateTime.UnixEpoch.AddDays(20_000));
        return s.FilePath;
    }
}
