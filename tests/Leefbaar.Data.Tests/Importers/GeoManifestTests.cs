using Leefbaar.Data.Manifest;
using Leefbaar.Core.ReadModels;
using Leefbaar.Data.Store;
using Leefbaar.TestSupport;

namespace Leefbaar.Data.Tests.Importers;

public class GeoManifestTests
{
    // Dataset id → (areas, geometries) expected after import; areas are features/records counted with python.
    private static readonly Dictionary<string, (long Areas, long Geometries)> Expected = new()
    {
        ["buurten-2014-topojson"] = (11_691, 10_410),
        ["wijken-2014-topojson"] = (2_738, 2_696),
        ["kwb-2017-groningen-buurten"] = (108, 108),
        ["kwb-2017-groningen-wijken"] = (15, 15),
        ["grid-2014-groningen"] = (3_441, 3_441),
        ["buurten-2023-delft"] = (91, 91),
        ["gemeenten-2012-geoinzicht"] = (416, 416),
        ["gemeenten-2017-geoinzicht"] = (389, 389),
        ["gemeenten-2018-geoinzicht"] = (381, 381),
        ["gemeenten-2019-geoinzicht"] = (356, 356),
        ["gemeenten-2022-geoinzicht"] = (346, 346),
        ["gemeenten-2023-geoinzicht"] = (343, 343),
        ["gemeenten-2024-geoinzicht"] = (343, 343),
        ["gemeenten-2024-rubensan19"] = (342, 342),
        ["provincies-2024-rubensan19"] = (12, 12),
        ["gemeenten-2023-open-data-maps"] = (343, 343),
        ["gemeenten-2022-nlstat"] = (345, 345),
    };

    [Fact]
    public void Every_boundary_and_grid_entry_of_the_shipped_manifest_imports()
    {
        var manifest = DataManifest.Load(Path.Combine(SharedData.RepositoryRoot(), "data-manifests", "shared-data.json"));
        using var dir = new TempDir();
        using var store = LeefbaarStore.Open(dir.File("s.duckdb"));
        foreach (var entry in manifest.Datasets.Where(d => Expected.ContainsKey(d.Id)))
            GeoImportHarness.Import(store, SharedData.Root!, entry);
        var datasets = store.Datasets().ToDictionary(d => d.Id);
        Assert.Equal(Expected.Count, datasets.Count);
        foreach (var (id, (areas, geometries)) in Expected)
            Assert.Equal((id, areas, geometries), (id, datasets[id].Areas, datasets[id].Geometries));

        // Groningen (GM0014) from the EPSG:4289-declared file and from the WGS84 file of the same 2024 division:
        // both simplified, so their RD bounding boxes agree to a few percent, not exactly (a datum mix-up would not).
        double Area(string dataset) => store.Scalar<double>(
            "SELECT (max_x - min_x) * (max_y - min_y) FROM geometries WHERE code = 'GM0014' AND dataset = $d", ("d", dataset));
        Assert.InRange(Area("gemeenten-2024-rubensan19") / Area("gemeenten-2024-geoinzicht"), 0.97, 1.03);
        Assert.Equal(3_441, store.Scalar<long>("SELECT count(DISTINCT code) FROM areas WHERE level = 'cell'"));
    }
}
