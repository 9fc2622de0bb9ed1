using Leefbaar.Data.Import;
using Leefbaar.Data.Manifest;
using Leefbaar.Core.ReadModels;
using Leefbaar.Data.Store;
using Leefbaar.Data.Tests.Importers;
using Leefbaar.TestSupport;

namespace Leefbaar.Data.Tests.Store;

/// <summary>Importing through ImportService into a temporary store: skip unchanged, replace, never half-write.</summary>
public sealed class ImportServiceTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private const string Amstelveen = "lbm3-2022-amstelveen-wijken";

    private static DataManifest OneEntry(string id) => new() { Datasets = [RealManifest.Entry(id)] };

    /// <summary>A data folder holding a copy of the Amstelveen CSV, so a test may change it.</summary>
    private string CopyAmstelveen()
    {
        var entry = RealManifest.Entry(Amstelveen);
        var target = Path.Combine(_dir.File("data"), entry.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(SharedData.Require(entry.Path), target);
        return target;
    }

    [Fact]
    public void Second_import_of_unchanged_files_is_skipped_and_changes_nothing()
    {
        using var store = LeefbaarStore.Open(_dir.File("store.duckdb"));
        var service = new ImportService(store, ImporterRegistry.Default());
        var first = Assert.Single(service.Import(SharedData.Require("."), OneEntry(Amstelveen)));
        Assert.Equal(ImportOutcome.Imported, first.Outcome);
        var before = StoreCounts.Of(store, Amstelveen);
        // 14 wijken, 56 score rows (AmstelveenDataWithDimensions.csv).
        Assert.Equal(new StoreCounts(14, 0, 0, 56, before.Hash), before);
        Assert.NotNull(before.Hash);

        var second = Assert.Single(service.Import(SharedData.Require("."), OneEntry(Amstelveen)));
        Assert.Equal(ImportOutcome.Unchanged, second.Outcome);
        Assert.Equal(before, StoreCounts.Of(store, Amstelveen));

        // Forced, it re-imports and replaces rather than duplicates.
        var forced = Assert.Single(service.Import(SharedData.Require("."), OneEntry(Amstelveen), force: true));
        Assert.Equal(ImportOutcome.Imported, forced.Outcome);
        Assert.Equal(before, StoreCounts.Of(store, Amstelveen));
        var dataset = Assert.Single(store.Datasets());
        Assert.Equal((Amstelveen, "lbm-csv", 14L, 56L), (dataset.Id, dataset.Format, dataset.Areas, dataset.Scores));
    }

    [Fact]
    public void A_changed_file_is_imported_again_with_its_new_values()
    {
        var file = CopyAmstelveen();
        var data = _dir.File("data");
        using var store = LeefbaarStore.Open(_dir.File("store.duckdb"));
        var service = new ImportService(store, ImporterRegistry.Default());
        service.ImportOne(data, RealManifest.Entry(Amstelveen));
        var hash = store.DatasetHash(Amstelveen);

        File.WriteAllText(file, File.ReadAllText(file).Replace("Randwijck", "Randwijk-Test"));
        var again = service.ImportOne(data, RealManifest.Entry(Amstelveen));
        Assert.Equal(ImportOutcome.Imported, again.Outcome);
        Assert.NotEqual(hash, store.DatasetHash(Amstelveen));
        Assert.Equal("Randwijk-Test", store.Areas("wijk", 2022).Single(a => a.Code == "WK036201").Name);
        Assert.Equal(14, StoreCounts.Of(store, Amstelveen).Areas);
    }

    [Fact]
    public void A_crash_before_commit_leaves_the_previous_rows_and_hash()
    {
        using var store = LeefbaarStore.Open(_dir.File("store.duckdb"));
        new ImportService(store, ImporterRegistry.Default()).ImportOne(SharedData.Require("."), RealManifest.Entry(Amstelveen));
        var before = StoreCounts.Of(store, Amstelveen);

        var replacement = RealManifest.Read("lbm3-2022-pc4"); // 3,556 areas, 28,300 scores
        var crash = Assert.Throws<IOException>(() =>
            store.ReplaceDataset(Amstelveen, "lbm-csv", ["other.csv"], "NEW-HASH", replacement, beforeCommit: () => throw new IOException("simulated crash")));
        Assert.Equal("simulated crash", crash.Message);

        Assert.Equal(before, StoreCounts.Of(store, Amstelveen));
        Assert.Equal(0, store.Scalar<long>("SELECT count(*) FROM official_scores WHERE level = 'pc4'"));
        Assert.Single(store.Datasets());

        // The store is still usable: the same replacement without a crash goes through.
        store.ReplaceDataset(Amstelveen, "lbm-csv", ["other.csv"], "NEW-HASH", replacement);
        Assert.Equal(new StoreCounts(3_556, 0, 0, 28_300, "NEW-HASH"), StoreCounts.Of(store, Amstelveen));
    }

    [Fact]
    public void A_failed_import_of_a_bad_file_keeps_the_previous_good_import()
    {
        var file = CopyAmstelveen();
        var data = _dir.File("data");
        using var store = LeefbaarStore.Open(_dir.File("store.duckdb"));
        var service = new ImportService(store, ImporterRegistry.Default());
        service.ImportOne(data, RealManifest.Entry(Amstelveen));
        var before = StoreCounts.Of(store, Amstelveen);

        var lines = File.ReadAllLines(file);
        lines[40] = lines[40].Replace(",WK0362", ",WK03620"); // an impossible code on line 41
        File.WriteAllLines(file, lines);
        var e = Assert.Throws<ImportException>(() => service.ImportOne(data, RealManifest.Entry(Amstelveen)));
        Assert.Equal(41L, e.Line);
        Assert.Equal(before, StoreCounts.Of(store, Amstelveen));
    }

    [Fact]
    public void A_batch_with_a_duplicate_key_is_refused_before_writing()
    {
        // Amersfoort listed twice in a copy of the woonikveilig folder: every observation key repeats.
        var folder = _dir.File("data/woonikveilig/gemeente");
        Directory.CreateDirectory(folder);
        File.Copy(SharedData.Require("woonikveilig/gemeente/GM0307.json"), Path.Combine(folder, "GM0307.json"));
        using var store = LeefbaarStore.Open(_dir.File("store.duckdb"));
        var service = new ImportService(store, ImporterRegistry.Default());
        var entry = RealManifest.Entry("kwb-2024-woonikveilig");
        service.ImportOne(_dir.File("data"), entry);
        var before = StoreCounts.Of(store, entry.Id);
        Assert.Equal(1 + 33 + 145, before.Areas); // GM0307.json: the gemeente, 33 wijken, 145 buurten

        File.Copy(Path.Combine(folder, "GM0307.json"), Path.Combine(folder, "GM0307-copy.json"));
        var e = Assert.Throws<InvalidDataException>(() => service.ImportOne(_dir.File("data"), entry));
        Assert.Contains("duplicate key", e.Message);
        Assert.Equal(before, StoreCounts.Of(store, entry.Id));
    }

    [Fact]
    public void A_missing_file_is_an_error_unless_optional()
    {
        using var store = LeefbaarStore.Open(_dir.File("store.duckdb"));
        var service = new ImportService(store, ImporterRegistry.Default());
        var entry = RealManifest.Entry(Amstelveen);
        var e = Assert.Throws<FileNotFoundException>(() => service.ImportOne(_dir.Path, entry));
        Assert.Contains(Amstelveen, e.Message);
        Assert.Equal(ImportOutcome.Missing, service.ImportOne(_dir.Path, entry with { Optional = true }).Outcome);
        Assert.Empty(store.Datasets());
    }

    [Fact]
    public void An_unknown_format_names_the_known_ones()
    {
        using var store = LeefbaarStore.Open(_dir.File("store.duckdb"));
        var service = new ImportService(store, ImporterRegistry.Default());
        var e = Assert.Throws<Leefbaar.Core.Errors.UnusableDataException>(() => service.ImportOne(SharedData.Require("."), RealManifest.Entry(Amstelveen) with { Format = "xlsx" }));
        Assert.Contains("'xlsx'", e.Message);
        Assert.Contains("lbm-csv", e.Message);
    }
}
