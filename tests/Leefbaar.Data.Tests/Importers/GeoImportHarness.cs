using Leefbaar.Data.Import;
using Leefbaar.Data.Manifest;
using Leefbaar.Core.ReadModels;
using Leefbaar.Data.Store;

namespace Leefbaar.Data.Tests.Importers;

/// <summary>Runs importers the way the CLI does (registry, service, store) and snapshots a store to prove a failed import changed nothing.</summary>
internal static class GeoImportHarness
{
    /// <summary>Reads one file with the registered importer of the entry's format, without a store.</summary>
    public static ImportBatch Read(string file, ManifestEntry entry)
    {
        var batch = new ImportBatch();
        ImporterRegistry.Default().For(entry.Format).Read(file, entry, batch);
        BatchChecks.EnsureUnique(batch, entry.Id);
        return batch;
    }

    /// <summary>Imports an entry whose path is relative to <paramref name="dataDir"/> into a store.</summary>
    public static ImportResult Import(LeefbaarStore store, string dataDir, ManifestEntry entry) =>
        new ImportService(store, ImporterRegistry.Default()).ImportOne(dataDir, entry, force: true);

    /// <summary>Row counts and dataset hashes: equal snapshots mean the store is unchanged.</summary>
    public static string Snapshot(LeefbaarStore store) => string.Join(";",
        store.Scalar<long>("SELECT count(*) FROM areas"),
        store.Scalar<long>("SELECT count(*) FROM geometries"),
        store.Scalar<long>("SELECT count(*) FROM observations"),
        string.Join(",", store.Datasets().Select(d => d.Id + "=" + d.Hash)));

    /// <summary>
    /// Imports <paramref name="good"/> first, then expects the import of <paramref name="bad"/> (same dataset id) to
    /// fail with an <see cref="ImportException"/> and to leave the store exactly as it was.
    /// </summary>
    public static ImportException ExpectRefusedAndUnchanged(string storeFile, string dataDir, ManifestEntry good, ManifestEntry bad)
    {
        if (Path.IsPathRooted(bad.Path))
        {
            // Manifest paths must stay inside the data folder: the mutated copy's folder becomes the data folder and the good file joins it.
            var folder = Path.GetDirectoryName(bad.Path)!;
            var goodCopy = Path.Combine(folder, good.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(goodCopy)!);
            File.Copy(Path.Combine(dataDir, good.Path), goodCopy, overwrite: true);
            (dataDir, bad) = (folder, bad with { Path = Path.GetFileName(bad.Path) });
        }
        using var store = LeefbaarStore.Open(storeFile);
        Import(store, dataDir, good);
        var before = Snapshot(store);
        var e = Assert.Throws<ImportException>(() => Import(store, dataDir, bad));
        Assert.Equal(before, Snapshot(store));
        return e;
    }
}
