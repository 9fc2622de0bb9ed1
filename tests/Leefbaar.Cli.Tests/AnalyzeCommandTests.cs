using System.Text.Json;
using Leefbaar.Analysis;

namespace Leefbaar.Cli.Tests;

/// <summary>`leefbaar analyze …` as the user runs it on the real imported data.</summary>
public sealed class AnalyzeCommandTests(ImportedStore store) : IClassFixture<ImportedStore>
{
    [Fact]
    public void Distribution_2024_prints_the_national_and_group_shares_as_csv()
    {
        var r = CliProcess.Run("analyze", "distribution", "--year", "2024", "--format", "csv", "--store", store.Path);
        Assert.True(r.ExitCode == 0, r.Error);
        var lines = r.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("grouping,group,areas,residents,share_1", lines[0]);
        // 10,939 scored buurten with 16,519,345 residents (lbm3-2024 buurten × CBS population 2024)
        Assert.StartsWith("nl,NL,10939,16519345,", lines[1]);
        Assert.Equal(4, lines.Count(l => l.StartsWith("group,", StringComparison.Ordinal)));
    }

    [Fact]
    public void Moran_json_and_a_clear_error_for_an_unknown_release()
    {
        var r = CliProcess.Run("analyze", "moran", "--level", "gemeente", "--year", "2024", "--format", "json", "--permutations", "9", "--store", store.Path);
        Assert.True(r.ExitCode == 0, r.Error);
        var moran = JsonDocument.Parse(r.Out).RootElement.GetProperty("moran")[0];
        Assert.Equal(0.4057509431889017, moran.GetProperty("I").GetDouble(), 1e-9); // PySAL reference, queen
        var bad = CliProcess.Run("analyze", "moran", "--release", "no-such", "--store", store.Path);
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("No scores of release 'no-such'", bad.Error);
    }

    [Fact]
    public void Help_documents_every_statistic_in_one_line()
    {
        foreach (var (name, line) in AnalysisCatalog.All)
        {
            var r = CliProcess.Run("analyze", name, "--help");
            Assert.Equal(0, r.ExitCode);
            Assert.Contains(line[..40], r.Out);
        }
    }
}
