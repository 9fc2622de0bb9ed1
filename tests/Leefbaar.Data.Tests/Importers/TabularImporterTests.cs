using System.Text;
using Leefbaar.Core.Areas;
using Leefbaar.TestSupport;
using static Leefbaar.Data.Tests.Importers.ImportHarness;

namespace Leefbaar.Data.Tests.Importers;

/// <summary>The CBS dimension CSV, indicator CSV and event-count importers on the real files and broken copies.</summary>
public class TabularImporterTests
{
    private const string Dimension = "bernasco-misdaad_concentratie/WijkenEnBuurten.csv";
    private const string LandUse = "bodemgebruik-2017/85217NED_bodemgebruik_wijk_buurt_2017.csv";

    [Fact]
    public void Dimension_table_gives_the_2024_area_list()
    {
        var batch = Read(Entry("cbs-dimension-csv", Dimension, 2024, 2024), SharedData.Require(Dimension));
        // 18,313 rows minus the three "onbekend" placeholders GM0000, WK000000, BU00000000.
        Assert.Equal(18310, batch.Areas.Count);
        Assert.Equal(342, batch.Areas.Values.Count(a => a.Level == AreaLevel.Gemeente));
        var windesheim = Area(batch, "BU01935200", 2024);
        Assert.Equal("Windesheim", windesheim.Name);
        Assert.Equal("GM0193", windesheim.Gemeente?.Value);
        Assert.Equal("WK019352", windesheim.Wijk?.Value);
    }

    [Fact]
    public void Dimension_duplicate_and_unknown_code()
    {
        var original = File.ReadAllBytes(SharedData.Require(Dimension));
        var lines = File.ReadAllLines(SharedData.Require(Dimension)).ToList();
        var entry = Entry("cbs-dimension-csv", "d.csv", 2024, 2024);
        var e = FailsAndKeepsStore(entry, original, Encoding.UTF8.GetBytes(string.Join("\n", lines.Append(lines[3]))));
        Assert.Equal(lines.Count + 1, e.Line);
        Assert.Equal("Key", e.Field);
        lines[2] = lines[2].Replace("\"GM1680    \"", "\"GX1680    \"");
        e = FailsAndKeepsStore(entry, original, Encoding.UTF8.GetBytes(string.Join("\n", lines)));
        Assert.Equal(3, e.Line);
        Assert.Equal("Key", e.Field);
    }

    [Fact]
    public void Land_use_2017_per_area()
    {
        var entry = Entry("indicator-csv", LandUse, 2017, 2017, options: new() { ["code"] = "WijkenEnBuurten", ["name"] = "WijkenEnBuurten_label", ["prefix"] = "landuse_" });
        var batch = Read(entry, SharedData.Require(LandUse));
        Assert.Equal(16854, batch.Areas.Count); // data lines: 1 NL, 388 GM, 3,158 WK, 13,307 BU
        Assert.Equal(4154302, Value(batch, "NL00", "landuse_totale_oppervlakte"));
        Assert.Equal(53, Value(batch, "BU01935200", "landuse_totale_oppervlakte"));
        Assert.Equal(5, Value(batch, "BU01935200", "landuse_totaal_bebouwd_terrein"));
        Assert.Equal(16854 * 46, batch.Observations.Count); // 46 numeric columns, none missing
    }

    [Fact]
    public void Land_use_non_numeric_and_truncated()
    {
        var path = SharedData.Require(LandUse);
        var original = File.ReadAllBytes(path);
        var lines = File.ReadAllLines(path).ToList();
        var entry = Entry("indicator-csv", "l.csv", 2017, 2017, options: new() { ["code"] = "WijkenEnBuurten" });
        var bad = lines.ToList();
        bad[2] = bad[2].Replace(",27887,", ",veel,");
        var e = FailsAndKeepsStore(entry, original, Encoding.UTF8.GetBytes(string.Join("\n", bad)));
        Assert.Equal(3, e.Line);
        Assert.Equal("TotaleOppervlakte_4", e.Field);
        e = FailsAndKeepsStore(entry, original, Encoding.UTF8.GetBytes(string.Join("\n", lines.Take(99).Append(string.Join(",", lines[99].Split(',').Take(10))))));
        Assert.Equal(100, e.Line);
        Assert.Equal("TotaalBebouwdTerrein_9", e.Field); // the 11th column, the first one cut off
    }

    [Fact]
    public void Pc4_environment_with_float_codes()
    {
        var path = SharedData.Require("pc4-environment-2015/pc4_envi_factors.csv");
        var batch = Read(Entry("indicator-csv", "e.csv", 2015, level: "pc4", options: new() { ["code"] = "pc4", ["prefix"] = "env_" }), path);
        Assert.Equal(4053, batch.Areas.Count);
        Assert.Equal(8.20483668621318, Value(batch, "1609", "env_no2_avg"));
        Assert.Null(Value(batch, "1609", "env_track_count")); // empty cell
        Assert.Equal(67347, batch.Observations.Count); // non-empty value cells
    }

    [Fact]
    public void Gemeente_groups_become_flags()
    {
        var batch = Read(Entry("indicator-csv", "g.csv", 2024, 2024, options: new() { ["code"] = "gm_code_2024", ["name"] = "gm_name_2024", ["flag"] = "group", ["prefix"] = "group_", ["skip"] = "name_as_printed,note" }),
            SharedData.Require("groups/g4-g40-m50.csv"));
        Assert.Equal(4, batch.Observations.Count(o => o.Indicator == "group_g4"));
        Assert.Equal(40, batch.Observations.Count(o => o.Indicator == "group_g40"));
        Assert.Equal(43, batch.Observations.Count(o => o.Indicator == "group_m50"));
        Assert.Equal(1, Value(batch, "GM0363", "group_g4"));
    }

    [Fact]
    public void Burglary_events_become_yearly_counts()
    {
        var batch = Read(Entry("event-count-csv", "b.csv", level: "pc4", options: new() { ["code"] = "Postcode", ["date"] = "Datum", ["category"] = "Soort", ["indicator"] = "burglary_count" }),
            SharedData.Require("maartensiffels-misdaad-in-kaart/MiK-Nederland-PC4.csv"));
        Assert.Equal(32, Value(batch, "1011", "burglary_count", 2024)); // events in PC4 1011 dated 2024
        Assert.Equal(28, Value(batch, "1011", "burglary_count_woninginbraak", 2024));
        Assert.Equal(64185, batch.Observations.Where(o => o.Indicator == "burglary_count").Sum(o => o.Value)); // all events
    }
}
