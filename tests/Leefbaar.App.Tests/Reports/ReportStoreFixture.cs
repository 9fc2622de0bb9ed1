using Leefbaar.App.Releases;
using Leefbaar.Data.Import;
using Leefbaar.Data.Manifest;
using Leefbaar.Data.Store;
using Leefbaar.TestSupport;

namespace Leefbaar.App.Tests.Reports;

/// <summary>
/// Imports the real shared data into a temporary store once and publishes the default release of releases/ (the
/// fit of this data, byte for byte: Model.Tests' ReleaseTests refits it), as `leefbaar import` and `leefbaar serve`
/// do for a store that was never fitted: the store the reports read in every test.
/// </summary>
public sealed class ReportStoreFixture : IDisposable
{
    private readonly TempDir _dir = new();

    /// <summary>The store with every dataset of the manifest and the published default release.</summary>
    public LeefbaarStore Store { get; }

    /// <summary>What publishing said (the store was imported and never fitted).</summary>
    public List<string> PublishMessages { get; } = [];

    /// <summary>The id of the published model release.</summary>
    public string ModelRelease { get; }

    public ReportStoreFixture()
    {
        var manifest = DataManifest.Load(Path.Combine(SharedData.RepositoryRoot(), "data-manifests", "shared-data.json"));
        Store = LeefbaarStore.Open(_dir.File("store.duckdb"));
        new ImportService(Store, ImporterRegistry.Default()).Import(SharedData.Require("."), manifest);
        ModelRelease = PublishedReleases.ScoreUnfittedStore(Store, Path.Combine(SharedData.RepositoryRoot(), "releases"), PublishMessages.Add)
            ?? throw new InvalidOperationException("No published default release fits the shared data.");
    }

    /// <summary>A fresh output folder for one test's report files.</summary>
    public string OutDir(string name)
    {
        var dir = _dir.File("out-" + name + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        return dir;
    }

    public void Dispose()
    {
        Store.Dispose();
        _dir.Dispose();
    }
}

/// <summary>The collection sharing one import and one fit.</summary>
[CollectionDefinition(Name)]
public sealed class ReportStoreCollection : ICollectionFixture<ReportStoreFixture>
{
    public const string Name = "report store";
}
