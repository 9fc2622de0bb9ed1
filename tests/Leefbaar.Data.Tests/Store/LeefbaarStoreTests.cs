using DuckDB.NET.Data;
using Leefbaar.Data.Import;
using Leefbaar.Core.ReadModels;
using Leefbaar.Data.Store;
using Leefbaar.Data.Tests.Importers;
using Leefbaar.TestSupport;

namespace Leefbaar.Data.Tests.Store;

/// <summary>Opening stores (schema checks) and the area listing with its gemeente filter.</summary>
public sealed class LeefbaarStoreTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_store_of_another_schema_version_is_refused_with_a_clear_message()
    {
        var path = _dir.File("old.duckdb");
        using (var store = LeefbaarStore.Open(path))
            store.Execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'");
        var e = Assert.Throws<InvalidDataException>(() => LeefbaarStore.Open(path));
        Assert.Contains("schema 0", e.Message);
        Assert.Contains($"needs {StoreSchema.Version}", e.Message);
        Assert.Contains("re-import", e.Message);
        Assert.Throws<InvalidDataException>(() => LeefbaarStore.Open(path, readOnly: true));
    }

    [Fact]
    public void A_DuckDB_file_that_is_not_a_store_is_refused_read_only()
    {
        var path = _dir.File("other.duckdb");
        using (var c = new DuckDBConnection($"Data Source={path}"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "CREATE TABLE t (x INTEGER)";
            cmd.ExecuteNonQuery();
        }
        var e = Assert.Throws<InvalidDataException>(() => LeefbaarStore.Open(path, readOnly: true));
        Assert.Contains("not a Leefbaar store", e.Message);
    }

    [Fact]
    public void Opening_a_missing_store_read_only_says_how_to_make_one()
    {
        var e = Assert.Throws<FileNotFoundException>(() => LeefbaarStore.Open(_dir.File("none.duckdb"), readOnly: true));
        Assert.Contains("import", e.Message);
        Assert.False(File.Exists(_dir.File("none.duckdb")));
    }

    [Fact]
    public void A_new_store_has_the_current_schema_and_reopens()
    {
        var path = _dir.File("new.duckdb");
        using (LeefbaarStore.Open(path)) { }
        using var store = LeefbaarStore.Open(path, readOnly: true);
        Assert.Equal(StoreSchema.Version.ToString(), store.Scalar<string>("SELECT value FROM meta WHERE key = 'schema_version'"));
        Assert.Empty(store.Datasets());
        Assert.False(store.IsDemo());
    }

    [Fact]
    public void Areas_filtered_by_gemeente()
    {
        using var store = LeefbaarStore.Open(_dir.File("store.duckdb"));
        new ImportService(store, ImporterRegistry.Default()).ImportOne(SharedData.Require("."), RealManifest.Entry("kwb-2024-woonikveilig"));

        // GM0307.json: 145 buurten in 33 wijken.
        var buurten = store.Areas("buurt", 2024, "GM0307");
        Assert.Equal(145, buurten.Count);
        Assert.All(buurten, b => Assert.Equal(("GM0307", "PV26", 2024, "buurt"), (b.Gemeente, b.Provincie, b.Division, b.Level)));
        Assert.Equal(buurten.Select(b => b.Code).Order(StringComparer.Ordinal), buurten.Select(b => b.Code));
        var hof = buurten.Single(b => b.Code == "BU03070100");
        Assert.Equal(("Hof", "WK030701"), (hof.Name, hof.Wijk));
        Assert.Equal(33, store.Areas("wijk", 2024, "GM0307").Count);
        Assert.Equal("GM0307", Assert.Single(store.Areas("gemeente", 2024, "GM0307")).Code);
        Assert.Equal(517, store.Areas("buurt", 2024, "GM0363").Count); // Amsterdam
        Assert.Equal(14_574, store.Areas("buurt", 2024).Count);
        Assert.Empty(store.Areas("buurt", 2023, "GM0307"));
        Assert.Empty(store.Areas("buurt", 2024, "GM9999"));
    }

    [Fact]
    public void Areas_merge_names_and_parents_over_datasets()
    {
        // Hof comes from woonikveilig and from the LBM 2024 buurt file: one row, name and parents from either.
        using var store = LeefbaarStore.Open(_dir.File("store.duckdb"));
        var service = new ImportService(store, ImporterRegistry.Default());
        service.ImportOne(SharedData.Require("."), RealManifest.Entry("kwb-2024-woonikveilig"));
        service.ImportOne(SharedData.Require("."), RealManifest.Entry("lbm3-2024-buurten"));
        Assert.Equal(2, store.Scalar<long>("SELECT count(*) FROM areas WHERE code = 'BU03070100'"));
        var rows = store.Areas("buurt", 2024, "GM0307");
        Assert.Equal(145, rows.Count);
        Assert.Single(rows, r => r.Code == "BU03070100");
        Assert.Equal(14_574, store.Areas("buurt", 2024).Count);
    }
}
