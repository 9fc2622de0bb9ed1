using Leefbaar.Data.Import;
using Leefbaar.Data.Manifest;
using Leefbaar.Core.ReadModels;
using Leefbaar.Data.Store;
using Leefbaar.TestSupport;

namespace Leefbaar.Analysis.Tests;

/// <summary>The real shared data imported once into a temporary store, shared by the tests of the collection.</summary>
public sealed class ImportedStore : IDisposable
{
    private readonly TempDir _dir = new();

    /// <summary>The open store.</summary>
    public LeefbaarStore Store { get; }

    /// <summary>The store as the analysis sees it (a fresh cache on every access, so tests that write see their rows).</summary>
    public Leefbaar.Analysis.Inputs.IAnalysisData Data => Leefbaar.App.Analysis.StoreAnalysisData.Of(Store);

    public ImportedStore()
    {
        var manifest = DataManifest.Load(Path.Combine(SharedData.RepositoryRoot(), "data-manifests", "shared-data.json"));
        Store = LeefbaarStore.Open(_dir.File("store.duckdb"));
        new ImportService(Store, ImporterRegistry.Default()).Import(SharedData.Require("."), manifest);
    }

    public void Dispose()
    {
        Store.Dispose();
        _dir.Dispose();
    }
}

/// <summary>The collection sharing one imported store.</summary>
[CollectionDefinition(Name)]
public sealed class StoreCollection : ICollectionFixture<ImportedStore>
{
    public const string Name = "store";
}
