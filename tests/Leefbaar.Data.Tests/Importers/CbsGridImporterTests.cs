using Leefbaar.Core.Areas;
using Leefbaar.Data.Manifest;
using Leefbaar.TestSupport;

namespace Leefbaar.Data.Tests.Importers;

public class CbsGridImporterTests
{
    private const string Grid = "kennisnetwerk-fietsendiefstallen/vierkant100m2014.zip";

    private static ManifestEntry Entry(string path) => new() { Id = "grid-2014", Path = path, Format = "cbs-grid", Year = 2014, Division = 2014 };

    [Fact]
    public void Imports_the_groningen_cells_with_suppressed_values_missing()
    {
        var batch = GeoImportHarness.Read(SharedData.Require(Grid), Entry(Grid));
        Assert.Equal(3_441, batch.Areas.Count); // dbf records (python dbf reader), all distinct C28992R100 ids
        Assert.Equal(3_441, batch.Geometries.Count);
        Assert.All(batch.Areas.Keys, k => Assert.Equal(AreaLevel.Cell, k.Item1.Level));
        // Every numeric value that is not a sentinel (≤ -99990), over all mapped fields (python): 183,965.
        Assert.Equal(183_965, batch.Observations.Count);
        // WOZWON2012: 730 × -99997, 324 × -99998 and 171 × -99999 (python) → 3,441 − 1,225 values present.
        Assert.Equal(3_441 - 1_225, batch.Observations.Count(o => o.Indicator == "woz_mean" && o.Year == 2012));
        // INW2014: -99998 in 221 cells (python).
        Assert.Equal(3_441 - 221, batch.Observations.Count(o => o.Indicator == "population" && o.Year == 2014));
        // TINW_00_10 has real negative changes (-5, -10, …) that must survive; 157 cells hold -99998 (python).
        Assert.Equal(3_441 - 157, batch.Observations.Count(o => o.Indicator == "population_change_2000_2010"));
        Assert.Contains(batch.Observations, o => o.Indicator == "population_change_2000_2010" && o.Value == -5);

        // Cell E2339N5824 (python): INW2000 120, INW2014 255, WON2012 150, I2014_1524 130, WOZWON2012 118.
        double Value(string indicator, int year) => batch.Observations.Single(o => o.Area.Value == "E2339N5824" && o.Indicator == indicator && o.Year == year).Value;
        Assert.Equal(120, Value("population", 2000));
        Assert.Equal(255, Value("population", 2014));
        Assert.Equal(150, Value("dwellings", 2012));
        Assert.Equal(130, Value("population_15_24", 2014));
        Assert.Equal(118, Value("woz_mean", 2012));
        Assert.Equal(65, Value("population_change_2000_2010", 2010));

        var square = batch.Geometries.Single(g => g.Area.Value == "E2339N5824").Geometry;
        Assert.Equal(10_000, square.Area, 6);
        Assert.Equal(233_900, square.EnvelopeInternal.MinX);
        Assert.Equal(582_400, square.EnvelopeInternal.MinY);
    }

    [Fact]
    public void Refuses_an_id_that_contradicts_the_polygon()
    {
        using var dir = new TempDir();
        // Record 0 is E2269N5800; calling it E2269N5801 puts it 100 m north of its own polygon.
        var bad = ZipMutation.Copy(SharedData.Require(Grid), dir.File("bad.zip"),
            (name, bytes) => name.EndsWith(".dbf") ? ZipMutation.ReplaceOnce(bytes, "E2269N5800", "E2269N5801") : bytes);
        var e = GeoImportHarness.ExpectRefusedAndUnchanged(dir.File("s.duckdb"), SharedData.Root!, Entry(Grid), Entry(bad));
        Assert.Equal(0, e.Feature);
        Assert.Equal("C28992R100", e.Field);
        Assert.Contains("E2269N5800", e.Message);
    }

    [Fact]
    public void Refuses_text_in_a_count_field()
    {
        using var dir = new TempDir();
        // Record 1's INW2000 is "0" followed by spaces in a 200-wide character field; "nul" is not a number.
        var bad = ZipMutation.Copy(SharedData.Require(Grid), dir.File("bad.zip"),
            (name, bytes) => name.EndsWith(".dbf") ? ZipMutation.ReplaceOnce(bytes, "E2288N5799" + new string(' ', 190) + "0  ", "E2288N5799" + new string(' ', 190) + "nul") : bytes);
        var e = GeoImportHarness.ExpectRefusedAndUnchanged(dir.File("s.duckdb"), SharedData.Root!, Entry(Grid), Entry(bad));
        Assert.Equal(1, e.Feature);
        Assert.Equal("INW2000", e.Field);
        Assert.Contains("'nul'", e.Message);
    }
}
