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
        Assert.Contains("BU03070100,Hof,GM0307,official,lbm3-2024,2024,0.0771055,0.0324703,0.0108435,0.235348,-0.0407555,-0.160801,,7,6,5,5,9,4,2,goed,good,,,,,,", lines);
    }

    [Fact]
    public async Task Page_size_all_downloads_every_selected_row_but_not_as_json()
    {
        var total = (await _client.Json("/api/v1/scores/buurt/2024?pageSize=1")).GetProperty("total").GetInt32();
        Assert.True(total > 1000, $"{total} buurten: the fixture must exceed one page for this test");
        var csv = (await _client.GetStringAsync("/api/v1/scores/buurt/2024?pageSize=all&format=csv&sort=-afw")).TrimEnd('\n').Split('\n');
        Assert.Equal(total + 1, csv.Length);
        // The file is the selection in its order: the same first and 1,001st area as the paged JSON.
        var top = await _client.Json("/api/v1/scores/buurt/2024?sort=-afw&pageSize=1000&page=1");
        var next = await _client.Json("/api/v1/scores/buurt/2024?sort=-afw&pageSize=1000&page=2");
        Assert.StartsWith(top.GetProperty("items")[0].GetProperty("code").GetString() + ",", csv[1]);
        Assert.StartsWith(next.GetProperty("items")[0].GetProperty("code").GetString() + ",", csv[1001]);
        await _client.Problem("/api/v1/scores/buurt/2024?pageSize=all", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_listing_is_sorted_once_and_every_page_is_a_slice_of_it()
    {
        var first = await _client.Json("/api/v1/scores/buurt/2024?sort=-vrz&provincie=PV27&pageSize=50&page=1");
        var before = server.State.Selections.Count;
        var second = await _client.Json("/api/v1/scores/buurt/2024?sort=-vrz&provincie=PV27&pageSize=50&page=2");
        Assert.Equal(before, server.State.Selections.Count); // page 2 came from the remembered listing
        var all = (await _client.GetStringAsync("/api/v1/scores/buurt/2024?sort=-vrz&provincie=PV27&pageSize=all&format=csv")).TrimEnd('\n').Split('\n');
        string Code(JsonElement page, int i) => page.GetProperty("items")[i].GetProperty("code").GetString()!;
        Assert.StartsWith(Code(first, 0) + ",", all[1]);
        Assert.StartsWith(Code(second, 0) + ",", all[51]);
        var vrz = first.GetProperty("items").EnumerateArray().Select(i => i.At("score.vrz").GetDouble()).ToList();
        Assert.Equal(vrz.OrderByDescending(v => v), vrz);
        Assert.InRange(server.State.Selections.Count, 1, Leefbaar.Api.Serving.ScoreSelectionCache.Capacity);
    }

    [Fact]
    public async Task GeoPackage_download_holds_the_selection_with_boundaries()
    {
        using var response = await _client.GetAsync("/api/v1/scores/buurt/2024?gemeente=GM0307&pageSize=all&format=gpkg");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geopackage+sqlite3", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("leefbaar-buurt-2024-official-GM0307.gpkg", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var path = Path.Combine(Path.GetTempPath(), $"api-test-{Guid.NewGuid():N}.gpkg");
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
        try
        {
            using var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
            c.Open();
            object? Scalar(string sql) { using var cmd = c.CreateCommand(); cmd.CommandText = sql; return cmd.ExecuteScalar(); }
            Assert.Equal((long)AmersfoortScoredBuurten, Scalar("SELECT count(*) FROM scores"));
            Assert.Equal(0.235348, (double)Scalar("SELECT vrz FROM scores WHERE code = 'BU03070100'")!);
            Assert.Equal(0L, Scalar("SELECT count(*) FROM scores WHERE geom IS NULL"));
            // Amersfoort lies near 5.39 E, 52.16 N: the extent is WGS84 degrees, not RD metres.
            Assert.InRange((double)Scalar("SELECT min_x FROM gpkg_contents")!, 5.2, 5.5);
            Assert.InRange((double)Scalar("SELECT max_y FROM gpkg_contents")!, 52.1, 52.3);
        }
        finally
        {
            File.Delete(path);
        }
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
        // Flat properties (one attribute column per value, as QGIS shows them), the same values as the JSON listing.
        Assert.Equal("goed", hof.At("properties.label_nl").GetString());
        Assert.Equal(7, hof.At("properties.kscore").GetInt32());
        Assert.Equal(0.0771055, hof.At("properties.afw").GetDouble(), 9);
        Assert.Equal("official", hof.At("properties.source").GetString());
        Assert.All(features, f => Assert.All(f.GetProperty("properties").EnumerateObject(), p => Assert.NotEqual(JsonValueKind.Object, p.Value.ValueKind)));
    }

    [Fact]
    public async Task Provincie_filter_sort_and_model_fill()
    {
        // Utrecht (PV26): every row's gemeente lies in the provincie, as the gemeente profiles say.
        var utrecht = await _client.Json("/api/v1/scores/gemeente/2024?provincie=PV26&pageSize=1000");
        Assert.Equal("PV26", utrecht.GetProperty("provincie").GetString());
        var codes = utrecht.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()!).ToList();
        Assert.Contains("GM0307", codes);
        Assert.Equal(codes.Count, utrecht.GetProperty("total").GetInt32());
        foreach (var code in codes.Take(5))
        {
            var profile = await _client.Json($"/api/v1/areas/{code}");
            Assert.Contains(profile.GetProperty("parents").EnumerateArray(), a => a.GetProperty("code").GetString() == "PV26");
        }

        // sort=-afw orders over all rows (not within a page): page 2 continues below page 1, missing values last.
        var all = await _client.Json("/api/v1/scores/buurt/2024?sort=-afw&pageSize=1000&page=11");
        var p1 = await _client.Json("/api/v1/scores/buurt/2024?sort=-afw&pageSize=50");
        var p2 = await _client.Json("/api/v1/scores/buurt/2024?sort=-afw&pageSize=50&page=2");
        double Afw(JsonElement i) => i.At("score.afw").GetDouble();
        var top = p1.GetProperty("items").EnumerateArray().Concat(p2.GetProperty("items").EnumerateArray()).Select(Afw).ToList();
        Assert.Equal(top.OrderDescending(), top);
        Assert.True(Afw(all.GetProperty("items").EnumerateArray().First()) <= top[^1]);
        var byName = await _client.Json("/api/v1/scores/buurt/2024?gemeente=GM0307&sort=name&pageSize=1000");
        var names = byName.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!).ToList();
        Assert.Equal(names.Order(StringComparer.InvariantCultureIgnoreCase), names);

        // fill=model: Asserbos (Drenthe, no official 2024 score) comes from the model release, labelled as such.
        var drenthe = await _client.Json("/api/v1/scores/buurt/2024?provincie=PV22&fill=model&pageSize=1000");
        Assert.Equal(ServerFixture.TestRelease, drenthe.GetProperty("fillRelease").GetString());
        var asserbos = Assert.Single(drenthe.GetProperty("items").EnumerateArray());
        Assert.Equal("BU01060009", asserbos.GetProperty("code").GetString());
        Assert.Equal("model", asserbos.At("score.source").GetString());
        Assert.Equal(ServerFixture.TestRelease, asserbos.At("score.release").GetString());
        Assert.Equal(1, drenthe.GetProperty("filled").GetInt32());
        var unfilled = await _client.Json("/api/v1/scores/buurt/2024?provincie=PV22&pageSize=1000");
        Assert.Equal(0, unfilled.GetProperty("total").GetInt32());
        var national = await _client.Json("/api/v1/scores/buurt/2024?fill=model&pageSize=1");
        Assert.Equal(10_939 + 1, national.GetProperty("total").GetInt32()); // Hof has an official score: the model fills only Asserbos
    }

    [Fact]
    public async Task Groups_name_the_provincies_and_gemeenten_of_a_listing()
    {
        var groups = await _client.Json("/api/v1/scores/buurt/2024/groups?fill=model");
        var listing = await _client.Json("/api/v1/scores/buurt/2024?fill=model&pageSize=1");
        Assert.Equal(listing.GetProperty("total").GetInt32(), groups.GetProperty("total").GetInt32());
        var provincies = groups.GetProperty("provincies").EnumerateArray().ToList();
        Assert.Equal(listing.GetProperty("total").GetInt32(), provincies.Sum(p => p.GetProperty("areas").GetInt32()));
        var drenthe = Assert.Single(provincies, p => p.GetProperty("code").GetString() == "PV22");
        Assert.Equal("Drenthe", drenthe.GetProperty("name").GetString());
        Assert.Equal(1, drenthe.GetProperty("filled").GetInt32());
        var amersfoort = Assert.Single(groups.GetProperty("gemeenten").EnumerateArray(), g => g.GetProperty("code").GetString() == "GM0307");
        Assert.Equal("Amersfoort", amersfoort.GetProperty("name").GetString());
        Assert.Equal("PV26", amersfoort.GetProperty("provincie").GetString());
        Assert.Equal(AmersfoortScoredBuurten, amersfoort.GetProperty("areas").GetInt32());
    }

    [Fact]
    public async Task Bad_provincie_sort_and_fill_are_problems()
    {
        await _client.Problem("/api/v1/scores/buurt/2024?provincie=GM0307", HttpStatusCode.BadRequest);
        await _client.Problem("/api/v1/scores/buurt/2024?provincie=Utrecht", HttpStatusCode.BadRequest);
        await _client.Problem("/api/v1/scores/buurt/2024?sort=score", HttpStatusCode.BadRequest);
        await _client.Problem("/api/v1/scores/buurt/2024?sort=--afw", HttpStatusCode.BadRequest);
        await _client.Problem("/api/v1/scores/buurt/2024?fill=official", HttpStatusCode.BadRequest);
        await _client.Problem("/api/v1/scores/buurt/2024?source=model&fill=model", HttpStatusCode.BadRequest);
        await _client.Problem("/api/v1/scores/buurt/2024/groups?source=rumour", HttpStatusCode.BadRequest);
        var missing = await _client.Problem("/api/v1/scores/buurt/2024?provincie=NL00", HttpStatusCode.BadRequest);
        Assert.Equal("provincie", missing.GetProperty("parameter").GetString());
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
