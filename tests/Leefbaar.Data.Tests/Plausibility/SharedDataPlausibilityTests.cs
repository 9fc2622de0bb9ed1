using Leefbaar.Data.Import;
using Leefbaar.Data.Manifest;
using Leefbaar.Data.Plausibility;
using Leefbaar.Data.Tests.Importers;
using Leefbaar.TestSupport;
using Xunit.Abstractions;

namespace Leefbaar.Data.Tests.Plausibility;

/// <summary>Every dataset of the shared-data manifest passes the default plausibility rules and the per-geometry CRS check.</summary>
public sealed class SharedDataPlausibilityTests(ITestOutputHelper output)
{
    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var d in DataManifest.Load(Path.Combine(SharedData.RepositoryRoot(), "data-manifests", "shared-data.json")).Datasets) data.Add(d.Id);
        return data;
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Real_dataset_has_no_implausible_value(string id)
    {
        var entry = RealManifest.Entry(id);
        var files = DataManifest.Resolve(SharedData.Require("."), entry);
        var batch = ImportService.Read(ImporterRegistry.Default().For(entry.Format), files, entry);
        var violations = PlausibilityCheck.Find(batch, PlausibilityRules.Default, files[0]);
        output.WriteLine($"{id}: {batch}; {violations.Count} violations");
        foreach (var v in violations.Take(20)) output.WriteLine(v.ToString());
        Assert.True(batch.Areas.Count + batch.Layers.Count > 0); // map layers (rail, earthquakes, townscapes) hold no areas
        Assert.Empty(violations.Select(v => v.ToString()).Take(5));
    }
}
