using Leefbaar.Core.Areas;
using Leefbaar.Data.Manifest;
using Leefbaar.Geo.Projection;
using Leefbaar.TestSupport;

namespace Leefbaar.Data.Tests.Importers;

public class ShapefileZipImporterTests
{
    private const string Buurten = "kennisnetwerk-fietsendiefstallen/buurt2017.zip";
    private const string Wijken = "kennisnetwerk-fietsendiefstallen/wijk2017.zip";

    private static ManifestEntry Entry(string path, string level) =>
        new() { Id = "shp-" + level, Path = path, Format = "shapefile-zip", Level = level, Year = 2017, Division = 2017, Source = "83765NED" };

    [Fact]
    public void Imports_the_groningen_buurten_of_2017_with_their_kwb_values()
    {
        var batch = GeoImportHarness.Read(SharedData.Require(Buurten), Entry(Buurten, "buurt"));
        Assert.Equal(108, batch.Areas.Count); // dbf records, counted with a python dbf reader
        Assert.Equal(108, batch.Geometries.Count);
        var code = AreaCode.Parse("BU00140000");
        var area = batch.Areas[(code, 2017)];
        Assert.Equal("Binnenstad-Noord", area.Name);
        Assert.Equal(AreaCode.Parse("WK001400"), area.Wijk);
        Assert.Equal(AreaCode.Parse("GM0014"), area.Gemeente);

        double Value(string c, string indicator) => batch.Observations.Single(o => o.Area.Value == c && o.Indicator == indicator).Value;
        Assert.Equal(4440, Value("BU00140000", "population"));
        Assert.Equal(1.2, Value("BU00140000", "household_size"));
        Assert.All(batch.Observations, o => Assert.Equal("83765NED", o.Source));
        // 30 numeric fields (all N/F fields but IND_WBI and DEK_PERC) × 108 buurten, less the -99999999 sentinels: 2,724 values (python).
        Assert.Equal(2_724, batch.Observations.Count);
        // BEV_DICHTH is -99999999 (suppressed) in 14 buurten (python), e.g. BU00140004 Noorderplantsoen with 10 inhabitants: missing, not zero.
        Assert.Equal(108 - 14, batch.Observations.Count(o => o.Indicator == "population_density"));
        Assert.DoesNotContain(batch.Observations, o => o.Area.Value == "BU00140004" && o.Indicator == "population_density");
        Assert.DoesNotContain(batch.Observations, o => o.Value <= -99990);

        // The polygon reprojected from WGS84 has the land + water area CBS states in OPP_TOT (39 ha) within rounding.
        var geometry = batch.Geometries.Single(g => g.Area == code).Geometry;
        Assert.InRange(geometry.Area / 10_000, 38.5, 39.5);
    }

    [Fact]
    public void Buurten_tile_their_wijken()
    {
        var buurten = GeoImportHarness.Read(SharedData.Require(Buurten), Entry(Buurten, "buurt"));
        var wijken = GeoImportHarness.Read(SharedData.Require(Wijken), Entry(Wijken, "wijk"));
        Assert.Equal(15, wijken.Areas.Count);
        Assert.Equal(15 * 30, wijken.Observations.Count); // no sentinels in the wijk file (python)
        foreach (var wijk in wijken.Geometries)
        {
            var sum = buurten.Geometries.Where(b => b.Area.ParentByCode() == wijk.Area).Sum(b => b.Geometry.Area);
            Assert.InRange(sum / wijk.Geometry.Area, 0.995, 1.005);
        }
    }

    [Fact]
    public void Refuses_lon_lat_shapes_under_an_rd_new_prj()
    {
        using var dir = new TempDir();
        var bad = ZipMutation.Copy(SharedData.Require(Wijken), dir.File("bad.zip"),
            (name, bytes) => name.EndsWith(".prj") ? System.Text.Encoding.ASCII.GetBytes(CoordinateSystems.RdNewWkt) : bytes);
        var e = GeoImportHarness.ExpectRefusedAndUnchanged(dir.File("s.duckdb"), SharedData.Root!, Entry(Wijken, "wijk"), Entry(bad, "wijk"));
        Assert.Equal(bad, e.File);
        Assert.Equal(0, e.Feature);
        Assert.Equal("geometry", e.Field);
        Assert.Contains("wrong CRS", e.Message);
    }

    [Fact]
    public void Refuses_an_unknown_projection()
    {
        using var dir = new TempDir();
        const string utm = "PROJCS[\"WGS_1984_UTM_Zone_31N\",GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]]," +
                           "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],UNIT[\"Meter\",1.0]]";
        var bad = ZipMutation.Copy(SharedData.Require(Wijken), dir.File("bad.zip"),
            (name, bytes) => name.EndsWith(".prj") ? System.Text.Encoding.ASCII.GetBytes(utm) : bytes);
        var e = GeoImportHarness.ExpectRefusedAndUnchanged(dir.File("s.duckdb"), SharedData.Root!, Entry(Wijken, "wijk"), Entry(bad, "wijk"));
        Assert.Equal(".prj", e.Field);
        Assert.Contains("UTM", e.Message);
    }

    [Fact]
    public void Refuses_a_truncated_shp()
    {
        using var dir = new TempDir();
        var bad = ZipMutation.Copy(SharedData.Require(Wijken), dir.File("bad.zip"),
            (name, bytes) => name.EndsWith(".shp") ? bytes[..(bytes.Length / 2)] : bytes);
        var e = GeoImportHarness.ExpectRefusedAndUnchanged(dir.File("s.duckdb"), SharedData.Root!, Entry(Wijken, "wijk"), Entry(bad, "wijk"));
        Assert.Equal(bad, e.File);
        Assert.Equal("wijk2017.shp", e.Field);
    }

    [Fact]
    public void Refuses_a_truncated_zip()
    {
        using var dir = new TempDir();
        var bytes = File.ReadAllBytes(SharedData.Require(Wijken));
        File.WriteAllBytes(dir.File("bad.zip"), bytes[..(bytes.Length / 2)]);
        var e = GeoImportHarness.ExpectRefusedAndUnchanged(dir.File("s.duckdb"), SharedData.Root!, Entry(Wijken, "wijk"), Entry(dir.File("bad.zip"), "wijk"));
        Assert.Contains("complete .zip", e.Message);
    }

    [Theory]
    [InlineData("WK001400", "duplicate key")] // record 1 (WK001401) gets the code of record 0
    [InlineData("WJ001401", "area code")]
    public void Refuses_a_duplicate_or_malformed_code(string replacement, string expected)
    {
        using var dir = new TempDir();
        var bad = ZipMutation.Copy(SharedData.Require(Wijken), dir.File("bad.zip"),
            (name, bytes) => name.EndsWith(".dbf") ? ZipMutation.ReplaceOnce(bytes, "WK001401", replacement) : bytes);
        var e = GeoImportHarness.ExpectRefusedAndUnchanged(dir.File("s.duckdb"), SharedData.Root!, Entry(Wijken, "wijk"), Entry(bad, "wijk"));
        Assert.Equal(1, e.Feature);
        Assert.Equal("WK_CODE", e.Field);
        Assert.Contains(expected, e.Message);
    }
}
