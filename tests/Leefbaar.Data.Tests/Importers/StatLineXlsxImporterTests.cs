using Leefbaar.Core.Areas;
using Leefbaar.Data.Import;
using Leefbaar.TestSupport;
using static Leefbaar.Data.Tests.Importers.ImportHarness;

namespace Leefbaar.Data.Tests.Importers;

/// <summary>The StatLine xlsx importer on RIVM's Gezondheidsmonitor 2020 sheet (50090NED) and on small generated workbooks.</summary>
public class StatLineXlsxImporterTests
{
    private static readonly string[] Header = ["ID", "Leeftijd", "Perioden", "SoortRegio_2", "Codering_3", "Eenzaam_28", "Vrijwilligerswerk_33"];
    private static readonly Dictionary<string, string> Options = new() { ["prefix"] = "rivm_", ["skip"] = "Leeftijd,SoortRegio_2" };

    [Fact]
    public void Reads_the_real_health_monitor_sheet()
    {
        var batch = RealManifest.Read("rivm-gezondheid-2020");
        Assert.Equal(13808, batch.CountAreas(AreaLevel.Buurt)); // 'Buurt' rows of the sheet; the NL01 row is skipped
        Assert.Equal(3177, batch.CountAreas(AreaLevel.Wijk));
        Assert.Equal(355, batch.CountAreas(AreaLevel.Gemeente));
        var lonely = batch.Observations.Where(o => o.Indicator == "rivm_eenzaam" && o.Area.Level == AreaLevel.Buurt).ToList();
        Assert.Equal(13808 - 742, lonely.Count); // 742 buurten have '.' (too few respondents)
        Assert.Equal(575082.4, lonely.Sum(o => o.Value), 1);
        Assert.Equal(63.6, batch.Value("BU05991571", "rivm_eenzaam", 2020)); // Tarwewijk
        Assert.Equal(11.1, batch.Value("BU05991571", "rivm_ernstige_geluidhinder_door_buren", 2020));
        Assert.Equal(80.5, batch.Value("GM1680", "rivm_ervaren_gezondheid_goed_zeer_goed", 2020));
        Assert.DoesNotContain(batch.Observations, o => o.Indicator is "rivm_leeftijd" or "rivm_id");
        Assert.All(batch.Areas.Keys, k => Assert.Equal(2020, k.Item2));
    }

    [Fact]
    public void Generated_sheet_maps_typed_names_and_missing_cells()
    {
        using var dir = new TempDir();
        var file = dir.File("g.xlsx");
        XlsxWriter.Write(file, [Header, ["1", "20300", "2020JJ00", "Buurt", "BU16800000", "41.5", "."], ["2", "20300", "2020JJ00", "Wijk", "WK168000", "40", "33.25"]]);
        var batch = Read(Entry("statline-xlsx", "g.xlsx", division: 2020, options: Options), file);
        Assert.Equal(41.5, Value(batch, "BU16800000", "rivm_eenzaam"));
        Assert.Null(Value(batch, "BU16800000", "rivm_vrijwilligerswerk"));
        Assert.Equal(33.25, Value(batch, "WK168000", "rivm_vrijwilligerswerk"));
        Assert.Equal("WK168000", Area(batch, "BU16800000", 2020).Wijk?.Value);
    }

    [Theory]
    [InlineData("BU1680", "Codering_3", "an area code")]
    [InlineData("2020XX99", "Perioden", "a period")]
    [InlineData("veel", "Eenzaam_28", "a number")]
    public void Bad_cell_names_file_line_and_field(string bad, string field, string expected)
    {
        using var dir = new TempDir();
        var file = dir.File("bad.xlsx");
        string[] good = ["1", "20300", "2020JJ00", "Buurt", "BU16800000", "41.5", "30"];
        var row = (string[])good.Clone();
        row[Array.IndexOf(Header, "Codering_3")] = "BU16800001"; // another buurt, so only the bad cell is wrong
        row[Array.IndexOf(Header, field)] = bad;
        XlsxWriter.Write(file, [Header, good, row]);
        var e = Assert.Throws<ImportException>(() => Read(Entry("statline-xlsx", "bad.xlsx", division: 2020, options: Options), file));
        Assert.Contains("bad.xlsx", e.Message);
        Assert.Contains("line 3", e.Message);
        Assert.Contains(field, e.Message);
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void Not_a_workbook_is_a_clear_error()
    {
        using var dir = new TempDir();
        var file = dir.File("notes.xlsx");
        File.WriteAllText(file, "ID;Codering_3\n1;BU16800000\n");
        var e = Assert.Throws<ImportException>(() => Read(Entry("statline-xlsx", "notes.xlsx", division: 2020), file));
        Assert.Contains("notes.xlsx", e.Message);
        Assert.Contains("Excel 2007+ workbook", e.Message);
    }
}
