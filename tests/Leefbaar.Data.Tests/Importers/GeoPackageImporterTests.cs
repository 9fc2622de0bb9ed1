using Leefbaar.Core.Areas;
using Leefbaar.Data.Import;
using Leefbaar.Data.Manifest;
using Leefbaar.Geo.Projection;
using Leefbaar.TestSupport;

namespace Leefbaar.Data.Tests.Importers;

public class GeoPackageImporterTests
{
    private const string Delft = "capstone-delft/wijken_en_buurten.geojson";

    /// <summary>The 91 Delft buurten of 2023 (names only in the file; codes from the woonikveilig 2024 list of Delft).</summary>
    private static ImportBatch DelftFromGeoJson() => GeoImportHarness.Read(SharedData.Require(Delft), new ManifestEntry
    {
        Id = "delft", Path = Delft, Format = "geojson", Level = "buurt", Division = 2023,
        Options = new() { ["codes-from"] = "woonikveilig/gemeente/GM0503.json" },
    });

    private static ManifestEntry Entry(string file, string? crs = null) =>
        new() { Id = "gpkg", Path = file, Format = "geopackage", Level = "buurt", Division = 2023, Crs = crs };

    [Fact]
    public void Delft_buurten_come_back_with_the_same_areas_in_rd_new_and_in_lon_lat()
    {
        var geojson = DelftFromGeoJson();
        Assert.Equal(91, geojson.Geometries.Count); // features in the file, every BU_NAAM found in the Delft list
        using var dir = new TempDir();
        GeoPackageWriter.Write(dir.File("rd.gpkg"), 28992, geojson.Geometries, g => geojson.Areas[(g.Area, 2023)].Name);
        GeoPackageWriter.Write(dir.File("wgs.gpkg"), 4326, geojson.Geometries.Select(g => g with { Geometry = RdReprojector.ToWgs84(g.Geometry) }), g => geojson.Areas[(g.Area, 2023)].Name);

        var rd = GeoImportHarness.Read(dir.File("rd.gpkg"), Entry(dir.File("rd.gpkg")));
        var wgs = GeoImportHarness.Read(dir.File("wgs.gpkg"), Entry(dir.File("wgs.gpkg")));
        Assert.Equal(91, rd.Areas.Count);
        Assert.Equal(91, wgs.Areas.Count);
        Assert.Equal("Bedrijventerrein Wateringseweg", rd.Areas.Values.Single(a => a.Code == geojson.Geometries[0].Area).Name);
        foreach (var g in geojson.Geometries)
        {
            Assert.Equal(g.Geometry.Area, rd.Geometries.Single(x => x.Area == g.Area).Geometry.Area, g.Geometry.Area * 1e-9);
            // RD → WGS84 → RD round trip through ProjNET: areas agree to well under a tenth of a percent.
            Assert.Equal(g.Geometry.Area, wgs.Geometries.Single(x => x.Area == g.Area).Geometry.Area, g.Geometry.Area * 1e-3);
        }
        // Delft's 91 buurten cover the gemeente: its land area is 2,266 ha (KWB 2024, woonikveilig GM0503.json); the
        // polygons include inland water, so their sum lies somewhat above that.
        Assert.InRange(rd.Geometries.Sum(g => g.Geometry.Area) / 10_000, 2_266, 2_500);
    }

    [Fact]
    public void Refuses_lon_lat_blobs_declared_as_rd_new()
    {
        var geojson = DelftFromGeoJson();
        using var dir = new TempDir();
        GeoPackageWriter.Write(dir.File("good.gpkg"), 28992, geojson.Geometries, _ => "");
        GeoPackageWriter.Write(dir.File("bad.gpkg"), 28992, geojson.Geometries.Select(g => g with { Geometry = RdReprojector.ToWgs84(g.Geometry) }), _ => "");
        var e = GeoImportHarness.ExpectRefusedAndUnchanged(dir.File("s.duckdb"), dir.Path, Entry("good.gpkg"), Entry("bad.gpkg"));
        Assert.Equal(0, e.Feature);
        Assert.Equal("geom", e.Field);
        Assert.Contains("wrong CRS", e.Message);
    }

    [Fact]
    public void Refuses_an_unknown_srs()
    {
        var geojson = DelftFromGeoJson();
        using var dir = new TempDir();
        GeoPackageWriter.Write(dir.File("good.gpkg"), 28992, geojson.Geometries, _ => "");
        GeoPackageWriter.Write(dir.File("bad.gpkg"), 32631, geojson.Geometries, _ => ""); // UTM 31N
        var e = GeoImportHarness.ExpectRefusedAndUnchanged(dir.File("s.duckdb"), dir.Path, Entry("good.gpkg"), Entry("bad.gpkg"));
        Assert.Equal("srs_id", e.Field);
        Assert.Contains("EPSG:32631", e.Message);
    }

    [Fact]
    public void Refuses_a_truncated_file()
    {
        var geojson = DelftFromGeoJson();
        using var dir = new TempDir();
        GeoPackageWriter.Write(dir.File("good.gpkg"), 28992, geojson.Geometries, _ => "");
        var bytes = File.ReadAllBytes(dir.File("good.gpkg"));
        File.WriteAllBytes(dir.File("bad.gpkg"), bytes[..(bytes.Length / 2)]);
        var e = GeoImportHarness.ExpectRefusedAndUnchanged(dir.File("s.duckdb"), dir.Path, Entry("good.gpkg"), Entry("bad.gpkg"));
        Assert.EndsWith("bad.gpkg", e.File);
        Assert.Contains("GeoPackage", e.Message);
    }

    [Fact]
    public void Refuses_a_duplicate_code()
    {
        var geojson = DelftFromGeoJson();
        using var dir = new TempDir();
        GeoPackageWriter.Write(dir.File("good.gpkg"), 28992, geojson.Geometries, _ => "");
        var first = geojson.Geometries[0].Area;
        GeoPackageWriter.Write(dir.File("bad.gpkg"), 28992, geojson.Geometries.Select((g, i) => i == 5 ? g with { Area = first } : g), _ => "");
        var e = GeoImportHarness.ExpectRefusedAndUnchanged(dir.File("s.duckdb"), dir.Path, Entry("good.gpkg"), Entry("bad.gpkg"));
        Assert.Equal(5, e.Feature);
        Assert.Equal("buurtcode", e.Field);
        Assert.Contains(first.Value + " (duplicate key)", e.Message);
    }

    [Fact]
    public void Delft_names_missing_from_the_lookup_are_refused()
    {
        using var dir = new TempDir();
        var text = File.ReadAllText(SharedData.Require(Delft)).Replace("\"Bedrijventerrein Wateringseweg\"", "\"Nergenshuizen\"");
        File.WriteAllText(dir.File("delft.geojson"), text);
        Directory.CreateDirectory(Path.Combine(dir.Path, "woonikveilig", "gemeente"));
        File.Copy(SharedData.Require("woonikveilig/gemeente/GM0503.json"), Path.Combine(dir.Path, "woonikveilig", "gemeente", "GM0503.json"));
        var entry = new ManifestEntry
        {
            Id = "delft", Path = "delft.geojson", Format = "geojson", Level = "buurt", Division = 2023,
            Options = new() { ["codes-from"] = "woonikveilig/gemeente/GM0503.json" },
        };
        var e = Assert.Throws<ImportException>(() => GeoImportHarness.Read(dir.File("delft.geojson"), entry));
        Assert.Equal(0, e.Feature);
        Assert.Equal("BU_NAAM", e.Field);
        Assert.Contains("Nergenshuizen", e.Message);
    }
}
