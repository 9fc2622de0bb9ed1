using System.Globalization;
using Microsoft.Playwright;

namespace Leefbaar.Api.Tests;

/// <summary>
/// End-to-end analysis views on the real imported data: development map, hot-spot map, early-warning list and
/// distribution charts, each against its /api/v1/analysis endpoint; and the view hidden when the server offers none.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class AnalysisBrowserTests(ServerFixture server, BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private BrowserPage _p = null!;

    private IPage Page => _p.Page;

    public async Task InitializeAsync()
    {
        Assert.True(server.WebBuildError is null, server.WebBuildError);
        _p = await BrowserPage.CreateAsync(browser.Browser, server.BaseAddress, height: 1000);
    }

    public async Task DisposeAsync() => await _p.DisposeAsync();

    private async Task<ILocator> OpenTabAsync(string tab)
    {
        await _p.OpenAsync();
        await Page.Locator("#analysis-button").ClickAsync();
        if (tab != "development") await Page.Locator($".analysis-tabs button[data-tab='{tab}']").ClickAsync();
        var body = Page.Locator($".analysis-body[data-tab='{tab}'][data-ready='true']");
        await Assertions.Expect(body).ToBeVisibleAsync(new() { Timeout = 60_000 });
        return body;
    }

    private static int Count(string legendItem) => int.Parse(legendItem[(legendItem.LastIndexOf(':') + 1)..].Trim().Replace(".", ""), CultureInfo.InvariantCulture);

    [Fact]
    public async Task Development_map_shows_the_LBM2_classes_between_two_years_of_one_release()
    {
        var body = await OpenTabAsync("development");
        Assert.Contains("view=analysis", Page.Url);
        // The richest series by areas is the LBM 2.0 wijk series; its newest pair is 2012 → 2016, in 7 published classes.
        await Assertions.Expect(body.Locator("#dev-series option:checked")).ToContainTextAsync("lbm2");
        await Assertions.Expect(body.Locator("#dev-from")).ToHaveValueAsync("2012");
        await Assertions.Expect(body.Locator("#dev-to")).ToHaveValueAsync("2016");
        await Assertions.Expect(body.Locator(".dev-summary tbody tr")).ToHaveCountAsync(7);
        await Assertions.Expect(body.Locator(".analysis-map canvas")).ToBeVisibleAsync();
        await Page.WaitForTimeoutAsync(2500); // tiles
        await _p.ScreenshotAsync("analysis-development");
        Assert.Empty(_p.Problems);
    }

    [Fact]
    public async Task Hot_spot_map_counts_every_official_gemeente_in_one_LISA_cluster_class()
    {
        var body = await OpenTabAsync("hotspots");
        var items = await body.Locator(".analysis-legend li").AllTextContentsAsync();
        Assert.Equal(6, items.Count); // HH, HL, LH, LL, not significant, no data
        Assert.Contains(items, i => i.StartsWith("Laag–laag (LL)"));
        // 311 gemeenten with an official 2024 afw in lbm3-2024/gemeenten.geojson, each in exactly one class.
        Assert.Equal(311, items.Take(5).Sum(Count));
        await Page.WaitForTimeoutAsync(2500);
        await _p.ScreenshotAsync("analysis-hotspots");
        Assert.Empty(_p.Problems);
    }

    [Fact]
    public async Task Early_warning_list_is_framed_as_a_signal_and_filters_by_flag()
    {
        var body = await OpenTabAsync("warning");
        await Assertions.Expect(body.Locator(".framing")).ToHaveTextAsync("Een signaal om het gesprek aan te gaan — geen oordeel over bewoners.");
        var rows = body.Locator(".warning-table tbody tr");
        var all = await rows.CountAsync();
        Assert.True(all > 0);
        var flags = await rows.EvaluateAllAsync<string[]>("rs => rs.map(r => r.dataset.flag)");
        Assert.All(flags, f => Assert.Contains(f, new[] { "verhoogd", "sterk verhoogd" }));
        Assert.Contains("sterk verhoogd", flags);
        await body.Locator("#warn-filter").SelectOptionAsync("sterk verhoogd");
        var strong = await rows.CountAsync();
        Assert.Equal(flags.Count(f => f == "sterk verhoogd"), strong);
        Assert.True(strong < all);
        await Assertions.Expect(body.Locator(".backtest-table tbody tr")).ToHaveCountAsync(3); // train, validation, test
        await body.Locator("#warn-filter").SelectOptionAsync("all");
        await _p.ScreenshotAsync("analysis-early-warning");
        // A row opens the area's profile.
        var first = await rows.First.Locator("button").TextContentAsync();
        await rows.First.Locator("button").ClickAsync();
        await Assertions.Expect(Page.Locator("#profile-title")).ToContainTextAsync(first!.Trim());
        Assert.Empty(_p.Problems);
    }

    [Fact]
    public async Task Distribution_charts_show_residents_per_class_nationally_per_group_and_per_province()
    {
        var body = await OpenTabAsync("distribution");
        var api = await server.Client.Json("/api/v1/analysis/distribution?release=lbm3-2024&level=buurt&year=2024");
        var nl = api.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("grouping").GetString() == "nl");
        var table = body.Locator(".distribution-table tbody tr");
        await Assertions.Expect(table).ToHaveCountAsync(5); // Nederland, G4, G40, M50, rest
        // The national row shows the API's resident count in Dutch notation (thousands separated by dots).
        await Assertions.Expect(table.First).ToContainTextAsync(nl.GetProperty("residents").GetInt64().ToString("N0", CultureInfo.InvariantCulture).Replace(',', '.'));
        await Assertions.Expect(body.Locator(".distribution-chart rect[data-class]")).Not.ToHaveCountAsync(0);
        await _p.ScreenshotAsync("analysis-distribution");
        await body.Locator("#dist-grouping").SelectOptionAsync("provincie");
        // Nine provinces: lbm3-2024 withholds Drenthe, Flevoland and Zeeland.
        await Assertions.Expect(body.Locator(".distribution-table tbody tr")).ToHaveCountAsync(9);
        Assert.Empty(_p.Problems);
    }

    [Fact]
    public async Task Analysis_tabs_and_their_controls_are_reachable_with_Tab_and_show_their_focus()
    {
        await OpenTabAsync("hotspots");
        await Page.Locator(".analysis-tabs button[data-tab='hotspots']").FocusAsync();
        var (reached, invisible) = await _p.TabThroughAsync(12);
        foreach (var control in new[] { "tab:warning", "tab:distribution", "#hot-source", "#hot-level", "#hot-measure" })
            Assert.Contains(control, reached);
        Assert.True(invisible.Count == 0, "no visible focus on: " + string.Join(", ", invisible.Distinct()));
        Assert.Empty(_p.Problems);
    }

    [Fact]
    public async Task Analysis_view_is_hidden_when_the_server_documents_no_analysis_endpoints()
    {
        await Page.RouteAsync("**/openapi/v1.json", route => route.FulfillAsync(new() { ContentType = "application/json", Body = """{"paths":{}}""" }));
        await _p.OpenAsync();
        await Assertions.Expect(Page.Locator("[data-view='compare']")).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("#analysis-button")).ToBeHiddenAsync();
        Assert.Empty(_p.Problems);
    }
}
