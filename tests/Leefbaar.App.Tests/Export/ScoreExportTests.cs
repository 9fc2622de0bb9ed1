using System.Text.Json;
using Leefbaar.App.Export;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Leefbaar.App.Tests.Export;

/// <summary>The shared score export: CSV (standard and Dutch Excel), GeoJSON properties and GeoPackage carry the same columns and values.</summary>
public sealed class ScoreExportTests
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    private static readonly ScoreExportRow Official = new("BU03070100", "Hof", "GM0307", "official", "lbm3-2024", 2024,
        0.0771055, 0.0324703, 0.0108435, 0.235348, -0.0407555, -0.160801, null, 7, 6, 5, 5, 9, 4, 2);

    private static readonly ScoreExportRow Model = new("BU00140000", "Binnenstad, \"oud\"", "GM0014", "model", "leefbaar-x", 2024,
        -0.1, 0.01, -0.02, 0.03, -0.04, -0.05, 3.9, 4, 4, 5, 5, 6, 4, 3, true, -0.15, -0.05, 3, 5, 0.4321);

    private static Polygon Square(double x, double y, double size) =>
        Factory.CreatePolygon([new(x, y), new(x + size, y), new(x + size, y + size), new(x, y + size), new(x, y)]);

    [Fact]
    public void Csv_quotes_names_leaves_missing_values_empty_and_labels_the_class()
    {
        var lines = ScoreCsvWriter.Write([Official, Model]).TrimEnd('\n').Split('\n');
        Assert.Equal(string.Join(',', ScoreExportRow.Columns), lines[0]);
        Assert.Equal(28, lines[0].Split(',').Length);
        Assert.Equal("BU03070100,Hof,GM0307,official,lbm3-2024,2024,0.0771055,0.0324703,0.0108435,0.235348,-0.0407555,-0.160801,,7,6,5,5,9,4,2,goed,good,,,,,,", lines[1]);
        Assert.StartsWith("BU00140000,\"Binnenstad, \"\"oud\"\"\",GM0014,model,", lines[2]);
        Assert.EndsWith(",zwak,weak,true,-0.15,-0.05,3,5,0.4321", lines[2]);
    }

    [Fact]
    public void Dutch_excel_csv_uses_semicolons_decimal_commas_a_byte_order_mark_and_the_demo_line()
    {
        var text = ScoreCsvWriter.Write([Model], dutchExcel: true, demoNotice: ExportNotices.Demo);
        Assert.Equal('\uFEFF', text[0]);
        var lines = text[1..].TrimEnd('\n').Split('\n');
        Assert.Equal("# " + ExportNotices.Demo, lines[0]);
        Assert.Equal(string.Join(';', ScoreExportRow.Columns), lines[1]);
        Assert.Equal("BU00140000;\"Binnenstad, \"\"oud\"\"\";GM0014;model;leefbaar-x;2024;-0,1;0,01;-0,02;0,03;-0,04;-0,05;3,9;4;4;5;5;6;4;3;zwak;weak;true;-0,15;-0,05;3;5;0,4321", lines[2]);
    }

    [Fact]
    public void Extra_columns_follow_the_shared_ones()
    {
        var lines = ScoreCsvWriter.Write([Model], extraColumns: ["buurten", "weights"], extra: r => [r.Code + " BU2", "area"]).TrimEnd('\n').Split('\n');
        Assert.EndsWith(",p_weak,buurten,weights", lines[0]);
        Assert.EndsWith(",0.4321,BU00140000 BU2,area", lines[1]);
    }

    [Fact]
    public void GeoJson_properties_have_the_csv_names_with_typed_values()
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream)) ScoreGeoJsonProperties.Write(w, Official);
        var p = JsonDocument.Parse(stream.ToArray()).RootElement;
        Assert.Equal(ScoreExportRow.Columns, p.EnumerateObject().Select(x => x.Name));
        Assert.Equal(0.235348, p.GetProperty("vrz").GetDouble());
        Assert.Equal(9, p.GetProperty("kvrz").GetInt32());
        Assert.Equal("goed", p.GetProperty("label_nl").GetString());
        Assert.Equal(JsonValueKind.Null, p.GetProperty("lbm").ValueKind);
        Assert.Equal(JsonValueKind.Null, p.GetProperty("reliable").ValueKind);
    }

    [Fact]
    public void GeoPackage_holds_every_row_with_its_values_geometry_and_extent()
    {
        var shapes = new Dictionary<string, Geometry> { ["BU03070100"] = Square(5.38, 52.15, 0.01) };
        var bytes = ScoreGeoPackageWriter.Write([Official, Model], r => shapes.GetValueOrDefault(r.Code), "buurt 2024");
        Assert.Equal("SQLite format 3\0", System.Text.Encoding.ASCII.GetString(bytes, 0, 16));

        var path = Path.Combine(Path.GetTempPath(), $"score-export-test-{Guid.NewGuid():N}.gpkg");
        File.WriteAllBytes(path, bytes);
        try
        {
            using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            c.Open();
            object? Scalar(string sql) { using var cmd = c.CreateCommand(); cmd.CommandText = sql; return cmd.ExecuteScalar(); }
            Assert.Equal(0x47504B47L, Scalar("PRAGMA application_id"));
            Assert.Equal("features", Scalar("SELECT data_type FROM gpkg_contents WHERE table_name = 'scores'"));
            Assert.Equal(4326L, Scalar("SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = 'scores' AND column_name = 'geom'"));
            Assert.Equal(5.39, (double)Scalar("SELECT max_x FROM gpkg_contents")!, 9);
            Assert.Equal(2L, Scalar("SELECT count(*) FROM scores"));
            Assert.Equal(0.235348, (double)Scalar("SELECT vrz FROM scores WHERE code = 'BU03070100'")!);
            Assert.Equal(9L, Scalar("SELECT kvrz FROM scores WHERE code = 'BU03070100'"));
            Assert.Equal("Binnenstad, \"oud\"", Scalar("SELECT name FROM scores WHERE code = 'BU00140000'"));
            Assert.Equal(1L, Scalar("SELECT reliable FROM scores WHERE code = 'BU00140000'"));
            Assert.Equal(DBNull.Value, Scalar("SELECT geom FROM scores WHERE code = 'BU00140000'"));
            var blob = (byte[])Scalar("SELECT geom FROM scores WHERE code = 'BU03070100'")!;
            var geometry = new GeoPackageGeoReader().Read(blob);
            Assert.IsType<MultiPolygon>(geometry);
            Assert.Equal("GP", System.Text.Encoding.ASCII.GetString(blob, 0, 2));
            Assert.Equal(4326, (blob[3] & 1) == 1 ? BitConverter.ToInt32(blob, 4) : System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(blob.AsSpan(4)));
            Assert.Equal(1e-4, geometry.Area, 12);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }
}
