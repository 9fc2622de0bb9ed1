using Leefbaar.App.Releases;
using Leefbaar.App.Tests.Reports;
using Leefbaar.Data.Import;
using Leefbaar.Data.Manifest;
using Leefbaar.Data.Store;
using Leefbaar.TestSupport;

namespace Leefbaar.App.Tests.Releases;

/// <summary>import → serve without fit: the store is scored with the best published default release, as `fit` would have scored it.</summary>
[Collection(ReportStoreCollection.Name)]
public sealed class PublishedReleaseTests(ReportStoreFixture fx)
{
    [Fact]
    public void An_imported_but_unfitted_store_gets_the_published_default_release_and_the_same_scores_as_fit()
    {
        using var dir = new TempDir();
        using var store = LeefbaarStore.Open(dir.File("store.duckdb"));
        var manifest = DataManifest.Load(Path.Combine(SharedData.RepositoryRoot(), "data-manifests", "shared-data.json"));
        new ImportService(store, ImporterRegistry.Default()).Import(SharedData.Require("."), manifest);
        var folder = Path.Combine(SharedData.RepositoryRoot(), "releases");
        var messages = new List<string>();

        var id = PublishedReleases.ScoreUnfittedStore(store, folder, messages.Add);
        Assert.Equal("leefbaar-lbm3-2024-default-cb6e137d36", id); // the published default with the best pooled rho afw (0.800)
        Assert.Contains(messages, m => m.Contains(id!) && m.Contains("fit"));
        Assert.Equal(id, Assert.Single(store.ModelReleases()).Id);

        // fit on the same data publishes the same release (byte-identical, same id), so the scores must agree.
        Assert.Equal(id, fx.ModelRelease);
        var mine = store.StoredModelScores(id!, "buurt", ["BU01144300", "BU05991571"]).ToDictionary(s => s.Code);
        var fitted = fx.Store.StoredModelScores(id!, "buurt", ["BU01144300", "BU05991571"]).ToDictionary(s => s.Code);
        Assert.Equal(2, mine.Count);
        foreach (var code in fitted.Keys)
        {
            Assert.Equal(fitted[code].Afw, mine[code].Afw, 12);
            Assert.Equal(fitted[code].KTotal, mine[code].KTotal);
        }

        Assert.Null(PublishedReleases.ScoreUnfittedStore(store, folder, messages.Add)); // once is enough
    }
}
