using System.Globalization;
using System.Text.Json;
using Leefbaar.TestSupport;

namespace Leefbaar.Cli.Tests;

/// <summary>`leefbaar score --areas plan.geojson` as the user types it, with the published default release file on the imported real data.</summary>
public sealed class ScoreAreasCommandTests(ImportedStore store) : IClassFixture<ImportedStore>
{
    private static string ReleaseFile() =>
        Directory.GetFiles(Path.Combine(SharedData.RepositoryRoot(), "releases"), "leefbaar-lbm3-2024-default-*.json").Order().Last();

    [Fact]
    public void A_drawn_copy_of_two_buurten_scores_as_their_inhabitant_weighted_mean()
    {
        using var dir = new TempDir();
        var release = ReleaseFile();
        // The buurten as `score --level buurt` writes them (lon/lat GeoJSON), two of them sent back as one drawn area each.
        var buurten = CliProcess.Run("score", "--level", "buurt", "--release", release, "--format", "geojson", "--store", store.Path);
        Assert.True(buurten.ExitCode == 0, buurten.Error);
        var features = JsonDocument.Parse(buurten.Out).RootElement.GetProperty("features").EnumerateArray()
            .Where(f => f.GetProperty("properties").GetProperty("code").GetString()!.StartsWith("BU059915", StringComparison.Ordinal))
            .OrderBy(f => f.GetProperty("properties").GetProperty("code").GetString(), StringComparer.Ordinal).Take(2).ToList();
        Assert.Equal(2, features.Count);
        var plan = dir.File("plan.geojson");
        File.WriteAllText(plan, "{\"type\":\"FeatureCollection\",\"features\":[" + string.Join(',', features.Select(f =>
            $"{{\"type\":\"Feature\",\"properties\":{{\"name\":\"{f.GetProperty("properties").GetProperty("name").GetString()}\"}},\"geometry\":{f.GetProperty("geometry").GetRawText()}}}")) + "]}");

        var result = CliProcess.Run("score", "--areas", plan, "--release", release, "--format", "json", "--store", store.Path);
        Assert.True(result.ExitCode == 0, result.Error);
        var areas = JsonDocument.Parse(result.Out).RootElement.GetProperty("areas").EnumerateArray().ToList();
        Assert.Equal(2, areas.Count);
        for (var i = 0; i < 2; i++)
        {
            var own = features[i].GetProperty("properties");
            var area = areas[i];
            Assert.Equal(own.GetProperty("code").GetString(), area.GetProperty("buurten")[0].GetProperty("code").GetString());
            Assert.Equal(own.GetProperty("afw").GetDouble(), area.GetProperty("score").GetProperty("afw").GetDouble(), 5);
            Assert.Equal(own.GetProperty("kscore").GetInt32(), area.GetProperty("score").GetProperty("class").GetInt32());
        }
        Assert.Contains("from 1 buurt(en) weighted by covered inhabitants", result.Error);

        var csv = CliProcess.Run("score", "--areas", plan, "--release", release, "--store", store.Path);
        var lines = csv.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("code,name,gemeente,source,release,year,afw", lines[0]);
        Assert.EndsWith(",buurten,weights,share_weak,inhabitants_covered", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Equal(areas[0].GetProperty("score").GetProperty("afw").GetDouble(),
            double.Parse(lines[1].Split(',')[6], CultureInfo.InvariantCulture), 5);
    }

    [Fact]
    public void The_cli_score_csv_has_the_api_download_header_and_values()
    {
        var cli = CliProcess.Run("score", "--level", "gemeente", "--release", ReleaseFile(), "--store", store.Path);
        Assert.True(cli.ExitCode == 0, cli.Error);
        var lines = cli.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var empty = new Api.Contracts.ScorePage(false, null, "model", "gemeente", 2024, "r", null, 1, 1, 0, 0, null, []);
        Assert.Equal(Api.Export.ScoreCsv.Write(empty).TrimEnd('\n'), lines[0]);
        var rotterdam = lines.Single(l => l.StartsWith("GM0599,", StringComparison.Ordinal)).Split(',');
        Assert.Equal("model", rotterdam[3]);
        Assert.InRange(int.Parse(rotterdam[13], CultureInfo.InvariantCulture), 1, 9);
        Assert.Equal(rotterdam[13] == "" ? "" : Core.Scores.ScoreClass.DutchLabel(int.Parse(rotterdam[13], CultureInfo.InvariantCulture)), rotterdam[20]);
    }

    [Fact]
    public void A_file_with_a_line_fails_naming_the_file_feature_and_field()
    {
        using var dir = new TempDir();
        var plan = dir.File("route.geojson");
        File.WriteAllText(plan, """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[4.47,51.89],[4.48,51.9]]}}]}""");
        var result = CliProcess.Run("score", "--areas", plan, "--release", ReleaseFile(), "--store", store.Path);
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("route.geojson", result.Error);
        Assert.Contains("geometry", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }
}
