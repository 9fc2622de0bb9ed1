using Leefbaar.App.Releases;
using Leefbaar.Data.Import;
using Leefbaar.Data.Manifest;
using Leefbaar.Core.ReadModels;
using Leefbaar.Data.Store;
using Leefbaar.Model.Catalogue;
using Leefbaar.Model.Estimation;
using Leefbaar.Model.Features;
using Leefbaar.Model.Releases;
using Leefbaar.TestSupport;

namespace Leefbaar.Model.Tests.RealData;

/// <summary>
/// Imports the real shared data (the repository manifest) into a temporary store once, builds the 2024 buurt
/// feature table and fits the default surrogate release to lbm3-2024 — shared by the real-data test classes.
/// </summary>
public sealed class RealDataFixture : IDisposable
{
    private readonly TempDir _dir = new();

    /// <summary>The store with every dataset of the manifest.</summary>
    public LeefbaarStore Store { get; }
    /// <summary>Buurten of division 2024, inputs as of 2024.</summary>
    public FeatureTable Table { get; }
    /// <summary>The default release fitted to lbm3-2024.</summary>
    public ModelRelease Release { get; }

    public RealDataFixture()
    {
        var manifest = DataManifest.Load(Path.Combine(SharedData.RepositoryRoot(), "data-manifests", "shared-data.json"));
        Store = LeefbaarStore.Open(_dir.File("store.duckdb"));
        new ImportService(Store, ImporterRegistry.Default()).Import(SharedData.Require("."), manifest);
        Table = BuildTable();
        Release = Fit(Table);
    }

    /// <summary>A fresh feature table from the store.</summary>
    public FeatureTable BuildTable() => new FeatureBuilder(Store, IndicatorCatalogue.Default).Build("buurt", 2024, 2024);

    /// <summary>Fits the default release on a table (what `leefbaar fit` does).</summary>
    public ModelRelease Fit(FeatureTable table) => ReleaseFitter.Fit(Store, new FitRequest(TargetRelease.Lbm3_2024), table).Release;

    public void Dispose()
    {
        Store.Dispose();
        _dir.Dispose();
    }
}

/// <summary>The collection sharing one import and one fit.</summary>
[CollectionDefinition(Name)]
public sealed class RealDataCollection : ICollectionFixture<RealDataFixture>
{
    public const string Name = "real data";
}
