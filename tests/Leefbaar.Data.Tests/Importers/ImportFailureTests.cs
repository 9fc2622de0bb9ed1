using System.Text.Json.Nodes;
using Leefbaar.Data.Import;
using Leefbaar.Data.Importers;
using Leefbaar.Data.Manifest;
using Leefbaar.TestSupport;

namespace Leefbaar.Data.Tests.Importers;

/// <summary>One test per kind of bad input, on mutated copies of real files: each must give one ImportException that says where.</summary>
public sealed class ImportFailureTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static ImportException Fails(IImporter importer, string path, ManifestEntry entry) =>
        Assert.Throws<ImportException>(() => importer.Read(path, entry, new ImportBatch()));

    private static ImportException FailsCsv(string path) => Fails(new LbmCsvImporter(), path, RealManifest.Entry("lbm3-2022-pc4"));

    private static ImportException FailsWoonIkVeilig(string folder) => Fails(new WoonIkVeiligImporter(), folder, RealManifest.Entry("kwb-2024-woonikveilig"));

    private static ImportException FailsLbm3(string path, ManifestEntry? entry = null) => Fails(new Lbm3GeoJsonImporter(), path, entry ?? RealManifest.Entry("lbm3-2024-buurten"));

    /// <summary>The message names the file, the place and the field, and what was found.</summary>
    private static void AssertNames(ImportException e, string file, string where, string? field, string? found)
    {
        Assert.Equal(file, e.File);
        Assert.StartsWith(Path.GetFileName(file) + ", " + where, e.Message);
        if (field is not null) Assert.Contains($"field '{field}'", e.Message);
        if (found is not null) Assert.Contains($"found '{found}'", e.Message);
        Assert.Contains("expected ", e.Message);
    }

    // GM0307.json lists 33 wijken, so its first buurt (BU03072004) is feature 1 + 33 = 34 (the gemeente itself is 0).
    private const int FirstAmersfoortBuurt = 34;

    [Fact]
    public void Unknown_code_shape_in_JSON()
    {
        var folder = MutatedCopies.WoonIkVeiligWithAmersfoort(_dir, gm => gm["buurten"]![0]!["code"] = "BU0307200");
        var e = FailsWoonIkVeilig(folder);
        Assert.Equal((long?)FirstAmersfoortBuurt, e.Feature);
        Assert.Equal("code", e.Field);
        AssertNames(e, Path.Combine(folder, "gemeente", "GM0307.json"), $"feature {FirstAmersfoortBuurt}", "code", "BU0307200");
    }

    [Fact]
    public void Unknown_code_shape_in_CSV()
    {
        var lines = MutatedCopies.Pc4Lines(20);
        lines[10] = "0123" + lines[10][4..]; // line 11: a PC4 never starts with 0
        var path = MutatedCopies.WriteLines(_dir, "pc4.csv", lines);
        var e = FailsCsv(path);
        Assert.Equal((11L, "PC4"), (e.Line!.Value, e.Field));
        AssertNames(e, path, "line 11", "PC4", "0123");
    }

    [Fact]
    public void Wrong_level_for_the_array_it_sits_in()
    {
        var folder = MutatedCopies.WoonIkVeiligWithAmersfoort(_dir, gm => gm["buurten"]![0]!["code"] = "WK030720");
        var e = FailsWoonIkVeilig(folder);
        Assert.Equal((long?)FirstAmersfoortBuurt, e.Feature);
        Assert.Contains("a BU code in buurten[]", e.Message);
    }

    [Fact]
    public void Non_numeric_value_in_CSV()
    {
        var lines = MutatedCopies.Pc4Lines(20);
        var cells = lines[4].Split(',');
        cells[3] = "abc"; // afw on line 5
        lines[4] = string.Join(",", cells);
        var path = MutatedCopies.WriteLines(_dir, "pc4.csv", lines);
        var e = FailsCsv(path);
        Assert.Equal((5L, "afw"), (e.Line!.Value, e.Field));
        AssertNames(e, path, "line 5", "afw", "abc");
        Assert.Contains("a number", e.Expected);
    }

    [Fact]
    public void Non_numeric_value_in_JSON()
    {
        var folder = MutatedCopies.WoonIkVeiligWithAmersfoort(_dir, gm => gm["buurten"]![0]!["demografie"]!["inwoners"] = "veel");
        var e = FailsWoonIkVeilig(folder);
        Assert.Equal(((long?)FirstAmersfoortBuurt, "inwoners"), (e.Feature, e.Field));
        AssertNames(e, Path.Combine(folder, "gemeente", "GM0307.json"), $"feature {FirstAmersfoortBuurt}", "inwoners", "veel");
    }

    [Fact]
    public void Non_numeric_year_key_in_JSON()
    {
        var folder = MutatedCopies.WoonIkVeiligWithAmersfoort(_dir, gm => gm["veiligheid"]!["trend"]!["twintig"] = 5);
        var e = FailsWoonIkVeilig(folder);
        Assert.Equal((0L, "trend"), (e.Feature!.Value, e.Field));
        Assert.Contains("found 'twintig'", e.Message);
    }

    [Fact]
    public void Missing_code_column_in_CSV()
    {
        var lines = MutatedCopies.Pc4Lines(5);
        lines[0] = lines[0].Replace("PC4", "postcode");
        var path = MutatedCopies.WriteLines(_dir, "pc4.csv", lines);
        var e = FailsCsv(path);
        Assert.Equal(1L, e.Line);
        AssertNames(e, path, "line 1", null, null);
        Assert.Contains("found 'postcode,jaar,lbm,afw", e.Message);
        Assert.Contains("'PC4'", e.Message);
    }

    [Fact]
    public void Missing_year_column_without_a_manifest_year()
    {
        var lines = MutatedCopies.Pc4Lines(5).Select(l => string.Join(",", l.Split(',').Where((_, i) => i != 1))).ToList();
        var path = MutatedCopies.WriteLines(_dir, "pc4.csv", lines);
        var e = FailsCsv(path);
        Assert.Equal(1L, e.Line);
        Assert.Contains("'jaar'", e.Message);
    }

    [Fact]
    public void Empty_CSV_has_no_header()
    {
        var path = MutatedCopies.WriteLines(_dir, "pc4.csv", []);
        var e = FailsCsv(path);
        Assert.Equal(1L, e.Line);
        Assert.Contains("header", e.Message);
    }

    [Fact]
    public void Missing_code_member_in_JSON()
    {
        var folder = MutatedCopies.WoonIkVeiligWithAmersfoort(_dir, gm => gm["buurten"]![0]!.AsObject().Remove("code"));
        var e = FailsWoonIkVeilig(folder);
        Assert.Equal(((long?)FirstAmersfoortBuurt, "code"), (e.Feature, e.Field));
        Assert.Contains("found '(missing)'", e.Message);
    }

    [Fact]
    public void Missing_afw_in_a_score_object()
    {
        var fc = MutatedCopies.UtrechtBuurten(5);
        fc["features"]![2]!["properties"]!["raw"]!.AsObject().Remove("afw");
        var path = MutatedCopies.WriteJson(_dir, "26.geojson", fc);
        var e = FailsLbm3(path);
        Assert.Equal((2L, "raw.afw"), (e.Feature!.Value, e.Field));
        AssertNames(e, path, "feature 2", "raw.afw", "(missing)");
    }

    [Fact]
    public void Class_out_of_range_and_wrong_measurement_year()
    {
        var fc = MutatedCopies.UtrechtBuurten(5);
        fc["features"]![1]!["properties"]!["raw"]!["kscore"] = 12;
        var path = MutatedCopies.WriteJson(_dir, "26.geojson", fc);
        var e = FailsLbm3(path);
        Assert.Equal((1L, "raw.kscore"), (e.Feature!.Value, e.Field));
        Assert.Contains("found '12'", e.Message);

        fc = MutatedCopies.UtrechtBuurten(5);
        fc["features"]![3]!["properties"]!["raw"]!["year"] = "2023";
        path = MutatedCopies.WriteJson(_dir, "26b.geojson", fc);
        e = FailsLbm3(path);
        Assert.Equal((3L, "raw.year"), (e.Feature!.Value, e.Field));
        Assert.Contains("2024", e.Expected);
    }

    [Fact]
    public void Truncated_JSON()
    {
        var text = File.ReadAllText(SharedData.Require("woonikveilig/gemeente/GM0307.json"));
        var folder = _dir.File("woonikveilig");
        var file = Path.Combine(folder, "gemeente", "GM0307.json");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text[..(text.Length * 2 / 3)]);
        var e = FailsWoonIkVeilig(folder);
        Assert.Equal(file, e.File);
        Assert.NotNull(e.Line);
        Assert.Contains("complete, valid JSON", e.Message);
        Assert.StartsWith($"GM0307.json, line {e.Line}", e.Message);
    }

    [Fact]
    public void Truncated_GeoJSON()
    {
        var text = File.ReadAllText(SharedData.Require("lbm3-2024/buurten/24.geojson"));
        var path = _dir.File("24.geojson");
        File.WriteAllText(path, text[..(text.Length / 2)]);
        var e = FailsLbm3(path);
        Assert.Equal(path, e.File);
        Assert.NotNull(e.Line);
        Assert.Contains("complete, valid JSON", e.Message);
    }

    [Fact]
    public void Truncated_CSV()
    {
        var lines = MutatedCopies.Pc4Lines(20);
        lines[20] = lines[20][..14]; // line 21 cut off inside lbm: "1012,2014,4.26"
        var path = MutatedCopies.WriteLines(_dir, "pc4.csv", lines);
        var e = FailsCsv(path);
        Assert.Equal(21L, e.Line);
        AssertNames(e, path, "line 21", null, null);
        Assert.Contains("9 columns", e.Message);
    }

    [Fact]
    public void Duplicate_key_in_CSV()
    {
        var lines = MutatedCopies.Pc4Lines(20);
        lines.Add(lines[3]); // line 4 again as line 22
        var path = MutatedCopies.WriteLines(_dir, "pc4.csv", lines);
        var e = FailsCsv(path);
        Assert.Equal((22L, "PC4"), (e.Line!.Value, e.Field));
        Assert.Contains("duplicate key", e.Message);
        Assert.Contains(lines[3][..4], e.Message);
    }

    [Fact]
    public void Duplicate_key_in_GeoJSON()
    {
        var fc = MutatedCopies.UtrechtBuurten(6);
        var features = fc["features"]!.AsArray();
        features.Add(features[0]!.DeepClone());
        var path = MutatedCopies.WriteJson(_dir, "26.geojson", fc);
        var e = FailsLbm3(path);
        Assert.Equal((6L, "code"), (e.Feature!.Value, e.Field));
        Assert.Contains("duplicate key", e.Message);

        var wijken = new GeoJsonBoundaryImporter();
        var e2 = Fails(wijken, path, RealManifest.Entry("lbm3-2024-buurten") with { Format = "geojson", Options = null });
        Assert.Equal(6L, e2.Feature);
        Assert.Contains("duplicate key", e2.Message);
    }

    [Fact]
    public void RD_coordinates_in_a_file_declaring_WGS84()
    {
        var fc = MutatedCopies.UtrechtBuurten(4);
        // Roughly RD New metres around Amersfoort: what a file holds when its writer forgot to reproject.
        MutatedCopies.MapPositions(fc, (lon, lat) => (155_000 + (lon - 5.3872) * 68_000, 463_000 + (lat - 52.1552) * 111_000));
        MutatedCopies.DeclareCrs(fc, "urn:ogc:def:crs:OGC:1.3:CRS84");
        var path = MutatedCopies.WriteJson(_dir, "26.geojson", fc);
        var e = FailsLbm3(path);
        Assert.Equal((0L, "geometry"), (e.Feature!.Value, e.Field));
        AssertNames(e, path, "feature 0", "geometry", null);
        Assert.Contains("wrong CRS", e.Message);
    }

    [Fact]
    public void Lon_lat_declared_as_RD_New()
    {
        var fc = MutatedCopies.UtrechtBuurten(4);
        MutatedCopies.DeclareCrs(fc, "urn:ogc:def:crs:EPSG::28992");
        var path = MutatedCopies.WriteJson(_dir, "26.geojson", fc);
        var e = FailsLbm3(path);
        Assert.Equal((0L, "geometry"), (e.Feature!.Value, e.Field));
        Assert.Contains("RdNew", e.Message);
        Assert.Contains("wrong CRS", e.Message);

        // The same mistake made in the manifest instead of the file.
        var plain = MutatedCopies.WriteJson(_dir, "plain.geojson", MutatedCopies.UtrechtBuurten(4));
        var e2 = FailsLbm3(plain, RealManifest.Entry("lbm3-2024-buurten") with { Crs = "EPSG:28992" });
        Assert.Contains("wrong CRS", e2.Message);
    }

    [Fact]
    public void Coordinates_outside_the_Netherlands()
    {
        var fc = MutatedCopies.UtrechtBuurten(3);
        MutatedCopies.MapPositions(fc, (lon, lat) => (lon + 20, lat)); // somewhere in Belarus
        var path = MutatedCopies.WriteJson(_dir, "26.geojson", fc);
        var e = FailsLbm3(path);
        Assert.Equal((0L, "geometry"), (e.Feature!.Value, e.Field));
        Assert.Contains("in the Netherlands", e.Message);
    }

    [Fact]
    public void Boundary_file_with_codes_of_another_level_than_declared()
    {
        var path = MutatedCopies.WriteJson(_dir, "26.geojson", MutatedCopies.UtrechtBuurten(3));
        var entry = RealManifest.Entry("wijken-2024-geoinzicht") with { Options = new() { ["code"] = "code" } };
        var e = Fails(new GeoJsonBoundaryImporter(), path, entry);
        Assert.Equal((0L, "code"), (e.Feature!.Value, e.Field));
        Assert.Contains("wijk codes as declared", e.Message);
    }

    [Fact]
    public void Lbm2_bad_class_bad_key_and_bad_code()
    {
        var importer = new Lbm2ClassesImporter();
        var entry = RealManifest.Entry("lbm2-gemeenten");
        JsonObject Gemeenten() => MutatedCopies.LoadJson("koenkoen1-minorproject/gemeente.json").AsObject();

        var g = Gemeenten();
        g["GM0005"]!["KL08"] = "x"; // GM0005 is the second key
        var e = Fails(importer, MutatedCopies.WriteJson(_dir, "a.json", g), entry);
        Assert.Equal((1L, "KL08"), (e.Feature!.Value, e.Field));
        Assert.Contains("found 'x'", e.Message);

        g = Gemeenten();
        g["GM0005"]!["VKL0208"] = "8";
        e = Fails(importer, MutatedCopies.WriteJson(_dir, "b.json", g), entry);
        Assert.Equal((1L, "VKL0208"), (e.Feature!.Value, e.Field));
        Assert.Contains("development class 1–7", e.Message);

        g = Gemeenten();
        g["GM0005"]!["XL02"] = "3";
        e = Fails(importer, MutatedCopies.WriteJson(_dir, "c.json", g), entry);
        Assert.Equal("XL02", e.Field);

        g = Gemeenten();
        g["GM05"] = new JsonObject();
        e = Fails(importer, MutatedCopies.WriteJson(_dir, "d.json", g), entry);
        Assert.Equal((390L, "(key)"), (e.Feature!.Value, e.Field));
        Assert.Contains("found 'GM05'", e.Message);
    }
}
