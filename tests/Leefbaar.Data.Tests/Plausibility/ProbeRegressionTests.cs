using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json.Nodes;
using Leefbaar.Core.Areas;
using Leefbaar.Data.Import;
using Leefbaar.Data.Importers;
using Leefbaar.Data.Manifest;
using Leefbaar.Data.Plausibility;
using Leefbaar.Data.Store;
using Leefbaar.Data.Tests.Importers;
using Leefbaar.TestSupport;

namespace Leefbaar.Data.Tests.Plausibility;

/// <summary>One test per finding of the reliability probe (issue 14): each input once crashed, hung or was stored silently.</summary>
public sealed class ProbeRegressionTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static ImportException Fails(IImporter importer, string path, ManifestEntry entry) =>
        Assert.Throws<ImportException>(() => importer.Read(path, entry, new ImportBatch()));

    // Line 5 of the PC4 file with its afw cell (column 4) replaced.
    private string Pc4WithAfw(string afw)
    {
        var lines = MutatedCopies.Pc4Lines(20);
        var cells = lines[4].Split(',');
        cells[3] = afw;
        lines[4] = string.Join(",", cells);
        return MutatedCopies.WriteLines(_dir, "data/pc4.csv", lines);
    }

    [Fact]
    public void Afw_99999_rejects_the_dataset_naming_line_field_and_value()
    {
        Pc4WithAfw("99999");
        using var store = LeefbaarStore.Open(_dir.File("s.duckdb"));
        var entry = RealManifest.Entry("lbm3-2022-pc4") with { Path = "pc4.csv" };
        var e = Assert.Throws<ImportException>(() => new ImportService(store, ImporterRegistry.Default()).ImportOne(_dir.File("data"), entry));
        Assert.Equal((5L, "afw"), (e.Line!.Value, e.Field));
        Assert.Contains("found '99999 for 1011", e.Message);
        Assert.Contains("within ±2", e.Expected);
        Assert.NotNull(e.Hint);
        Assert.Null(store.DatasetHash(entry.Id));
    }

    [Fact]
    public void Accept_implausible_imports_the_rows_and_reports_each_violation()
    {
        Pc4WithAfw("99999");
        using var store = LeefbaarStore.Open(_dir.File("s.duckdb"));
        var entry = RealManifest.Entry("lbm3-2022-pc4") with { Path = "pc4.csv" };
        var result = new ImportService(store, ImporterRegistry.Default(), new ImportOptions { AcceptImplausible = true }).ImportOne(_dir.File("data"), entry);
        Assert.Equal(ImportOutcome.Imported, result.Outcome);
        var v = Assert.Single(result.Validation!.Violations);
        Assert.Equal((5L, "afw", 99999.0), (v.Line!.Value, v.Field, v.Value));
        Assert.Equal(20, store.Scalar<long>("SELECT count(*) FROM official_scores WHERE dataset = $d", ("d", entry.Id)));
    }

    [Theory]
    [InlineData("Infinity")]
    [InlineData("NaN")]
    [InlineData("1e309")]
    public void Non_finite_score_is_refused_not_turned_missing(string text)
    {
        var e = Fails(new LbmCsvImporter(), Pc4WithAfw(text), RealManifest.Entry("lbm3-2022-pc4"));
        Assert.Equal((5L, "afw"), (e.Line!.Value, e.Field));
        Assert.Equal("a finite number", e.Expected);
    }

    [Fact]
    public void Negative_inhabitants_and_a_share_of_250_percent_are_violations()
    {
        var folder = MutatedCopies.WoonIkVeiligWithAmersfoort(_dir, gm =>
        {
            gm["buurten"]![0]!["demografie"]!["inwoners"] = -40;
            gm["buurten"]![1]!["demografie"]!["koopwoningen"] = 250;
        });
        var entry = RealManifest.Entry("kwb-2024-woonikveilig");
        var batch = ImportService.Read(new WoonIkVeiligImporter(), [folder], entry);
        var found = PlausibilityCheck.Find(batch, PlausibilityRules.Default, folder);
        // The negative total also puts every age group of that buurt above it (part-of rule).
        Assert.Equal(("population", -40.0, 34L), (found[0].Field, found[0].Value, found[0].Feature!.Value));
        Assert.Contains(found, v => (v.Field, v.Value, v.Feature) == ("owner_occupied_pct", 250.0, 35L));
        Assert.All(found, v => Assert.InRange(v.Feature!.Value, 34, 35));
        Assert.All(found, v => Assert.EndsWith("GM0307.json", v.File));
        Assert.Throws<ImportException>(() => ImportService.Validate(batch, entry, folder, ImportOptions.Default));
    }

    [Fact]
    public void A_year_of_1776_a_value_of_1e300_and_more_men_than_inhabitants_are_violations()
    {
        var batch = new ImportBatch();
        var bu = AreaCode.Parse("BU03070000");
        batch.At("x.csv", line: 2);
        batch.Observe(bu, 2024, 1776, "population", 100, "T");
        batch.At("x.csv", line: 3);
        batch.Observe(bu, 2024, 2024, "woz_mean", 1e300, "T");
        batch.At("x.csv", line: 4);
        batch.Observe(bu, 2024, 2024, "population", 100, "T");
        batch.Observe(bu, 2024, 2024, "population_male", 106, "T");
        batch.Observe(bu, 2024, 2024, "population_female", 105, "T"); // within CBS rounding to 5
        var found = PlausibilityCheck.Find(batch, PlausibilityRules.Default, "x.csv");
        Assert.Equal([(2L, "population (year)"), (3L, "woz_mean"), (4L, "population_male")], found.Select(v => (v.Line!.Value, v.Field)).ToArray());
    }

    [Fact]
    public void One_rd_feature_in_a_lon_lat_file_is_refused_naming_it()
    {
        var fc = MutatedCopies.UtrechtBuurten(6);
        var features = fc["features"]!.AsArray();
        var first = (JsonObject)features[0]!.DeepClone();
        features.RemoveAt(0);
        var path = MutatedCopies.WriteJson(_dir, "lonlat.geojson", fc);
        // Move feature 0 to RD metres and put it first: the old check guessed the CRS from it alone.
        var rd = new JsonObject { ["type"] = "FeatureCollection", ["features"] = new JsonArray(first) };
        MutatedCopies.MapPositions(rd, (x, y) => (135_000 + x, 455_000 + y));
        features.Insert(0, rd["features"]!.AsArray()[0]!.DeepClone());
        File.WriteAllText(path, fc.ToJsonString());
        // Without a declared CRS the first feature makes the guess (RD New); the lon/lat feature after it is caught.
        var e = Fails(new Lbm3GeoJsonImporter(), path, RealManifest.Entry("lbm3-2024-buurten") with { Crs = null });
        Assert.Equal((1L, "geometry"), (e.Feature!.Value, e.Field));
        Assert.Contains("inside the Netherlands", e.Expected);
    }

    [Fact]
    public void Geometry_outside_the_country_is_refused()
    {
        var fc = MutatedCopies.UtrechtBuurten(3);
        MutatedCopies.MapPositions(fc, (x, y) => (x + 8, y)); // 13° E: Germany/Poland
        var path = MutatedCopies.WriteJson(_dir, "east.geojson", fc);
        var e = Fails(new GeoJsonBoundaryImporter(), path, ImportHarness.Entry("geojson", "east.geojson", 2024, 2024, "buurt", new() { ["code"] = "code" }));
        Assert.Equal(0L, e.Feature);
    }

    [Fact]
    public void Provincies_file_without_its_member_is_a_typed_error()
    {
        var folder = MutatedCopies.WoonIkVeiligWithAmersfoort(_dir, _ => { });
        File.WriteAllText(Path.Combine(folder, "provincies.json"), """{"regions": []}""");
        var e = Fails(new WoonIkVeiligImporter(), folder, RealManifest.Entry("kwb-2024-woonikveilig"));
        Assert.Equal("provincies", e.Field);
        Assert.EndsWith("provincies.json", e.File);
    }

    [Fact]
    public void Wijken_as_an_empty_object_is_an_error_not_a_silent_loss()
    {
        var folder = MutatedCopies.WoonIkVeiligWithAmersfoort(_dir, gm => gm["wijken"] = new JsonObject());
        var e = Fails(new WoonIkVeiligImporter(), folder, RealManifest.Entry("kwb-2024-woonikveilig"));
        Assert.Equal("wijken", e.Field);
        Assert.Contains("as an array", e.Expected);
    }

    [Theory]
    [InlineData("""{"datasets":[null]}""", "datasets")]
    [InlineData("""{"datasets":[{"id":"","path":"x","format":"geojson"}]}""", "id")]
    [InlineData("""{"datasets":[{"id":"a","path":null,"format":"geojson"}]}""", "path")]
    public void Manifest_with_a_null_or_empty_entry_is_a_typed_error(string json, string field)
    {
        File.WriteAllText(_dir.File("m.json"), json);
        var e = Assert.Throws<ImportException>(() => DataManifest.Load(_dir.File("m.json")));
        Assert.Equal((0L, field), (e.Feature!.Value, e.Field));
    }

    [Fact]
    public void Dbf_count_beyond_int32_is_a_typed_error()
    {
        const string wijken = "kennisnetwerk-fietsendiefstallen/wijk2017.zip";
        var bad = ZipMutation.Copy(SharedData.Require(wijken), _dir.File("big.zip"),
            (name, bytes) => name.EndsWith(".dbf") ? ZipMutation.ReplaceOnce(bytes, "     22635", "9999999999") : bytes);
        var e = Fails(new ShapefileZipImporter(), bad, new ManifestEntry { Id = "w", Path = "big.zip", Format = "shapefile-zip", Level = "wijk", Year = 2017 });
        Assert.Equal(0L, e.Feature);
    }

    [Fact]
    public void TopoJson_with_zero_scale_is_refused()
    {
        var root = JsonNode.Parse(File.ReadAllText(SharedData.Require("ties-cbs-topojson/Wijk_2014_layer_q1e3.json")))!;
        root["transform"]!["scale"] = new JsonArray(0, 0);
        var path = MutatedCopies.WriteJson(_dir, "zero.json", root);
        var e = Fails(new TopoJsonImporter(), path, RealManifest.Entry("wijken-2014-topojson"));
        Assert.Equal("transform.scale", e.Field);
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("/proc/self/environ")]
    [InlineData("sub/../../outside.csv")]
    public void Manifest_path_outside_the_data_folder_is_refused_without_echoing_content(string path)
    {
        Directory.CreateDirectory(_dir.File("data/sub"));
        File.WriteAllText(_dir.File("outside.csv"), "SECRET=1,2\n");
        var e = Assert.Throws<ImportException>(() => DataManifest.Resolve(_dir.File("data"), new ManifestEntry { Id = "x", Path = path, Format = "lbm-csv" }));
        Assert.Contains("inside the data folder", e.Expected);
        Assert.DoesNotContain("SECRET", e.Message);
        Assert.DoesNotContain("PATH=", e.Message);
    }

    [Fact]
    public void Symlinks_out_of_the_data_folder_and_devices_are_refused()
    {
        Directory.CreateDirectory(_dir.File("data"));
        File.WriteAllText(_dir.File("secret.csv"), "SECRET=1,2\n");
        File.CreateSymbolicLink(_dir.File("data/link.csv"), _dir.File("secret.csv"));
        File.CreateSymbolicLink(_dir.File("data/zero.csv"), "/dev/zero");
        var dataDir = _dir.File("data");
        var link = Assert.Throws<ImportException>(() => DataManifest.Resolve(dataDir, new ManifestEntry { Id = "x", Path = "link.csv", Format = "lbm-csv" }));
        Assert.Contains("inside the data folder", link.Expected);
        var watch = Stopwatch.StartNew();
        Assert.Throws<ImportException>(() => DataManifest.Resolve(dataDir, new ManifestEntry { Id = "x", Path = "zero.csv", Format = "lbm-csv" }));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5));
        // Inside the folder, an empty file (what a device or pipe reports) is refused before it is opened.
        File.WriteAllText(_dir.File("data/empty.csv"), "");
        var empty = Assert.Throws<ImportException>(() => DataManifest.Resolve(dataDir, new ManifestEntry { Id = "x", Path = "empty.csv", Format = "lbm-csv" }));
        Assert.Equal("a non-empty regular file", empty.Expected);
    }

    [Fact]
    public void A_50_MB_line_fails_quickly_with_its_line_number()
    {
        var path = _dir.File("long.csv");
        using (var w = new StreamWriter(path))
        {
            w.Write("PC4,jaar,lbm,afw\n1011,2002,");
            w.Write(new string('4', 50_000_000));
            w.Write('\n');
        }
        var watch = Stopwatch.StartNew();
        var e = Fails(new LbmCsvImporter(), path, RealManifest.Entry("lbm3-2022-pc4"));
        Assert.Equal(2L, e.Line);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), watch.Elapsed.ToString());
    }

    [Fact]
    public void A_million_deep_JSON_fails_quickly()
    {
        var path = _dir.File("deep.json");
        File.WriteAllText(path, new string('[', 1_000_000) + new string(']', 1_000_000));
        var watch = Stopwatch.StartNew();
        var e = Fails(new Lbm2ClassesImporter(), path, RealManifest.Entry("lbm2-wijken"));
        Assert.Equal("complete, valid JSON", e.Expected);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), watch.Elapsed.ToString());
    }

    [Fact]
    public void A_zip_bomb_member_is_refused_by_its_ratio()
    {
        var path = _dir.File("bomb.zip");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using var s = zip.CreateEntry("wijk2017.dbf", CompressionLevel.SmallestSize).Open();
            s.Write(new byte[50 << 20]); // 50 MiB of zeros compress about 1000:1
        }
        var e = Fails(new ShapefileZipImporter(), path, new ManifestEntry { Id = "w", Path = "bomb.zip", Format = "shapefile-zip", Year = 2017 });
        Assert.Contains("compression ratio", e.Expected);
    }

    [Fact]
    public void Provincie_code_that_is_no_number_is_a_typed_error()
    {
        var fc = MutatedCopies.UtrechtBuurten(2);
        fc["features"]![1]!["properties"]!["provincie_code"] = "XX";
        var path = MutatedCopies.WriteJson(_dir, "pv.geojson", fc);
        var e = Fails(new Lbm3GeoJsonImporter(), path, RealManifest.Entry("lbm3-2024-buurten"));
        Assert.Equal((1L, "provincie_code"), (e.Feature!.Value, e.Field));
    }
}
