using Leefbaar.Core.ReadModels;
using Leefbaar.Data.Store;
using Leefbaar.TestSupport;

namespace Leefbaar.Cli.Tests;

/// <summary>An import killed part-way leaves a store whose every dataset is complete: the old one or the new one.</summary>
public sealed class KillSafetyTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Killing_a_forced_reimport_leaves_every_dataset_whole()
    {
        var store = _dir.File("store.duckdb");
        Assert.Equal(0, CliProcess.Run("import", "--data", SharedData.Require("."), "--store", store).ExitCode);

        using (var p = CliProcess.Start("import", "--force", "--data", SharedData.Require("."), "--store", store))
        {
            // Wait until the progress display shows a dataset being written, then kill without warning.
            p.StandardError.Read(new char[64], 0, 64);
            Thread.Sleep(1500);
            if (!p.HasExited) p.Kill(entireProcessTree: true);
            p.WaitForExit();
        }

        using var s = LeefbaarStore.Open(store, readOnly: true);
        var datasets = s.Datasets();
        Assert.Equal(Leefbaar.Data.Manifest.DataManifest.Load(Path.Combine(SharedData.RepositoryRoot(), "data-manifests", "shared-data.json")).Datasets.Count, datasets.Count);
        foreach (var d in datasets)
        {
            long Count(string table) => s.Scalar<long>($"SELECT count(*) FROM {table} WHERE dataset = $d", ("d", d.Id));
            Assert.Equal((d.Id, d.Areas, d.Observations, d.Scores, d.Geometries),
                (d.Id, Count("areas"), Count("observations"), Count("official_scores"), Count("geometries")));
        }
    }
}
