using System.Text;
using Leefbaar.Core.Areas;
using Leefbaar.TestSupport;
using static Leefbaar.Data.Tests.Importers.ImportHarness;

namespace Leefbaar.Data.Tests.Importers;

/// <summary>The StatLine CSV importer on the real exports in their variants, and on broken copies of one of them.</summary>
public class StatLineCsvImporterTests
{
    private const string Kwb2024 = "swienn-sda/Kerncijfers_wijken_en_buurten_2024_geslachten.csv";
    private const string Ses = "hmels-inverseGerrymandering/SES_WOA_scores_per_wijk_en_buurt_25042023_160857.csv";
    private const string SesCode = "Regiocode (gemeente, wijk, buurt) (code)";
    private static readonly Dictionary<string, string> Lookup = new() { ["gemeenteNames"] = "lookup", ["lookup"] = "rubensan19-kaarten/KoppelCodes.csv" };

    [Fact]
    public void Kwb2024_reads_all_areas_with_catalogue_codes()
    {
        var batch = Read(Entry("statline-csv", Kwb2024, 2024, 2024), SharedData.Require(Kwb2024));
        // 18,310 data lines: 1 land, 342 gemeenten, 3,393 wijken, 14,574 buurten.
        Assert.Equal(18310, batch.Areas.Count);
        Assert.Equal(14574, batch.Areas.Values.Count(a => a.Level == AreaLevel.Buurt));
        Assert.Equal(17942942, Value(batch, "NL00", "population"));
        Assert.Equal(3677228, Value(batch, "NL00", "population_65plus"));
        Assert.Equal(2714040, Value(batch, "NL00", "population_0_14"));
        Assert.Equal(390, Value(batch, "BU01935200", "population"));
        var windesheim = Area(batch, "BU01935200", 2024);
        Assert.Equal("Windesheim", windesheim.Name);
        Assert.Equal("WK019352", windesheim.Wijk?.Value);
        Assert.Equal("GM0193", windesheim.Gemeente?.Value);
        // 8 measure columns × 18,310 rows, none missing in this export.
        Assert.Equal(146480, batch.Observations.Count);
        Assert.Equal("aantal", batch.IndicatorUnits["population"]);
    }

    [Fact]
    public void Symbol_export_reads_dot_decimals_and_dot_missing()
    {
        var batch = Read(Entry("statline-csv", Ses, division: 2019), SharedData.Require(Ses));
        Assert.Equal(579, batch.Areas.Count);
        Assert.Equal(20.8, Value(batch, "GM0363", "opleidingsniveau_laag_waarde", 2019));
        Assert.Equal(-0.1, Value(batch, "GM0363", "ses_woa_totaalscore_gemiddelde_score"));
        Assert.Equal(0, Value(batch, "BU03639801", "particuliere_huishoudens"));
        Assert.Null(Value(batch, "BU03639801", "opleidingsniveau_laag_waarde"));
        // Non-'.' cells counted in the file's six measure columns.
        Assert.Equal(3024, batch.Observations.Count);
        Assert.Equal("%", batch.IndicatorUnits["opleidingsniveau_laag_waarde"]);
    }

    [Fact]
    public void R_resaved_wide_kwb_maps_mangled_headers()
    {
        var b17 = Read(Entry("statline-csv", "k17", 2017, 2017), SharedData.Require("elakyc15-group7/Kerncijfers_wijken_en_buurten_2017.csv"));
        var b19 = Read(Entry("statline-csv", "k19", 2019, 2019), SharedData.Require("elakyc15-group7/Kerncijfers_wijken_en_buurten_2019.csv"));
        Assert.Equal(580, b17.Areas.Count);
        Assert.Equal(17081507, Value(b17, "NL00", "population"));
        Assert.Equal(2.2, Value(b17, "NL00", "household_size"));
        Assert.Equal(862965, Value(b19, "GM0363", "population"));
        Assert.Equal(2.1, Value(b19, "NL00", "household_size")); // "2,1" in a ','-separated file
        Assert.Equal(1994, Value(b19, "NL00", "address_density"));
        Assert.Equal(2, Value(b19, "NL00", "urbanity"));
    }

    [Fact]
    public void Formatted_exports_resolve_gemeente_names_and_years()
    {
        var dir = Path.GetDirectoryName(SharedData.Require("sophie-thoolen-criminaliteit/Misdrijven_2024.csv"))!;
        var crime = Read(Entry("statline-csv", "sophie-thoolen-criminaliteit/?isdrijven_*.csv", division: 2024, options: Lookup),
            Path.Combine(dir, "Misdrijven_2024.csv"), Path.Combine(dir, "misdrijven_2022_2023.csv"));
        Assert.Equal(343, crime.Areas.Count); // Nederland + 342 gemeenten; landsdelen and politie-eenheden skipped
        Assert.Equal(805559, Value(crime, "NL00", "geregistreerde_misdrijven", 2024));
        Assert.Equal(800027, Value(crime, "NL00", "geregistreerde_misdrijven", 2022));
        Assert.Equal(582, Value(crime, "GM1680", "geregistreerde_misdrijven", 2024)); // Aa en Hunze
        Assert.Equal(6911, Value(crime, "GM0193", "geregistreerde_misdrijven", 2023)); // Zwolle
        Assert.Equal("PV23", Area(crime, "GM0193", 2024).Provincie?.Value);

        var wealth = Read(Entry("statline-csv", "sophie-thoolen-criminaliteit/vermogen_*.csv", division: 2024, options: new(Lookup) { ["prefix"] = "vermogen_" }),
            Path.Combine(dir, "vermogen_2022.csv"));
        Assert.Equal(103.8, Value(wealth, "GM0193", "vermogen_mediaan_vermogen", 2022)); // year from "Perioden: 2022"
    }

    [Fact]
    public void Regional_and_income_exports_by_name()
    {
        var rk = Read(Entry("statline-csv", "swienn-sda/rk.csv", division: 2025, options: Lookup), SharedData.Require("swienn-sda/Regionale_kerncijfers_Nederland_11122025_133649.csv"));
        Assert.Equal(343, rk.Areas.Count); // 729 rows, of which NL + 342 gemeenten have values
        Assert.Equal(133810, Value(rk, "GM0193", "bevolking_bevolkingssamenstelling_op_1_januari_totale_bevolking", 2025));
        var income = Read(Entry("statline-csv", "swienn-sda/i.csv", division: 2024, options: Lookup), SharedData.Require("swienn-sda/Inkomen_van_huishoudens__regio_11122025_135329.csv"));
        Assert.Equal(343, income.Areas.Count);
        Assert.Equal(8258.9, Value(income, "NL00", "particuliere_huishoudens", 2024)); // "2024*" provisional
    }

    private static byte[] SesBytes() => File.ReadAllBytes(SharedData.Require(Ses));

    private static byte[] Mutate(Func<List<string>, List<string>> change)
    {
        var text = Encoding.UTF8.GetString(SesBytes()).TrimStart('\uFEFF');
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        return Encoding.UTF8.GetBytes(string.Join("\n", change(lines)));
    }

    private static Leefbaar.Data.Manifest.ManifestEntry SesEntry => Entry("statline-csv", "ses.csv", division: 2019);

    [Fact]
    public void Unknown_code_shape_names_line_and_field()
    {
        var e = FailsAndKeepsStore(SesEntry, SesBytes(), Mutate(l => { l[578] = l[578].Replace("BU03639800", "XU03639800"); return l; }));
        Assert.Equal(579, e.Line);
        Assert.Equal(SesCode, e.Field);
    }

    [Fact]
    public void Non_numeric_value_names_line_and_field()
    {
        var e = FailsAndKeepsStore(SesEntry, SesBytes(), Mutate(l => { l[1] = l[1].Replace("\"    20.8\"", "\"twintig\""); return l; }));
        Assert.Equal(2, e.Line);
        Assert.Equal("Opleidingsniveau/Laag/Waarde (%)", e.Field);
    }

    [Fact]
    public void Missing_code_column_names_the_header_line()
    {
        var e = FailsAndKeepsStore(SesEntry, SesBytes(), Mutate(l => l.Select(line => string.Join(";", line.Split(';').Where((_, i) => i != 2))).ToList()));
        Assert.Equal(1, e.Line);
        Assert.Null(e.Field);
        Assert.Contains("area codes", e.Expected);
    }

    [Fact]
    public void Truncated_file_names_the_cut_line()
    {
        // The file ends after the fourth cell of line 301.
        var e = FailsAndKeepsStore(SesEntry, SesBytes(), Mutate(l => [.. l.Take(300), string.Join(";", l[300].Split(';').Take(4))]));
        Assert.Equal(301, e.Line);
        Assert.Equal("Opleidingsniveau/Laag/Waarde (%)", e.Field);
    }

    [Fact]
    public void Duplicate_key_names_the_second_line()
    {
        var e = FailsAndKeepsStore(SesEntry, SesBytes(), Mutate(l => [.. l.Where(x => x.Length > 0), l[9]]));
        Assert.Equal(581, e.Line);
        Assert.Equal(SesCode, e.Field);
    }

    [Fact]
    public void Unknown_gemeente_name_with_values_is_refused()
    {
        var crime = SharedData.Require("sophie-thoolen-criminaliteit/Misdrijven_2024.csv");
        var original = File.ReadAllBytes(crime);
        var mutated = Encoding.UTF8.GetBytes(File.ReadAllText(crime).Replace("\"Aa en Hunze\";", "\"Aa en Honze\";"));
        var entry = Entry("statline-csv", "m.csv", division: 2024, options: Lookup);
        var e = FailsAndKeepsStore(entry, original, mutated, lookup: SharedData.Require("rubensan19-kaarten/KoppelCodes.csv"));
        Assert.Equal(8, e.Line);
        Assert.Equal("Regio's", e.Field);
    }
}
