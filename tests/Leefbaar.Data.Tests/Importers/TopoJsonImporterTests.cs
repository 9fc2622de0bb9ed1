using System.Text.Json.Nodes;
using Leefbaar.Core.Areas;
using Leefbaar.Data.Manifest;
using Leefbaar.TestSupport;

namespace Leefbaar.Data.Tests.Importers;

public class TopoJsonImporterTests
{
    private const string Buurten = "ties-cbs-topojson/Buurt_2014_layer_q1e3.json";
    private const string Wijken = "ties-cbs-topojson/Wijk_2014_layer_q1e3.json";

    private static ManifestEntry Entry(string path, string level, string? crs = null) =>
        new() { Id = "topo-" + level, Path = path, Format = "topojson", Level = level, Division = 2014, Crs = crs };

    [Fact]
    public void Imports_the_national_buurten_of_2014()
    {
        var batch = GeoImportHarness.Read(SharedData.Require(Buurten), Entry(Buurten, "buurt"));
        Assert.Equal(11_691, batch.Areas.Count); // geometries in objects.layer
        Assert.Equal("Koningsveldbuurt", batch.Areas[(AreaCode.Parse("BU05032809"), 2014)].Name);
        Assert.Equal(AreaCode.Parse("WK050328"), batch.Areas[(AreaCode.Parse("BU05032809"), 2014)].Wijk);
        // 1,281 buurten are flat after the 1e3 quantization (python: every ring's shoelace area, in lattice cells, is below
        // a quarter); they keep their area record but get no geometry.
        Assert.Equal(11_691 - 1_281, batch.Geometries.Count);
        Assert.All(batch.Geometries, g => Assert.True(g.Geometry.IsValid, g.Area.Value));
        Assert.All(batch.Geometries, g => Assert.Equal(28992, g.Geometry.SRID));

        // BU00140000 is 2.1717e-5 square degrees at latitude ~53.22° (python); one degree there is ~66.8 km east and ~111.3 km north.
        var stadscentrum = batch.Geometries.Single(g => g.Area.Value == "BU00140000").Geometry;
        Assert.InRange(stadscentrum.Area, 2.1717e-5 * 66_800 * 111_300 * 0.98, 2.1717e-5 * 66_800 * 111_300 * 1.02);
    }

    [Fact]
    public void Buurten_of_a_gemeente_cover_the_same_area_as_its_wijken()
    {
        var buurten = GeoImportHarness.Read(SharedData.Require(Buurten), Entry(Buurten, "buurt"));
        var wijken = GeoImportHarness.Read(SharedData.Require(Wijken), Entry(Wijken, "wijk"));
        Assert.Equal(2_738, wijken.Areas.Count);
        var buurtArea = buurten.Geometries.Where(g => g.Area.Value.StartsWith("BU0014")).Sum(g => g.Geometry.Area);
        var wijkArea = wijken.Geometries.Where(g => g.Area.Value.StartsWith("WK0014")).Sum(g => g.Geometry.Area);
        // Groningen: the two files were quantized separately (python: 0.011418 vs 0.011044 square degrees, 3.4 % apart).
        Assert.InRange(buurtArea / wijkArea, 1.02, 1.05);
    }

    [Fact]
    public void Refuses_a_truncated_file()
    {
        using var dir = new TempDir();
        var text = File.ReadAllText(SharedData.Require(Wijken));
        File.WriteAllText(dir.File("bad.json"), text[..(text.Length / 2)]);
        var e = GeoImportHarness.ExpectRefusedAndUnchanged(dir.File("s.duckdb"), SharedData.Root!, Entry(Wijken, "wijk"), Entry(dir.File("bad.json"), "wijk"));
        Assert.EndsWith("bad.json", e.File);
        Assert.NotNull(e.Line);
    }

    [Theory]
    [InlineData("WK198703", "duplicate key")] // the code of geometry 0, so geometry 1 repeats it
    [InlineData("WIJK-03", "area code")]
    public void Refuses_a_duplicate_or_malformed_code(string replacement, string expected)
    {
        using var dir = new TempDir();
        var root = JsonNode.Parse(File.ReadAllText(SharedData.Require(Wijken)))!;
        root["objects"]!["layer"]!["geometries"]![1]!["properties"]!["statcode"] = replacement;
        File.WriteAllText(dir.File("bad.json"), root.ToJsonString());
        var e = GeoImportHarness.ExpectRefusedAndUnchanged(dir.File("s.duckdb"), SharedData.Root!, Entry(Wijken, "wijk"), Entry(dir.File("bad.json"), "wijk"));
        Assert.Equal(1, e.Feature);
        Assert.Equal("statcode", e.Field);
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void Refuses_lon_lat_arcs_declared_as_rd_new()
    {
        using var dir = new TempDir();
        var e = GeoImportHarness.ExpectRefusedAndUnchanged(dir.File("s.duckdb"), SharedData.Root!, Entry(Wijken, "wijk"), Entry(Wijken, "wijk", crs: "EPSG:28992"));
        Assert.Equal(0, e.Feature);
        Assert.Equal("arcs", e.Field);
        Assert.Contains("wrong CRS", e.Message);
    }

    [Fact]
    public void Reads_every_object_of_a_topology_and_reversed_shared_arcs()
    {
        using var dir = new TempDir();
        // Two objects over shared arcs near Delft: a buurt (arcs 0, 1) and its wijk to the east using arc 0 reversed (~0 = -1).
        File.WriteAllText(dir.File("two.json"), """
            {"type":"Topology","transform":{"scale":[0.001,0.001],"translate":[4.35,52.0]},
             "arcs":[[[10,0],[0,10]],[[10,10],[-10,0],[0,-10],[10,0]],[[10,0],[10,0],[0,10],[-10,0]]],
             "objects":{
               "buurten":{"type":"GeometryCollection","geometries":[{"type":"Polygon","arcs":[[0,1]],"properties":{"statcode":"BU05030000","statnaam":"West"}}]},
               "wijken":{"type":"GeometryCollection","geometries":[{"type":"MultiPolygon","arcs":[[[2,-1]]],"id":"WK050300","properties":{"statnaam":"Oost"}}]}}}
            """);
        var batch = GeoImportHarness.Read(dir.File("two.json"), new ManifestEntry { Id = "two", Path = "two.json", Format = "topojson", Division = 2014 });
        Assert.Equal(["BU05030000", "WK050300"], batch.Areas.Keys.Select(k => k.Item1.Value).Order().ToArray());
        Assert.Equal("Oost", batch.Areas[(AreaCode.Parse("WK050300"), 2014)].Name);
        var west = batch.Geometries.Single(g => g.Area.Value == "BU05030000").Geometry;
        var east = batch.Geometries.Single(g => g.Area.Value == "WK050300").Geometry;
        // 0.01° × 0.01° at 52° N is about 686 m × 1,113 m.
        Assert.InRange(west.Area, 0.99 * 686 * 1_113, 1.01 * 686 * 1_113);
        Assert.Equal(west.Area, east.Area, west.Area * 0.01);
        Assert.InRange(west.Intersection(east).Length, 1_100, 1_125); // they share the decoded north–south edge
    }
}
