using System.Text.Json;
using System.Text.RegularExpressions;
using Leefbaar.TestSupport;

namespace Leefbaar.Cli.Tests;

/// <summary>import, info and areas run as the user runs them, on the real shared data.</summary>
public sealed class ImportInfoAreasTests(ImportedStore store) : IClassFixture<ImportedStore>
{
    /// <summary>The number of datasets the shipped manifest lists, counted from the file itself.</summary>
    private static int ManifestCount => Leefbaar.Data.Manifest.DataManifest.Load(Path.Combine(SharedData.RepositoryRoot(), "data-manifests", "shared-data.json")).Datasets.Count;

    [Fact]
    public void Import_succeeds_and_reports_every_dataset()
    {
        Assert.True(store.Import.ExitCode == 0, store.Import.Error);
        Assert.Contains($"{ManifestCount} imported, 0 unchanged, 0 missing, 0 failed, 0 not reached", store.Import.Error);
    }

    [Fact]
    public void A_second_import_skips_every_unchanged_dataset()
    {
        var again = CliProcess.Run("import", "--data", SharedData.Require("."), "--store", store.Path);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains($"0 imported, {ManifestCount} unchanged, 0 missing", again.Error);
    }

    [Fact]
    public void Info_prints_the_counts_of_the_2024_division_and_the_LBM_2024_buurten()
    {
        var info = CliProcess.Run("info", "--store", store.Path);
        Assert.True(info.ExitCode == 0, info.Error);
        // woonikveilig: 14,574 buurten, 342 gemeenten; geoinzicht adds water/Buitenland wijken (3,475), 3,393 with indicators.
        Assert.Matches(Row("buurt", "2024", "14,574", "14,574", "12,147"), info.Out);
        Assert.Matches(Row("wijk", "2024", "3,475", "3,393", "3,475"), info.Out);
        // geoinzicht's 2024 gemeenten add the pseudo-gemeente GM0998 "Buitenland" (no KWB indicators).
        Assert.Matches(Row("gemeente", "2024", "343", "342", "343"), info.Out);
        // Official scores: release, level, year, areas, with lbm, with afw, with class.
        Assert.Matches(Row("lbm3-2024", "buurt", "2024", "10,939", "0", "10,939", "10,939"), info.Out);
        Assert.Matches(Row("lbm3-2022", "pc4", "2022", "3,555"), info.Out);
        Assert.DoesNotContain("SYNTHETIC", info.Out);
    }

    [Fact]
    public void Info_prints_the_same_every_run_with_tied_rows_ordered_by_their_whole_key()
    {
        // An indicator can come from several sources at one level and division; those rows used to swap between runs.
        using (var s = Leefbaar.Data.Store.LeefbaarStore.Open(store.Path, readOnly: true))
        {
            var rows = s.IndicatorCounts();
            var ties = rows.GroupBy(r => (r.Indicator, r.Level, r.Division)).Count(g => g.Count() > 1);
            Assert.True(ties > 0, "the shared data should have an indicator from two sources");
            var ordered = rows.OrderBy(r => r.Indicator, StringComparer.Ordinal).ThenBy(r => r.Source, StringComparer.Ordinal)
                .ThenBy(r => r.Level, StringComparer.Ordinal).ThenBy(r => r.Division).ToList();
            Assert.Equal(ordered, rows);
        }
        var first = CliProcess.Run("info", "--store", store.Path);
        var second = CliProcess.Run("info", "--store", store.Path);
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Out, second.Out);
    }

    [Fact]
    public void Areas_lists_the_Amersfoort_buurten_as_CSV()
    {
        var result = CliProcess.Run("areas", "--level", "buurt", "--division", "2024", "--gemeente", "GM0307", "--format", "csv", "--store", store.Path);
        Assert.True(result.ExitCode == 0, result.Error);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("code,level,division,name,wijk,gemeente,provincie", lines[0]);

        using var doc = JsonDocument.Parse(File.ReadAllBytes(SharedData.Require("woonikveilig/gemeente/GM0307.json")));
        var expected = doc.RootElement.GetProperty("buurten").EnumerateArray().Select(b => b.GetProperty("code").GetString()!).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(145, expected.Count);
        Assert.Equal(expected, lines.Skip(1).Select(l => l.Split(',')[0]));
        Assert.Contains("BU03070100,buurt,2024,Hof,WK030701,GM0307,PV26", lines);
    }

    [Fact]
    public void Areas_as_JSON_to_a_file()
    {
        var outFile = Path.Combine(Path.GetDirectoryName(store.Path)!, "wijken.json");
        var result = CliProcess.Run("areas", "--level", "wijk", "--gemeente", "GM0307", "--format", "json", "--store", store.Path, "--out", outFile);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal("", result.Out);
        using var doc = JsonDocument.Parse(File.ReadAllBytes(outFile));
        Assert.Equal(33, doc.RootElement.GetArrayLength()); // GM0307.json: 33 wijken
        Assert.Equal("Stadskern", doc.RootElement.EnumerateArray().Single(w => w.GetProperty("code").GetString() == "WK030701").GetProperty("name").GetString());
    }

    private static Regex Row(params string[] cells) => new(string.Join(@"\s*│\s*", cells.Select(Regex.Escape)) + @"\s*│");
}
