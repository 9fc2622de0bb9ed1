using System.Text.Json;
using Microsoft.Playwright;

namespace Leefbaar.Api.Tests;

/// <summary>
/// A buurt's profile charts the official series that cover it from elsewhere — its main postcode's LBM 3.0 series
/// (2002–2022) and its wijk's and gemeente's LBM 2.0 classes — each equal to that area's own official history.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class RelatedSeriesTests(ServerFixture server, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Tarwewijk_carries_its_postcode_series_equal_to_the_postcode_profile()
    {
        var p = await server.Client.Json("/api/v1/areas/BU05991571");
        var related = p.GetProperty("relatedHistory").EnumerateArray().ToList();
        var postcode = related.Single(r => r.GetProperty("relation").GetString() == "postcode");
        var pc4 = postcode.GetProperty("code").GetString()!;
        var release = postcode.GetProperty("release").GetString()!;
        Assert.StartsWith("lbm3", release);
        var history = postcode.GetProperty("history").EnumerateArray().Select(h => (h.GetProperty("year").GetInt32(), h.GetProperty("afw").GetDouble())).ToList();
        Assert.True(history.Count >= 5, $"{history.Count} years");

        // The same numbers as the postcode's own profile.
        var own = (await server.Client.Json($"/api/v1/areas/{pc4}")).GetProperty("officialHistory").EnumerateArray()
            .Where(h => h.GetProperty("release").GetString() == release && h.GetProperty("afw").ValueKind == JsonValueKind.Number)
            .Select(h => (h.GetProperty("year").GetInt32(), h.GetProperty("afw").GetDouble())).OrderBy(x => x.Item1).ToList();
        Assert.Equal(own, history);
        // Every related series has at least two years and names a coarser area of this buurt.
        Assert.All(related, r => Assert.True(r.GetProperty("history").GetArrayLength() >= 2));
        Assert.All(related.Where(r => r.GetProperty("relation").GetString() == "gemeente"), r => Assert.Equal("GM0599", r.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task The_profile_draws_each_related_series_labelled_with_its_release()
    {
        Assert.True(server.WebBuildError is null, server.WebBuildError);
        var expected = (await server.Client.Json("/api/v1/areas/BU05991571")).GetProperty("relatedHistory").EnumerateArray()
            .Select(r => (r.GetProperty("relation").GetString()!, r.GetProperty("code").GetString()!, r.GetProperty("release").GetString()!)).ToList();
        await using var p = await BrowserPage.CreateAsync(browser.Browser, server.BaseAddress, height: 1000);
        await p.OpenAsync("/?area=BU05991571");
        var charts = p.Page.Locator("#panel .trend-section .related");
        await Assertions.Expect(charts).ToHaveCountAsync(expected.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var (relation, code, release) = expected[i];
            var chart = charts.Nth(i);
            await Assertions.Expect(chart).ToHaveAttributeAsync("data-relation", relation);
            await Assertions.Expect(chart.Locator("h4")).ToContainTextAsync($"({code}) · {release}");
            await Assertions.Expect(chart.Locator("svg polyline")).Not.ToHaveCountAsync(0);
        }
        await Assertions.Expect(p.Page.Locator("#panel .trend-section")).Not.ToContainTextAsync("Nog geen reeks met meerdere jaren");
        await p.ScreenshotAsync("related-series-tarwewijk", "#panel .trend-section");
    }
}
