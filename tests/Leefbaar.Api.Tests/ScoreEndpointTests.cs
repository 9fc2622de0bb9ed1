using System.Net;
using System.Text.Json;

namespace Leefbaar.Api.Tests;

/// <summary>Bulk scores as JSON, CSV and GeoJSON with paging, on the real lbm3-2024 buurt scores.</summary>
[Collection(ServerCollection.Name)]
public sealed class ScoreEndpointTests(ServerFixture server)
{
    private readonly HttpClient _client = server.Client;

    // Features of lbm3-2024/buurten/26.geojson with code BU0307… and an afw: Amersfoort's scored buurten.
    private const int AmersfoortScoredBuurten = 125;

    [Fact]
    public async Task Latest_buurt_scores_of_Amersfoort_as_json()
    {
        var page = await _client.Json("/api/v1/scores/buurt/latest?gemeente=GM0307&pageSize=1000");
        Assert.Equal(2024, page.GetProperty("year").GetInt32());
        Assert.Equal("lbm3-2024", page.GetProperty("release").GetString());
        Assert.Equal(AmersfoortScoredBuurten, page.GetProperty("total").GetInt32());
        var hof = page.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "BU03070100");
        Assert.Equal("Hof", hof.GetProperty("name").GetString());
        Assert.Equal(7, hof.At("score.classes.total").GetInt32());
    }

    [Fact]
    public async Task Paging_is_stable_and_bounded()
    {
        var page2 = await _client.Json("/api/v1/scores/buurt/2024?page=2&pageSize=10");
        Assert.Equal(10_939, page2.GetProperty("total").GetInt32());
        Assert.Equal(1_094, page2.GetProperty("pages").GetInt32()); // ceil(10,939 / 10)
        var codes = page2.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()!).ToList();
        Assert.Equal(10, codes.Count);
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
        var page1 = await _client.Json("/api/v1/scores/buurt/2024?page=1&pageSize=10");
        Assert.True(string.CompareOrdinal(page1.GetProperty("items")[9].GetProperty("code").GetString(), codes[0]) < 0);
        await _client.Problem("/api/v1/scores/buurt/2024?pageSize=1001", HttpStatusCode.BadRequest);
        await _client.Problem("/api/v1/scores/buurt/2024?page=0", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Csv_has_one_row_per_scored_buurt()
    {
        var csv = await _client.GetStringAsync("/api/v1/scores/buurt/2024?gemeente=GM0307&pageSize=1000&format=csv");
        var lines = csv.TrimEnd('\n').Split('\n');
        Assert.StartsWith("code,name,gemeente,source,release,year,afw,", lines[0]);
        Assert.Equal(AmersfoortScoredBuurten + 1, lines.Length);
        Assert.Contains("BU03070100,Hof,GM0307,official,lbm3-2024,2024,0.0771055,0.0324703,0.0108435,0.235348,-0.0407555,-0.160801,,7,6,5,5,9,4,2,goed,good,", lines);
    }

    [Fact]
    public async Task GeoJson_has_wgs84_polygons_with_properties()
    {
        using var response = await _client.GetAsync("/api/v1/scores/buurt/2024?gemeente=GM0307&pageSize=1000&format=geojson");
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("FeatureCollection", doc.GetProperty("type").GetString());
        var features = doc.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(AmersfoortScoredBuurten, features.Count);
        var hof = features.Single(f => f.GetProperty("id").GetString() == "BU03070100");
        Assert.Contains(hof.At("geometry.type").GetString(), new[] { "Polygon", "MultiPolygon" });
        var first = FirstPosition(hof.At("geometry.coordinates"));
        Assert.InRange(first.Lon, 5.37, 5.40);
        Assert.InRange(first.Lat, 52.14, 52.17);
        Assert.Equal("goed", hof.At("properties.score.label.nl").GetString());
    }

    [Fact]
    public async Task Bad_level_year_source_and_format_are_rejected()
    {
        await _client.Problem("/api/v1/scores/street/2024", HttpStatusCode.BadRequest);
        await _client.Problem("/api/v1/scores/buurt/newest", HttpStatusCode.BadRequest);
        await _client.Problem("/api/v1/scores/buurt/2024?source=rumour", HttpStatusCode.BadRequest);
        await _client.Problem("/api/v1/scores/buurt/2024?format=xlsx", HttpStatusCode.BadRequest);
        await _client.Problem("/api/v1/scores/buurt/2024?gemeente=BU03070100", HttpStatusCode.BadRequest);
        await _client.Problem("/api/v1/scores/buurt/2019", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Pc4_history_of_the_2022_release_is_listed_per_year()
    {
        // lbm3-pc4-2022 CSV: 3,528 postcodes with a score in 2002 ('NA' rows excluded).
        var page = await _client.Json("/api/v1/scores/pc4/2002?pageSize=1");
        Assert.Equal("lbm3-2022", page.GetProperty("release").GetString());
        Assert.Equal(3_528, page.GetProperty("total").GetInt32());
    }

    private static (double Lon, double Lat) FirstPosition(JsonElement coordinates)
    {
        var e = coordinates;
        while (e[0].ValueKind == JsonValueKind.Array) e = e[0];
        return (e[0].GetDouble(), e[1].GetDouble());
    }
}
