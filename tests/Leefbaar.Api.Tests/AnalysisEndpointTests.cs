using System.Net;
using System.Text.Json;

namespace Leefbaar.Api.Tests;

/// <summary>The /api/v1/analysis endpoints on the real imported data: one check per statistic and the error paths.</summary>
[Collection(ServerCollection.Name)]
public sealed class AnalysisEndpointTests(ServerFixture server)
{
    private readonly HttpClient _client = server.Client;

    private static List<JsonElement> Rows(JsonElement e, string table) => e.GetProperty(table).EnumerateArray().ToList();

    [Fact]
    public async Task Moran_of_gemeenten_2024_agrees_with_the_PySAL_reference()
    {
        var m = await _client.Json("/api/v1/analysis/moran?level=gemeente&year=2024&permutations=99");
        var row = Rows(m, "moran").Single();
        // tests/reference/pysal_reference.json, queen: I and z under randomisation
        Assert.Equal(0.4057509431889017, row.GetProperty("I").GetDouble(), 1e-9);
        Assert.Equal(10.721536413790572, row.GetProperty("z_rand").GetDouble(), 1e-9);
        Assert.Equal("lbm3-2024", m.GetProperty("release").GetString());
        Assert.StartsWith("Global Moran's I", m.GetProperty("description").GetString());
    }

    [Fact]
    public async Task Lisa_labels_every_gemeente_with_a_cluster()
    {
        var l = await _client.Json("/api/v1/analysis/lisa?level=gemeente&year=2024&permutations=99");
        var areas = Rows(l, "areas");
        Assert.Equal(311, areas.Count); // the 2024 gemeenten with an official afw
        Assert.All(areas, a => Assert.Contains(a.GetProperty("cluster").GetString(), new[] { "HH", "LL", "HL", "LH", "ns" }));
        Assert.Equal(311, Rows(l, "clusters").Sum(c => c.GetProperty("areas").GetInt32()));
    }

    [Fact]
    public async Task Distribution_2024_counts_the_residents_of_the_scored_buurten()
    {
        var d = await _client.Json("/api/v1/analysis/distribution?year=2024&grouping=group");
        var nl = Rows(d, "groups").Single(g => g.GetProperty("grouping").GetString() == "nl");
        Assert.Equal(16_519_345, nl.GetProperty("residents").GetDouble()); // 10,939 scored buurten, population 2024
        Assert.Equal(297_070, nl.GetProperty("residents_onvoldoende_or_worse").GetDouble());
        Assert.Equal(["G4", "G40", "M50", "rest"], Rows(d, "groups").Where(g => g.GetProperty("grouping").GetString() == "group")
            .Select(g => g.GetProperty("group").GetString()!).ToArray());
    }

    [Fact]
    public async Task Trends_of_the_pc4_series_as_csv()
    {
        using var response = await _client.GetAsync("/api/v1/analysis/trends?level=pc4&release=lbm3-2022&from=2020&to=2022&format=csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("code,afw_from,afw_to,delta,delta_won", lines[0]);
        Assert.True(lines.Length > 3000, $"{lines.Length} lines"); // ~3,500 PC4 scored in both 2020 and 2022
    }

    [Fact]
    public async Task Transitions_of_lbm2_gemeenten()
    {
        var t = await _client.Json("/api/v1/analysis/transitions?level=gemeente&release=lbm2");
        var all = Rows(t, "matrices").Single(m => m.GetProperty("condition").GetString() == "all");
        // 390 gemeenten × 4 consecutive pairs (2002→2008 … 2014→2016) with a class at both ends
        Assert.Equal(1560, all.GetProperty("transitions").GetInt64());
    }

    [Fact]
    public async Task Inequality_of_lbm_by_group()
    {
        var i = await _client.Json("/api/v1/analysis/inequality?level=gemeente&year=2024&grouping=group");
        var y = Rows(i, "years").Single();
        Assert.Equal(2024, y.GetProperty("year").GetInt32());
        Assert.Equal(y.GetProperty("theil").GetDouble(), y.GetProperty("theil_between").GetDouble() + y.GetProperty("theil_within").GetDouble(), 1e-12);
    }

    [Fact]
    public async Task Early_warning_reports_the_backtest_and_the_notice()
    {
        var e = await _client.Json("/api/v1/analysis/early-warning");
        Assert.Equal(["train", "validation", "test"], Rows(e, "backtest").Select(b => b.GetProperty("split").GetString()!).ToArray());
        Assert.Contains("geen oordeel", e.GetProperty("notice").GetString());
        Assert.All(Rows(e, "flags"), f => Assert.Contains(f.GetProperty("flag").GetString(), new[] { "verhoogd", "sterk verhoogd" }));
    }

    [Fact]
    public async Task Bad_parameters_and_unknown_releases_are_problems()
    {
        await _client.Problem("/api/v1/analysis/moran?level=land", HttpStatusCode.BadRequest);
        await _client.Problem("/api/v1/analysis/moran?permutations=-1", HttpStatusCode.BadRequest);
        await _client.Problem("/api/v1/analysis/moran?weights=hexagon", HttpStatusCode.BadRequest);
        await _client.Problem("/api/v1/analysis/inequality?level=gemeente&measure=afw", HttpStatusCode.BadRequest);
        await _client.Problem("/api/v1/analysis/moran?release=no-such-release", HttpStatusCode.NotFound);
    }
}
