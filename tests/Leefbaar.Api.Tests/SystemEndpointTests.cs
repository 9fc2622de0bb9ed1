using System.Net;
using System.Text.Json;

namespace Leefbaar.Api.Tests;

/// <summary>Health, meta, OpenAPI, security headers and unknown paths, on the real imported data.</summary>
[Collection(ServerCollection.Name)]
public sealed class SystemEndpointTests(ServerFixture server)
{
    private readonly HttpClient _client = server.Client;

    [Fact]
    public async Task Health_is_ok_and_not_demo()
    {
        var health = await _client.Json("/api/v1/health");
        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.False(health.GetProperty("demo").GetBoolean());
        Assert.Equal("store.duckdb", health.GetProperty("store").GetString());
        // At least the 14,574 buurten of the KWB 2024 subset (woonikveilig, counted in its gemeente files).
        Assert.True(health.GetProperty("areas").GetInt32() >= 14_574);
    }

    [Fact]
    public async Task Meta_lists_the_official_buurt_layer_and_the_dutch_class_labels()
    {
        var meta = await _client.Json("/api/v1/meta");
        var buurt2024 = meta.GetProperty("layers").EnumerateArray()
            .Single(l => l.GetProperty("source").GetString() == "official" && l.GetProperty("level").GetString() == "buurt" && l.GetProperty("year").GetInt32() == 2024);
        Assert.Equal("lbm3-2024", buurt2024.GetProperty("release").GetString());
        // 10,939 buurt features with an afw in lbm3-2024/buurten/*.geojson (provinces 22, 24, 29 withheld).
        Assert.Equal(10_939, buurt2024.GetProperty("areas").GetInt32());
        var classes = meta.GetProperty("classes").EnumerateArray().ToList();
        Assert.Equal(9, classes.Count);
        Assert.Equal("zeer onvoldoende", classes[0].GetProperty("nl").GetString());
        Assert.Equal("goed", classes[6].GetProperty("nl").GetString());
        Assert.Equal("uitstekend", classes[8].GetProperty("nl").GetString());
        Assert.Equal(2024, meta.GetProperty("latestOfficialYear").GetInt32());
        Assert.True(meta.GetProperty("hasModelRelease").GetBoolean());
        var extent = meta.GetProperty("extent").EnumerateArray().Select(x => x.GetDouble()).ToArray();
        Assert.InRange(extent[0], 3.0, 3.8);  // west of Zeeland
        Assert.InRange(extent[3], 53.3, 53.8); // north of the Wadden
    }

    [Fact]
    public async Task Meta_names_the_provinces_without_official_buurt_scores_and_the_levels_with_boundaries()
    {
        var meta = await _client.Json("/api/v1/meta");
        Assert.Equal(["provincie", "gemeente", "wijk", "buurt"], meta.GetProperty("geometryLevels").EnumerateArray().Select(x => x.GetString()!).ToArray());
        // lbm3-2024 withholds Drenthe; the fixture's model scores Hof (Utrecht, officially scored) and Asserbos (Assen, Drenthe).
        var gap = Assert.Single(meta.GetProperty("officialGaps").EnumerateArray());
        Assert.Equal("PV22", gap.GetProperty("provincie").GetString());
        Assert.Equal("Drenthe", gap.GetProperty("name").GetString());
        Assert.Equal("lbm3-2024", gap.GetProperty("release").GetString());
        Assert.Equal(2024, gap.GetProperty("year").GetInt32());
        Assert.Equal(1, gap.GetProperty("modelAreas").GetInt32());
    }

    [Fact]
    public async Task Health_carries_the_same_extent_as_meta()
    {
        var health = (await _client.Json("/api/v1/health")).GetProperty("extent").EnumerateArray().Select(x => x.GetDouble()).ToArray();
        var meta = (await _client.Json("/api/v1/meta")).GetProperty("extent").EnumerateArray().Select(x => x.GetDouble()).ToArray();
        Assert.Equal(meta, health);
        Assert.InRange(health[2], 7.1, 7.3); // east of Groningen and Drenthe
        Assert.InRange(health[1], 50.7, 50.8); // south of Limburg
    }

    [Fact]
    public async Task Indicators_lists_the_catalogue_with_dutch_and_english_names()
    {
        var list = await _client.Json("/api/v1/indicators");
        // 167 entries in src/Leefbaar.Model/Catalogue/indicators.json (with the CBS PC4 2023 inputs, the catalogued origin fields, the five map-layer inputs and the six RIVM 2020 inputs).
        Assert.Equal(167, list.GetProperty("count").GetInt32());
        var byCode = list.GetProperty("indicators").EnumerateArray().ToDictionary(i => i.GetProperty("code").GetString()!);
        Assert.Equal(167, byCode.Count);
        Assert.Equal("Afstand tot grote supermarkt", byCode["dist_supermarket_km"].GetProperty("nl").GetString());
        Assert.Equal("Distance to large supermarket", byCode["dist_supermarket_km"].GetProperty("en").GetString());
        Assert.Equal("Geregistreerde misdrijven per 1000 inwoners", byCode["crime_per_1000"].GetProperty("nl").GetString());
        Assert.Equal("soc", byCode["population_density"].GetProperty("dimension").GetString());
    }

    [Fact]
    public async Task OpenApi_document_parses_and_lists_every_endpoint()
    {
        var doc = await _client.Json("/openapi/v1.json");
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        string[] expected =
        [
            "/api/v1/health", "/api/v1/meta", "/api/v1/areas", "/api/v1/areas/{code}", "/api/v1/scores/{level}/{year}",
            "/api/v1/compare", "/api/v1/models", "/api/v1/models/{id}", "/api/v1/models/{id}/card", "/api/v1/tiles/{level}/{z}/{x}/{y}.pbf",
            "/api/v1/indicators",
            "/api/v1/analysis/trends", "/api/v1/analysis/distribution", "/api/v1/analysis/transitions", "/api/v1/analysis/moran",
            "/api/v1/analysis/lisa", "/api/v1/analysis/inequality", "/api/v1/analysis/early-warning", "/api/v1/analysis/groups",
            "/api/v1/reports/gemeente/{code}", "/api/v1/reports/national", "/api/v1/whatif",
            "/api/v1/areas/custom", "/api/v1/sets", "/api/v1/sets/{id}", "/api/v1/scores/{level}/{year}/groups", "/api/v1/places",
            "/api/v1/analysis/jobs/{id}",
        ];
        foreach (var path in expected) Assert.Contains(path, paths);
        Assert.Equal(expected.Length, paths.Count);
        Assert.Equal("Leefbaar API", doc.At("info.title").GetString());
        // every statistic is documented in one line, in its endpoint summary and in the API description
        foreach (var (name, line) in Leefbaar.Analysis.AnalysisCatalog.All)
        {
            Assert.Equal(line, doc.GetProperty("paths").GetProperty($"/api/v1/analysis/{name}").At("get.summary").GetString());
            Assert.Contains(line, doc.At("info.description").GetString());
        }
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        foreach (var path in new[] { "/api/v1/health", "/api/v1/areas/XX", "/", "/api/v1/tiles/gemeente/6/32/21.pbf" })
        {
            using var response = await _client.GetAsync(path);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
            Assert.StartsWith("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
            Assert.False(response.Headers.Contains("X-Leefbaar-Data")); // real data: no demo label
        }
    }

    [Fact]
    public async Task Unknown_api_path_is_a_404_problem()
    {
        var problem = await _client.Problem("/api/v1/nothing-here", HttpStatusCode.NotFound);
        Assert.Contains("openapi", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Docs_page_and_map_are_served_when_built()
    {
        Assert.Null(server.WebBuildError);
        var index = await _client.GetStringAsync("/");
        Assert.Contains("<title>Leefbaar", index);
        var docs = await _client.GetStringAsync("/docs.html");
        Assert.Contains("Leefbaar API", docs);
    }
}
