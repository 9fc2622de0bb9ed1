using Leefbaar.Core.Areas;
using Leefbaar.Data.Import;
using Leefbaar.Data.Manifest;
using Leefbaar.Core.ReadModels;
using Leefbaar.Data.Store;
using Leefbaar.TestSupport;

namespace Leefbaar.Data.Tests.Importers;

/// <summary>Reads real files into batches and runs one-entry imports into temporary stores, for the importer tests.</summary>
internal static class ImportHarness
{
    /// <summary>Reads files with the registered importer of the entry's format.</summary>
    public static ImportBatch Read(ManifestEntry entry, params string[] files)
    {
        var batch = new ImportBatch();
        var importer = ImporterRegistry.Default().For(entry.Format);
        foreach (var f in files) importer.Read(f, entry, batch);
        BatchChecks.EnsureUnique(batch, entry.Id);
        return batch;
    }

    /// <summary>The value of one observation, or null when absent.</summary>
    public static double? Value(ImportBatch batch, string code, string indicator, int? year = null) =>
        batch.Observations.Where(o => o.Area.Value == code && o.Indicator == indicator && (year is null || o.Year == year)).Select(o => (double?)o.Value).SingleOrDefault();

    /// <summary>
    /// Imports <paramref name="original"/> as the entry's file into a fresh store, then replaces the file by
    /// <paramref name="mutated"/> and imports again: returns the second import's error, and asserts the store still
    /// holds exactly what the first import wrote.
    /// </summary>
    public static ImportException FailsAndKeepsStore(ManifestEntry entry, byte[] original, byte[] mutated, string? lookup = null)
    {
        using var dir = new TempDir();
        var data = Directory.CreateDirectory(Path.Combine(dir.Path, "data")).FullName;
        var file = Path.Combine(data, entry.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        if (lookup is not null)
        {
            var target = Path.Combine(data, entry.Option("lookup")!);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(lookup, target);
        }
        File.WriteAllBytes(file, original);
        using var store = LeefbaarStore.Open(Path.Combine(dir.Path, "store.duckdb"));
        var service = new ImportService(store, ImporterRegistry.Default());
        Assert.Equal(ImportOutcome.Imported, service.ImportOne(data, entry).Outcome);
        var before = Snapshot(store, entry.Id);
        Assert.True(before.Areas + before.Observations > 0);

        File.WriteAllBytes(file, mutated);
        var error = Assert.Throws<ImportException>(() => service.ImportOne(data, entry));
        Assert.Equal(file, error.File);
        Assert.Equal(before, Snapshot(store, entry.Id));
        return error;
    }

    private static (long Areas, long Observations, double Sum, string? Hash) Snapshot(LeefbaarStore store, string id) => (
        store.Scalar<long>("SELECT count(*) FROM areas WHERE dataset = $d", ("d", id)),
        store.Scalar<long>("SELECT count(*) FROM observations WHERE dataset = $d", ("d", id)),
        store.Scalar<double>("SELECT coalesce(sum(value), 0) FROM observations WHERE dataset = $d", ("d", id)),
        store.DatasetHash(id));

    /// <summary>A manifest entry.</summary>
    public static ManifestEntry Entry(string format, string path, int? year = null, int? division = null, string? level = null, Dictionary<string, string>? options = null) =>
        new() { Id = "test-" + format, Path = path, Format = format, Year = year, Division = division, Level = level, Source = "TEST", Options = options };

    /// <summary>The area of a batch.</summary>
    public static Area Area(ImportBatch batch, string code, int division) => batch.Areas[(AreaCode.Parse(code), division)];
}
