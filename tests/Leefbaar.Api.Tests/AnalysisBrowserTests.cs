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
    public async Task Development_opens_on_the_newest_LBM3_series_and_still_offers_the_LBM2_map()
    {
        var body = await OpenTabAsync("development");
        Assert.Contains("view=analysis", Page.Url);
        // The newest LBM 3.0 series is the postcode series of lbm3-2022 (2002–2022): it opens on its newest pair.
        var meta = await server.Client.Json("/api/v1/meta");
        var years = meta.GetProperty("layers").EnumerateArray()
            .Where(l => l.GetProperty("release").GetString() == "lbm3-2022" && l.GetProperty("level").GetString() == "pc4")
            .Select(l => l.GetProperty("year").GetInt32()).Order().ToList();
        await Assertions.Expect(body.Locator("#dev-series option:checked")).ToContainTextAsync($"postcode · lbm3-2022 ({years[0]}–{years[^1]})");
        await Assertions.Expect(body.Locator("#dev-from")).ToHaveValueAsync(years[^2].ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(body.Locator("#dev-to")).ToHaveValueAsync(years[^1].ToString(CultureInfo.InvariantCulture));
        var api = await server.Client.Json($"/api/v1/analysis/trends?release=lbm3-2022&level=pc4&from={years[^2]}&to={years[^1]}");
        var summary = api.GetProperty("summary").EnumerateArray().ToList();
        var rows = body.Locator(".dev-summary tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(summary.Count);
        var shown = await rows.EvaluateAllAsync<string[]>("rs => rs.map(r => r.children[0].textContent + ':' + r.children[1].textContent.replace(/\\./g, ''))");
        Assert.Equal(summary.Select(x => $"{x.GetProperty("development_class").GetInt32()}:{x.GetProperty("areas").GetInt32()}"), shown);
        await Assertions.Expect(body.Locator(".dev-no-map")).ToContainTextAsync("Geen grenzen voor postcode");
        await _p.ScreenshotAsync("analysis-development-pc4");

        // The LBM 2.0 wijk series is still there, with its map and its 7 published classes.
        var lbm2 = await body.Locator("#dev-series option", new() { HasTextString = "wijk · lbm2" }).GetAttributeAsync("value");
        await body.Locator("#dev-series").SelectOptionAsync(lbm2!);
        await Assertions.Expect(body.Locator(".dev-summary tbody tr")).ToHaveCountAsync(7, new() { Timeout = 30_000 });
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
    public async Task Early_warning_rows_name_place_and_gemeente_link_the_area_and_filter_by_gemeente()
    {
        var body = await OpenTabAsync("warning");
        await Assertions.Expect(body.Locator(".framing")).ToHaveTextAsync("Een signaal om het gesprek aan te gaan — geen oordeel over bewoners.");
        var api = await server.Client.Json("/api/v1/analysis/early-warning");
        var flags = api.GetProperty("flags").EnumerateArray().ToList();
        var rows = body.Locator(".warning-table tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(flags.Count);
        // Highest probability first: its place name (not the bare postcode), its gemeente and the postcode.
        var top = flags.OrderByDescending(f => f.GetProperty("probability").GetDouble()).First();
        var place = top.GetProperty("place").GetString()!;
        var suffix = $" ({top.GetProperty("gemeente_name").GetString()})";
        Assert.EndsWith(suffix, place);
        var name = place[..^suffix.Length];
        var first = rows.First;
        await Assertions.Expect(first).ToHaveAttributeAsync("data-code", top.GetProperty("code").GetString()!);
        await Assertions.Expect(first.Locator("th button").First).ToHaveTextAsync(name);
        await Assertions.Expect(first.Locator("td").First).ToHaveTextAsync(top.GetProperty("gemeente_name").GetString()!);
        await Assertions.Expect(first.Locator("th")).ToContainTextAsync(top.GetProperty("code").GetString()!);

        // The gemeente filter: the rows of the gemeente with the most flags, as many as the API lists for it.
        var busiest = flags.GroupBy(f => f.GetProperty("gemeente").GetString()!).OrderByDescending(g => g.Count()).First();
        await body.Locator("#warn-gemeente").SelectOptionAsync(busiest.Key);
        await Assertions.Expect(rows).ToHaveCountAsync(busiest.Count());
        var gemeenten = await rows.EvaluateAllAsync<string[]>("rs => rs.map(r => r.dataset.gemeente)");
        Assert.All(gemeenten, g => Assert.Equal(busiest.Key, g));
        await body.Locator("#warn-filter").SelectOptionAsync("sterk verhoogd");
        await Assertions.Expect(rows).ToHaveCountAsync(busiest.Count(f => f.GetProperty("flag").GetString() == "sterk verhoogd"));
        await body.Locator("#warn-filter").SelectOptionAsync("all");
        await body.Locator("#warn-gemeente").SelectOptionAsync("");
        await Assertions.Expect(rows).ToHaveCountAsync(flags.Count);
        await Assertions.Expect(body.Locator(".backtest-table tbody tr")).ToHaveCountAsync(3); // train, validation, test
        await _p.ScreenshotAsync("analysis-early-warning");

        // The place name opens the buurt the postcode is named after.
        await first.Locator("th button").First.ClickAsync();
        await Assertions.Expect(Page.Locator("#profile-title")).ToHaveTextAsync(name);
        Assert.Contains($"area={top.GetProperty("place_code").GetString()}", Page.Url);
        Assert.Empty(_p.Problems);
    }

    [Fact]
    public async Task Distribution_charts_show_residents_per_class_and_name_the_provinces_left_out()
    {
        var body = await OpenTabAsync("distribution");
        var api = await server.Client.Json("/api/v1/analysis/distribution?release=lbm3-2024&level=buurt&year=2024");
        var groups = api.GetProperty("groups").EnumerateArray().ToList();
        var nl = groups.Single(g => g.GetProperty("grouping").GetString() == "nl");
        var table = body.Locator(".distribution-table tbody tr");
        await Assertions.Expect(table).ToHaveCountAsync(5); // Nederland, G4, G40, M50, rest
        // The national row shows the API's resident count in Dutch notation (thousands separated by dots).
        await Assertions.Expect(table.First).ToContainTextAsync(nl.GetProperty("residents").GetInt64().ToString("N0", CultureInfo.InvariantCulture).Replace(',', '.'));
        // The provinces the release scores nothing in (absent from its per-province rows) are named with "Nederland".
        var provinces = new Dictionary<string, string>
        {
            ["PV20"] = "Groningen", ["PV21"] = "Fryslân", ["PV22"] = "Drenthe", ["PV23"] = "Overijssel", ["PV24"] = "Flevoland", ["PV25"] = "Gelderland",
            ["PV26"] = "Utrecht", ["PV27"] = "Noord-Holland", ["PV28"] = "Zuid-Holland", ["PV29"] = "Zeeland", ["PV30"] = "Noord-Brabant", ["PV31"] = "Limburg",
        };
        var covered = groups.Where(g => g.GetProperty("grouping").GetString() == "provincie" && g.GetProperty("residents").GetDouble() > 0)
            .Select(g => g.GetProperty("group").GetString()!).ToHashSet();
        var left = provinces.Where(kv => !covered.Contains(kv.Key)).Select(kv => kv.Value).ToList();
        Assert.Equal(["Drenthe", "Flevoland", "Zeeland"], left); // lbm3-2024 withholds these three
        await Assertions.Expect(body.Locator(".dist-coverage")).ToHaveAttributeAsync("data-missing", string.Join(",", left));
        await Assertions.Expect(body.Locator(".dist-coverage")).ToContainTextAsync("zonder Drenthe, Flevoland en Zeeland");
        await Assertions.Expect(table.First.Locator("th")).ToHaveTextAsync("Nederland zonder Drenthe, Flevoland en Zeeland");
        await Assertions.Expect(body.Locator(".distribution-chart rect[data-class]")).Not.ToHaveCountAsync(0);
        await _p.ScreenshotAsync("analysis-distribution");
        await body.Locator("#dist-grouping").SelectOptionAsync("provincie");
        await Assertions.Expect(body.Locator(".distribution-table tbody tr")).ToHaveCountAsync(12 - left.Count);
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
