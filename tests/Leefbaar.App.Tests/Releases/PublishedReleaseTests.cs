using Leefbaar.App.Releases;
using Leefbaar.App.Tests.Reports;
using Leefbaar.Data.Import;
using Leefbaar.Data.Manifest;
using Leefbaar.Data.Store;
using Leefbaar.TestSupport;

namespace Leefbaar.App.Tests.Releases;

/// <summary>
/// import → serve without fit: the store is scored with the best published default release. That this is what `fit`
/// would have published follows from Model.Tests' ReleaseTests (a fit of the shared data equals the published file
/// byte for byte) and from publication reading nothing but the release and the store.
/// </summary>
[Collection(ReportStoreCollection.Name)]
public sealed class PublishedReleaseTests(ReportStoreFixture fx)
{
    [Fact]
    public void An_imported_but_unfitted_store_gets_the_published_default_release()
    {
        // The fixture's store was imported and then scored by ScoreUnfittedStore, as `serve` does.
        var id = fx.ModelRelease;
        Assert.Equal("leefbaar-lbm3-2024-default-cb6e137d36", id); // the published default with the best pooled rho afw (0.800)
        Assert.Contains(fx.PublishMessages, m => m.Contains(id) && m.Contains("fit"));
        Assert.Equal(id, Assert.Single(fx.Store.ModelReleases()).Id);
        var scores = fx.Store.StoredModelScores(id, "buurt", ["BU01144300", "BU05991571"]);
        Assert.Equal(2, scores.Count);
        Assert.All(scores, s => Assert.InRange(s.Afw, -1, 1));

        var folder = Path.Combine(SharedData.RepositoryRoot(), "releases");
        Assert.Null(PublishedReleases.ScoreUnfittedStore(fx.Store, folder, _ => { })); // once is enough
    }
}
