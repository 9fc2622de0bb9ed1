using Leefbaar.Data.Import;
using Leefbaar.Data.Manifest;
using Leefbaar.Data.Store;
using Leefbaar.TestSupport;

namespace Leefbaar.Analysis.Tests;

/// <summary>The real shared data imported once into a temporary store, shared by the tests of the collection.</summary>
public sealed class ImportedStore : IDisposable
{
    private readonly TempDir _dir = new();

    /// <summary>The open store.</summary>
    public LeefbaarStore Store { get; }

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
