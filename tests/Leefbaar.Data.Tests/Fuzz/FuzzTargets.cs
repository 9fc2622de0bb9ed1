using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using Leefbaar.Data.Import;
using Leefbaar.Data.Manifest;
using Leefbaar.Data.Tests.Importers;
using Leefbaar.TestSupport;

namespace Leefbaar.Data.Tests.Fuzz;

/// <summary>The fuzzed importers, each seeded with a small slice of a real shared-data file (small, so that many inputs run per second).</summary>
internal static class FuzzTargets
{
    /// <summary>Target names, for the test theory.</summary>
    public static readonly string[] Names =
    [
        "lbm-csv", "statline-csv", "indicator-csv", "event-count-csv", "cbs-dimension-csv", "woonikveilig", "lbm3-geojson",
        "geojson", "topojson", "lbm2-classes", "shapefile-zip-dbf", "shapefile-zip-shp", "geopackage", "cbs-odata", "manifest",
        "layer-geojson", "layer-points-csv", "statline-xlsx",
    ];

    /// <summary>The target with this name.</summary>
    public static FuzzTarget Get(string name) => name switch
    {
        "lbm-csv" => Csv(name, MutatedCopies.Pc4File, 30, "lbm3-2022-pc4"),
        "statline-csv" => Csv(name, "elakyc15-group7/Kerncijfers_wijken_en_buurten_2019.csv", 30, "kwb-2019-amsterdam"),
        "indicator-csv" => Csv(name, "bodemgebruik-2017/85217NED_bodemgebruik_wijk_buurt_2017.csv", 30, "bodemgebruik-2017"),
        "event-count-csv" => Csv(name, "maartensiffels-misdaad-in-kaart/MiK-Nederland-PC4.csv", 40, "burglary-pc4-2023-2026"),
        "cbs-dimension-csv" => Csv(name, "bernasco-misdaad_concentratie/WijkenEnBuurten.csv", 40, "areas-2024-cbs-dimension"),
        "woonikveilig" => FuzzTarget.ForImporter(name, File.ReadAllBytes(SharedData.Require("woonikveilig/gemeente/GM0088.json")),
            "woonikveilig/gemeente/GM0088.json", RealManifest.Entry("kwb-2024-woonikveilig"), readPath: "woonikveilig"),
        "lbm3-geojson" => FuzzTarget.ForImporter(name, Json(MutatedCopies.UtrechtBuurten(3)), "b.geojson", RealManifest.Entry("lbm3-2024-buurten") with { Path = "b.geojson" }),
        "geojson" => FuzzTarget.ForImporter(name, Json(MutatedCopies.UtrechtBuurten(3)), "b.geojson",
            ImportHarness.Entry("geojson", "b.geojson", 2024, 2024, "buurt", new() { ["code"] = "code", ["attributes"] = "raw.afw=afw_attr" })),
        "topojson" => FuzzTarget.ForImporter(name, Encoding.UTF8.GetBytes(Topology), "t.json",
            new ManifestEntry { Id = "t", Path = "t.json", Format = "topojson", Division = 2014 }),
        "lbm2-classes" => FuzzTarget.ForImporter(name, Lbm2Slice(), "g.json", RealManifest.Entry("lbm2-gemeenten") with { Path = "g.json" }),
        "shapefile-zip-dbf" => ZipMember(name, ".dbf"),
        "shapefile-zip-shp" => ZipMember(name, ".shp"),
        "geopackage" => FuzzTarget.ForImporter(name, GeoPackageSeed(), "b.gpkg",
            ImportHarness.Entry("geopackage", "b.gpkg", 2024, 2024, "buurt")),
        "cbs-odata" => FuzzTarget.ForImporter(name, Encoding.UTF8.GetBytes(ODataPage), "p.json",
            new ManifestEntry { Id = "o", Path = "p.json", Format = "cbs-odata", Source = "85984NED" }),
        "manifest" => new FuzzTarget(name, File.ReadAllBytes(Path.Combine(SharedData.RepositoryRoot(), "data-manifests", "shared-data.json")), "m.json",
            (dataDir, file) =>
            {
                foreach (var entry in DataManifest.Load(file).Datasets) DataManifest.Resolve(dataDir, entry);
            }),
        // The map layers of issue 10: six NWB stations (WGS84 points), and the first 40 KNMI induced earthquakes.
        "layer-geojson" => FuzzTarget.ForImporter(name, FirstFeatures("nwb-spoorwegen/treinstations.geojson", 6), "s.geojson",
            RealManifest.Entry("rail-stations-2011") with { Path = "s.geojson" }),
        "layer-points-csv" => Csv(name, "knmi-induced-earthquakes/all_induced.csv", 40, "knmi-induced-earthquakes-1986-2018"),
        "statline-xlsx" => FuzzTarget.ForImporter(name, XlsxSeed(), "r.xlsx", RealManifest.Entry("rivm-gezondheid-2020") with { Path = "r.xlsx" }),
        _ => throw new ArgumentException(name),
    };

    // Three rows in the shape of RIVM's 50090NED sheet (values of Tarwewijk, its wijk and gemeente in the real file).
    private static byte[] XlsxSeed()
    {
        using var dir = new TempDir();
        var file = dir.File("seed.xlsx");
        XlsxWriter.Write(file, [
            ["ID", "Leeftijd", "Marges", "Perioden", "SoortRegio_2", "Codering_3", "Eenzaam_28", "ErnstigeGeluidhinderDoorBuren_37"],
            ["1", "20300", "MW00000", "2020JJ00", "Buurt", "BU05991571", "63.6", "11.1"],
            ["2", "20300", "MW00000", "2020JJ00", "Wijk", "WK059915", "60.2", "."],
            ["3", "20300", "MW00000", "2020JJ00", "Gemeente", "GM0599", "54.1", "9.0"]]);
        return File.ReadAllBytes(file);
    }

    private static byte[] FirstFeatures(string relative, int count)
    {
        var collection = MutatedCopies.LoadJson(relative).AsObject();
        var features = new JsonArray(collection["features"]!.AsArray().Take(count).Select(f => f!.DeepClone()).ToArray());
        collection["features"] = features;
        return Json(collection);
    }

    private static FuzzTarget Csv(string name, string relative, int rows, string entryId)
    {
        var lines = File.ReadLines(SharedData.Require(relative)).Take(rows + 1);
        var file = Path.GetFileName(relative);
        return FuzzTarget.ForImporter(name, Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"), file, RealManifest.Entry(entryId) with { Path = file });
    }

    private static byte[] Json(JsonNode node) => Encoding.UTF8.GetBytes(node.ToJsonString());

    private static byte[] Lbm2Slice()
    {
        var all = MutatedCopies.LoadJson("koenkoen1-minorproject/gemeente.json").AsObject();
        var slice = new JsonObject();
        foreach (var (k, v) in all.Take(4)) slice[k] = v!.DeepClone();
        return Json(slice);
    }

    // The Groningen wijken of 2017 with one member (.dbf or .shp) replaced by the mutated bytes.
    private static FuzzTarget ZipMember(string name, string extension)
    {
        var zip = SharedData.Require("kennisnetwerk-fietsendiefstallen/wijk2017.zip");
        using var archive = ZipFile.OpenRead(zip);
        var member = archive.Entries.Single(e => e.Name.EndsWith(extension, StringComparison.OrdinalIgnoreCase));
        using var s = member.Open();
        using var buffer = new MemoryStream();
        s.CopyTo(buffer);
        var entry = new ManifestEntry { Id = "w", Path = "w.zip", Format = "shapefile-zip", Level = "wijk", Year = 2017, Division = 2017, Source = "83765NED" };
        return new FuzzTarget(name, buffer.ToArray(), "member" + extension, (dataDir, file) =>
        {
            var target = Path.Combine(dataDir, "w.zip");
            ZipMutation.Copy(zip, target, (n, bytes) => n.EndsWith(extension, StringComparison.OrdinalIgnoreCase) ? File.ReadAllBytes(file) : bytes);
            var batch = new ImportBatch();
            ImporterRegistry.Default().For(entry.Format).Read(target, entry, batch);
            BatchChecks.EnsureUnique(batch, entry.Id);
            ImportService.Validate(batch, entry, target, ImportOptions.Default);
        });
    }

    private static byte[] GeoPackageSeed()
    {
        var batch = ImportHarness.Read(RealManifest.Entry("lbm3-2024-buurten") with { Path = "b.geojson" }, WriteTemp("b.geojson", Json(MutatedCopies.UtrechtBuurten(3))));
        var file = Path.Combine(Path.GetTempPath(), "leefbaar-fuzz-seed-" + Guid.NewGuid().ToString("N")[..8] + ".gpkg");
        try
        {
            GeoPackageWriter.Write(file, 28992, batch.Geometries, g => "buurt " + g.Area.Value);
            return File.ReadAllBytes(file);
        }
        finally { File.Delete(file); }
    }

    private static string WriteTemp(string name, byte[] bytes)
    {
        var file = Path.Combine(Path.GetTempPath(), "leefbaar-fuzz-" + Guid.NewGuid().ToString("N")[..8] + "-" + name);
        File.WriteAllBytes(file, bytes);
        return file;
    }

    // Two objects over shared arcs near Delft (as in TopoJsonImporterTests), quantized like the CBS 2014 files.
    private const string Topology = """
        {"type":"Topology","transform":{"scale":[0.001,0.001],"translate":[4.35,52.0]},
         "arcs":[[[10,0],[0,10]],[[10,10],[-10,0],[0,-10],[10,0]],[[10,0],[10,0],[0,10],[-10,0]]],
         "objects":{
           "buurten":{"type":"GeometryCollection","geometries":[{"type":"Polygon","arcs":[[0,1]],"properties":{"statcode":"BU05030000","statnaam":"West"}}]},
           "wijken":{"type":"GeometryCollection","geometries":[{"type":"MultiPolygon","arcs":[[[2,-1]]],"id":"WK050300","properties":{"statnaam":"Oost"}}]}}}
        """;

    // A page shaped like CBS 85984NED TypedDataSet, with the 2024 KWB values of Amersfoort and two of its wijken.
    private const string ODataPage = """
        {"odata.metadata":"85984NED/$metadata#TypedDataSet","value":[
         {"ID":0,"WijkenEnBuurten":"GM0307    ","Gemeentenaam_1":"Amersfoort","SoortRegio_2":"Gemeente","Perioden":"2024JJ00","AantalInwoners_5":160000,"Mannen_6":79000,"Vrouwen_7":81000},
         {"ID":1,"WijkenEnBuurten":"WK030700  ","Gemeentenaam_1":"Amersfoort","SoortRegio_2":"Wijk","Perioden":"2024JJ00","AantalInwoners_5":12000,"Mannen_6":5900,"Vrouwen_7":6100},
         {"ID":2,"WijkenEnBuurten":"WK030701  ","Gemeentenaam_1":"Amersfoort","SoortRegio_2":"Wijk","Perioden":"2024JJ00","AantalInwoners_5":null,"Mannen_6":null,"Vrouwen_7":null}]}
        """;
}
