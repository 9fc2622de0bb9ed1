using System.Net;
using System.Text.Json;

namespace Leefbaar.Api.Tests;

/// <summary>Search and profile of real areas (Hof in Amersfoort: LBM 3.0 2024 buurt file 26.geojson, KWB 2024 GM0307.json).</summary>
[Collection(ServerCollection.Name)]
public sealed class AreaEndpointTests(ServerFixture server)
{
    private readonly HttpClient _client = server.Client;

    [Fact]
    public async Task Search_Hof_finds_the_buurt_in_Amersfoort_first()
    {
        var results = (await _client.Json("/api/v1/areas?q=Hof")).GetProperty("results").EnumerateArray().ToList();
        var first = results[0];
        Assert.Equal("BU03070100", first.GetProperty("code").GetString());
        Assert.Equal("exact-name", first.GetProperty("match").GetString());
        Assert.Equal("Amersfoort", first.At("gemeente.name").GetString());
        // The other buurt named exactly "Hof" (Bergeijk) follows; names that only start with Hof come after both.
        Assert.Equal("BU17240007", results[1].GetProperty("code").GetString());
        Assert.Equal("name-prefix", results[2].GetProperty("match").GetString());
    }

    [Fact]
    public async Task Search_by_code_finds_the_exact_code_or_every_code_with_the_prefix()
    {
        var exact = (await _client.Json("/api/v1/areas?q=gm0307")).GetProperty("results").EnumerateArray().ToList();
        Assert.Equal("GM0307", exact[0].GetProperty("code").GetString());
        Assert.Equal("Amersfoort", exact[0].GetProperty("name").GetString());
        Assert.Equal("exact-code", exact[0].GetProperty("match").GetString());

        var wijken = (await _client.Json("/api/v1/areas?q=WK0307&limit=50")).GetProperty("results").EnumerateArray().ToList();
        Assert.All(wijken, w => Assert.Equal("code-prefix", w.GetProperty("match").GetString()));
        var codes = wijken.Select(w => w.GetProperty("code").GetString()!).ToHashSet();
        // The 33 wijken of Amersfoort in geoinzicht/wijken_2024.geojson (WK030701…WK030734, no WK030723).
        var expected = Enumerable.Range(1, 34).Where(i => i != 23).Select(i => $"WK0307{i:00}").ToList();
        Assert.Equal(33, expected.Count);
        Assert.All(expected, c => Assert.Contains(c, codes));
        Assert.All(codes, c => Assert.StartsWith("WK0307", c));
    }

    [Fact]
    public async Task Search_rejects_empty_and_overlong_queries()
    {
        await _client.Problem("/api/v1/areas?q=", HttpStatusCode.BadRequest);
        await _client.Problem("/api/v1/areas?q=" + new string('a', 101), HttpStatusCode.BadRequest);
        await _client.Problem("/api/v1/areas?q=Hof&limit=500", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Profile_of_Hof_has_the_official_2024_class_goed_and_its_scores()
    {
        var p = await _client.Json("/api/v1/areas/bu03070100");
        Assert.Equal("BU03070100", p.GetProperty("code").GetString());
        Assert.Equal("Hof", p.GetProperty("name").GetString());
        Assert.Equal("buurt", p.GetProperty("level").GetString());
        Assert.Equal(2024, p.GetProperty("year").GetInt32());
        Assert.Equal(["WK030701", "GM0307", "PV26"], p.GetProperty("parents").EnumerateArray().Select(x => x.GetProperty("code").GetString()!).ToArray());
        Assert.Equal("Stadskern", p.GetProperty("parents")[0].GetProperty("name").GetString());
        var o = p.GetProperty("official");
        Assert.Equal("lbm3-2024", o.GetProperty("release").GetString());
        Assert.Equal(7, o.At("classes.total").GetInt32());   // kscore
        Assert.Equal(6, o.At("classes.afw").GetInt32());     // kafw
        Assert.Equal(9, o.At("classes.vrz").GetInt32());     // kvrz
        Assert.Equal("goed", o.At("label.nl").GetString());
        Assert.Equal("good", o.At("label.en").GetString());
        Assert.Equal(0.0771055, o.GetProperty("afw").GetDouble());
        Assert.Equal(-0.160801, o.GetProperty("onv").GetDouble());
    }

    [Fact]
    public async Task Profile_of_Hof_keeps_the_2020_release_apart_in_its_history()
    {
        var history = (await _client.Json("/api/v1/areas/BU03070100")).GetProperty("officialHistory").EnumerateArray().ToList();
        Assert.Equal(["lbm3-2020", "lbm3-2024"], history.Select(h => h.GetProperty("release").GetString()!).ToArray());
        // nelleke20 buurten.csv row BU03070100: leefbarometer_score 4.22, fysieke_omgeving 0.02 (rounded to 2 decimals).
        Assert.Equal(4.22, history[0].GetProperty("lbm").GetDouble());
        Assert.Equal(0.02, history[0].GetProperty("fys").GetDouble());
        Assert.False(history[0].TryGetProperty("afw", out _));
    }

    [Fact]
    public async Task Profile_of_Hof_sets_indicators_beside_Amersfoort_and_Nederland()
    {
        var indicators = (await _client.Json("/api/v1/areas/BU03070100")).GetProperty("indicators").EnumerateArray()
            .ToDictionary(i => i.GetProperty("indicator").GetString()!);
        // woonikveilig GM0307.json: Hof 735 inwoners, Amersfoort 161,852; crime per 1000: 347.8 vs 43.3.
        Assert.Equal(735, indicators["population"].GetProperty("value").GetDouble());
        Assert.Equal(161_852, indicators["population"].GetProperty("gemeente").GetDouble());
        Assert.Equal(347.8, indicators["crime_per_1000"].GetProperty("value").GetDouble());
        Assert.Equal(43.3, indicators["crime_per_1000"].GetProperty("gemeente").GetDouble());
        Assert.True(indicators["population"].GetProperty("nederland").GetDouble() > 17_000_000);
        Assert.DoesNotContain("main_pc4", indicators.Keys);
    }

    [Fact]
    public async Task Profile_of_Hof_compares_with_Amersfoort_and_the_national_reference()
    {
        var c = (await _client.Json("/api/v1/areas/BU03070100")).GetProperty("comparison");
        Assert.Equal("GM0307", c.At("gemeente.code").GetString());
        // lbm3-2024/gemeenten.geojson GM0307: afw 0.0632271, kscore 7.
        Assert.Equal(0.0632271, c.At("gemeente.official.afw").GetDouble());
        Assert.Equal(7, c.At("gemeente.official.classes.total").GetInt32());
        var nl = c.GetProperty("nederlandOfficial");
        Assert.Equal("lbm3-2024", nl.GetProperty("release").GetString());
        Assert.Equal("buurt", nl.GetProperty("level").GetString());
        Assert.Equal("population", nl.GetProperty("weighting").GetString());
        Assert.Equal(10_939, nl.GetProperty("areas").GetInt32());
        Assert.InRange(nl.At("means.afw").GetDouble(), -0.3, 0.3);
    }

    [Fact]
    public async Task Profile_serves_model_scores_and_top_contributions_when_present()
    {
        var p = await _client.Json("/api/v1/areas/BU03070100");
        var m = p.GetProperty("model");
        Assert.Equal(ServerFixture.TestRelease, m.GetProperty("release").GetString());
        Assert.Equal(6, m.At("classes.total").GetInt32());
        Assert.Equal("ruim voldoende", m.At("label.nl").GetString());
        Assert.True(m.GetProperty("reliable").GetBoolean());
        Assert.Equal(0.09, m.GetProperty("afwUpper").GetDouble());
        Assert.Equal((5, 7, 0.12), (m.GetProperty("classLow").GetInt32(), m.GetProperty("classHigh").GetInt32(), m.GetProperty("pWeak").GetDouble()));
        var contributions = p.GetProperty("contributions").EnumerateArray().Select(x => x.GetProperty("indicator").GetString()).ToArray();
        Assert.Equal(["crime_per_1000", "population_density", "dist_supermarket_km"], contributions); // by |contribution|
        Assert.False(p.TryGetProperty("modelNote", out _));
    }

    [Fact]
    public async Task Profile_in_withheld_Drenthe_has_a_model_score_with_interval_and_no_official_score()
    {
        var p = await _client.Json("/api/v1/areas/BU01060009");
        Assert.Equal("Asserbos", p.GetProperty("name").GetString());
        Assert.Contains(p.GetProperty("parents").EnumerateArray(), a => a.GetProperty("code").GetString() == "PV22");
        Assert.False(p.TryGetProperty("official", out _)); // lbm3-2024 publishes no Drenthe buurten
        var m = p.GetProperty("model");
        Assert.Equal(ServerFixture.TestRelease, m.GetProperty("release").GetString());
        Assert.Equal(7, m.At("classes.total").GetInt32());
        Assert.False(m.GetProperty("reliable").GetBoolean());
        Assert.Equal(-0.06, m.GetProperty("afwLower").GetDouble());
        Assert.Equal(0.2, m.GetProperty("afwUpper").GetDouble());
        Assert.True(!m.TryGetProperty("pWeak", out var pw) || pw.ValueKind == System.Text.Json.JsonValueKind.Null); // an older release: no P(weak)
    }

    [Fact]
    public async Task Profile_without_model_scores_says_so()
    {
        var p = await _client.Json("/api/v1/areas/GM0307");
        Assert.False(p.TryGetProperty("model", out _));
        Assert.Contains("model", p.GetProperty("modelNote").GetString());
        Assert.Equal(7, p.At("official.classes.total").GetInt32());
        // Amersfoort's LBM 2.0 classes 2002–2016 stay a separate series in the history.
        Assert.Contains(p.GetProperty("officialHistory").EnumerateArray(), h => h.GetProperty("release").GetString() == "lbm2");
    }

    [Fact]
    public async Task Profile_rejects_bad_codes_and_years_and_404s_unknown_areas()
    {
        var bad = await _client.Problem("/api/v1/areas/BUURT123", HttpStatusCode.BadRequest);
        Assert.Equal("code", bad.GetProperty("parameter").GetString());
        await _client.Problem("/api/v1/areas/BU03070100?year=20x4", HttpStatusCode.BadRequest);
        await _client.Problem("/api/v1/areas/BU03070100?year=1200", HttpStatusCode.BadRequest);
        await _client.Problem("/api/v1/areas/BU99999999", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Profile_offers_downloads_of_the_gemeente_and_a_bounding_box()
    {
        var p = await _client.Json("/api/v1/areas/BU03070100");
        Assert.Equal("/api/v1/scores/buurt/2024?pageSize=1000&gemeente=GM0307&format=csv", p.At("downloads.csv").GetString());
        var bbox = p.GetProperty("bbox").EnumerateArray().Select(x => x.GetDouble()).ToArray();
        Assert.InRange(bbox[0], 5.37, 5.40); // Amersfoort centre, about 5.387 E 52.156 N
        Assert.InRange(bbox[1], 52.14, 52.17);
    }

    [Fact]
    public async Task A_model_only_buurt_downloads_the_model_rows_of_its_gemeente_labelled_with_the_release()
    {
        var p = await _client.Json("/api/v1/areas/BU01060009"); // Asserbos, Assen: Drenthe has no official 2024 scores
        Assert.Equal("model", p.At("downloads.source").GetString());
        Assert.Equal(ServerFixture.TestRelease, p.At("downloads.release").GetString());
        var csvPath = p.At("downloads.csv").GetString()!;
        Assert.Contains("source=model", csvPath);
        var lines = (await _client.GetStringAsync(csvPath)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("code,name,gemeente,source,release", lines[0]);
        var asserbos = Assert.Single(lines, l => l.StartsWith("BU01060009,", StringComparison.Ordinal));
        Assert.Contains($",GM0106,model,{ServerFixture.TestRelease},2024,", asserbos);
        Assert.All(lines.Skip(1), l => Assert.Contains(",GM0106,model,", l)); // only Assen's buurten, all model rows
        var geo = await _client.Json(p.At("downloads.geoJson").GetString()!);
        Assert.Equal(lines.Length - 1, geo.GetProperty("features").GetArrayLength());
    }
}
