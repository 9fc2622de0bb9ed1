using System.Text;
using System.Text.Json.Nodes;
using Leefbaar.Data.Import;
using Leefbaar.Data.Importers;
using Leefbaar.Data.Manifest;
using Leefbaar.Data.Tests.Importers;
using Leefbaar.TestSupport;

namespace Leefbaar.Data.Tests.Fuzz;

/// <summary>Every crash or hang the mutation fuzzer found, as a fixed input that now gives an <see cref="ImportException"/>.</summary>
public sealed class FuzzFindingRegressionTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static ImportException Fails(IImporter importer, string path, ManifestEntry entry) =>
        Assert.Throws<ImportException>(() => importer.Read(path, entry, new ImportBatch()));

    [Fact]
    public void Invalid_utf8_inside_a_json_string_is_refused_up_front()
    {
        // Was: InvalidOperationException "Cannot transcode invalid UTF-8" from the first GetString of a name.
        var bytes = Encoding.UTF8.GetBytes(MutatedCopies.UtrechtBuurten(2).ToJsonString());
        var at = Encoding.UTF8.GetString(bytes).IndexOf("\"naam\":\"", StringComparison.Ordinal) + 8;
        bytes[at] = 0xFF;
        File.WriteAllBytes(_dir.File("bad.geojson"), bytes);
        var e = Fails(new Lbm3GeoJsonImporter(), _dir.File("bad.geojson"), RealManifest.Entry("lbm3-2024-buurten"));
        Assert.Equal("UTF-8 text", e.Expected);
    }

    [Fact]
    public void TopoJson_with_a_duplicated_object_name_is_refused()
    {
        // Was: ArgumentException "An item with the same key has already been added. Key: buurten".
        const string topology = """
            {"type":"Topology","arcs":[[[4.36,52.0],[4.37,52.0],[4.37,52.01],[4.36,52.0]]],
             "objects":{"buurten":{"type":"GeometryCollection","geometries":[]},"buurten":{"type":"GeometryCollection","geometries":[]}}}
            """;
        File.WriteAllText(_dir.File("t.json"), topology);
        var e = Fails(new TopoJsonImporter(), _dir.File("t.json"), new ManifestEntry { Id = "t", Path = "t.json", Format = "topojson", Division = 2014 });
        Assert.Contains("TopoJSON Topology", e.Expected);
    }

    [Fact]
    public void TopoJson_object_whose_type_is_no_string_is_refused()
    {
        // Was: InvalidOperationException from Members() reading "type" as a string.
        File.WriteAllText(_dir.File("t.json"), """{"type":"Topology","arcs":[],"objects":{"buurten":{"type":{}}}}""");
        var e = Fails(new TopoJsonImporter(), _dir.File("t.json"), new ManifestEntry { Id = "t", Path = "t.json", Format = "topojson", Division = 2014 });
        Assert.Equal("objects.buurten", e.Field);
    }

    [Theory]
    [InlineData("""{"GM0003": {"VKL1t08": "4"}}""", "VKL1t08")]
    [InlineData("""{"GM0003": null}""", "GM0003")]
    public void Lbm2_key_with_no_year_digits_or_a_null_area_is_refused(string json, string field)
    {
        // Was: FormatException from int.Parse of the key's year digits, InvalidOperationException from a null area.
        File.WriteAllText(_dir.File("g.json"), json);
        var e = Fails(new Lbm2ClassesImporter(), _dir.File("g.json"), RealManifest.Entry("lbm2-gemeenten"));
        Assert.Equal((0L, field), (e.Feature!.Value, e.Field));
    }

    [Fact]
    public void Shp_truncated_inside_a_record_is_refused_instead_of_hanging()
    {
        // Was: the NTS reader never returned on the wijk2017.shp cut at byte 26,239 (fuzz input #25, seed 14).
        var bad = ZipMutation.Copy(SharedData.Require("kennisnetwerk-fietsendiefstallen/wijk2017.zip"), _dir.File("cut.zip"),
            (name, bytes) => name.EndsWith(".shp") ? bytes[..26_239] : bytes);
        var run = Task.Run(() => Fails(new ShapefileZipImporter(), bad, new ManifestEntry { Id = "w", Path = "cut.zip", Format = "shapefile-zip", Level = "wijk", Year = 2017 }));
        Assert.True(run.Wait(TimeSpan.FromSeconds(20)), "hang");
        Assert.Contains("length its header states", run.Result.Expected);
    }

    [Fact]
    public void Shp_part_starting_at_a_negative_point_is_refused_instead_of_hanging()
    {
        // Was: the NTS reader never returned (100,000-input run of 4 Dec 2026, seed 14, input #1295: byte 58,627 of
        // wijk2017.shp set to 165, the first part start of record number 14 (index 13), a polygon of 315 points, became -1,526,726,656).
        var bad = ZipMutation.Copy(SharedData.Require("kennisnetwerk-fietsendiefstallen/wijk2017.zip"), _dir.File("parts.zip"),
            (name, bytes) =>
            {
                if (!name.EndsWith(".shp")) return bytes;
                var copy = bytes.ToArray();
                copy[58_627] = 165;
                return copy;
            });
        var run = Task.Run(() => Fails(new ShapefileZipImporter(), bad, new ManifestEntry { Id = "w", Path = "parts.zip", Format = "shapefile-zip", Level = "wijk", Year = 2017 }));
        Assert.True(run.Wait(TimeSpan.FromSeconds(20)), "hang");
        Assert.Equal((13L, "part starts ascending from 0 below the point count"), (run.Result.Feature!.Value, run.Result.Expected));
        Assert.True(run.Result.Message.Contains("part 0 starts at point -1526726656 of 315"), run.Result.Message);
    }

    [Fact]
    public void GeoPackage_layer_with_a_null_srs_id_is_refused()
    {
        // Was: InvalidOperationException "The data is NULL at ordinal 2" (100,000-input run, seed 14, input #65052: bit
        // flips left a NULL srs_id in gpkg_geometry_columns).
        var batch = ImportHarness.Read(RealManifest.Entry("lbm3-2024-buurten") with { Path = "b.geojson" }, WriteGeoJson(MutatedCopies.UtrechtBuurten(2)));
        var file = _dir.File("b.gpkg");
        GeoPackageWriter.Write(file, 28992, batch.Geometries, g => "buurt " + g.Area.Value);
        using (var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = """
                CREATE TABLE g2 (table_name TEXT, column_name TEXT, geometry_type_name TEXT, srs_id INTEGER, z TINYINT, m TINYINT);
                INSERT INTO g2 SELECT table_name, column_name, geometry_type_name, NULL, z, m FROM gpkg_geometry_columns;
                DROP TABLE gpkg_geometry_columns; ALTER TABLE g2 RENAME TO gpkg_geometry_columns;
                """;
            cmd.ExecuteNonQuery();
        }
        var e = Fails(new GeoPackageImporter(), file, ImportHarness.Entry("geopackage", "b.gpkg", 2024, 2024, "buurt"));
        Assert.Equal("gpkg_geometry_columns", e.Field);
        Assert.Contains("found 'NULL'", e.Message);
    }

    [Fact]
    public void GeoPackage_geometry_stored_as_text_is_refused()
    {
        // Was: InvalidCastException "Unable to cast 'System.String' to 'System.Byte[]'" (100,000-input run of 4 Dec 2026,
        // seed 14, inputs #78047 and #87128: bit flips in the record header turned the geometry cell into text).
        var batch = ImportHarness.Read(RealManifest.Entry("lbm3-2024-buurten") with { Path = "b.geojson" }, WriteGeoJson(MutatedCopies.UtrechtBuurten(2)));
        var file = _dir.File("b.gpkg");
        GeoPackageWriter.Write(file, 28992, batch.Geometries, g => "buurt " + g.Area.Value);
        using (var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "SELECT table_name, column_name FROM gpkg_geometry_columns";
            string table, column;
            using (var r = cmd.ExecuteReader()) { r.Read(); (table, column) = (r.GetString(0), r.GetString(1)); }
            cmd.CommandText = $"UPDATE \"{table}\" SET \"{column}\" = 'GP' WHERE rowid = (SELECT max(rowid) FROM \"{table}\")";
            Assert.Equal(1, cmd.ExecuteNonQuery());
        }
        var e = Fails(new GeoPackageImporter(), file, ImportHarness.Entry("geopackage", "b.gpkg", 2024, 2024, "buurt"));
        Assert.Equal((1L, "a GeoPackage geometry blob"), (e.Feature!.Value, e.Expected));
        Assert.Contains("found 'text GP'", e.Message);
    }

    private string WriteGeoJson(JsonNode json)
    {
        var file = _dir.File("b.geojson");
        File.WriteAllText(file, json.ToJsonString());
        return file;
    }
}
