using Leefbaar.Data.Import;
using Leefbaar.Data.Manifest;
using Leefbaar.TestSupport;

namespace Leefbaar.Data.Tests.Importers;

/// <summary>Reads datasets of the repository's shared-data manifest exactly as `leefbaar import` would, minus the store.</summary>
internal static class RealManifest
{
    private static readonly Lazy<DataManifest> Manifest = new(() =>
        DataManifest.Load(Path.Combine(SharedData.RepositoryRoot(), "data-manifests", "shared-data.json")));

    /// <summary>The entry with this id.</summary>
    public static ManifestEntry Entry(string id) => Manifest.Value.Datasets.Single(d => d.Id == id);

    /// <summary>Reads every file of the entry into a new batch and checks its keys are unique.</summary>
    public static ImportBatch Read(string id)
    {
        var entry = Entry(id);
        var files = DataManifest.Resolve(SharedData.Require("."), entry);
        Assert.NotEmpty(files);
        var batch = new ImportBatch();
        var importer = ImporterRegistry.Default().For(entry.Format);
        foreach (var file in files) importer.Read(file, entry, batch);
        BatchChecks.EnsureUnique(batch, id);
        return batch;
    }
}
