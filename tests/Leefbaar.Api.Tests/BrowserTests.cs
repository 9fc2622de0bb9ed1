using Microsoft.Playwright;

namespace Leefbaar.Api.Tests;

/// <summary>
/// End-to-end: the built web map in headless chromium against the API on the real imported data. Screenshots go
/// to artifacts/e2e/ at the repository root.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class BrowserTests(ServerFixture server, BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private BrowserPage _browserPage = null!;
    private IPage _page = null!;
    private List<string> _problems = null!;

    public async Task InitializeAsync()
    {
        Assert.True(server.WebBuildError is null, server.WebBuildError);
        _browserPage = await BrowserPage.CreateAsync(browser.Browser, server.BaseAddress);
        _page = _browserPage.Page;
        _problems = _browserPage.Problems;
    }

    public async Task DisposeAsync() => await _browserPage.DisposeAsync();

    private Task OpenAsync(string path = "/") => _browserPage.OpenAsync(path);

    [Fact]
    public async Task Map_draws_areas_from_our_own_tiles()
    {
        var tiles = new List<string>();
        _page.Response += (_, r) => { if (r.Url.Contains("/api/v1/tiles/") && r.Status == 200) tiles.Add(r.Url); };
        await OpenAsync();
        var drawn = await _page.EvaluateAsync<int>("() => window.leefbaar.renderedFeatureCount()");
        // The whole country at gemeente level: most of the 342 gemeenten are on screen.
        Assert.True(drawn > 200, $"only {drawn} features rendered");
        Assert.Contains(tiles, u => u.Contains("/tiles/gemeente/"));
        Assert.All(tiles, u => Assert.StartsWith(server.BaseAddress.ToString(), u)); // no external base map
        Assert.Equal("Klasse", (await _page.Locator(".legend-title").TextContentAsync())!.Split('—')[^1].Trim());
        await Assertions.Expect(_page.Locator(".legend-list")).ToContainTextAsync("zeer onvoldoende");
        await Assertions.Expect(_page.Locator(".legend-list")).ToContainTextAsync("uitstekend");
        Assert.True(await _page.Locator("#demo-banner").IsHiddenAsync()); // real data: no demo banner
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserPage.Artifacts, "map-nl.png") });
        Assert.Empty(_problems);
    }

    [Fact]
    public async Task Searching_Hof_opens_the_profile_of_the_Amersfoort_buurt_with_class_goed()
    {
        await OpenAsync();
        await _page.FillAsync("#search-input", "Hof");
        var option = _page.Locator("#search-results li[data-code='BU03070100']");
        await Assertions.Expect(option).ToContainTextAsync("Amersfoort");
        await option.ClickAsync();
        await Assertions.Expect(_page.Locator("#profile-title")).ToHaveTextAsync("Hof");
        var badge = _page.Locator("#panel .headline .badge");
        await Assertions.Expect(badge).ToHaveTextAsync("goed");
        Assert.Equal("7", await badge.GetAttributeAsync("data-class"));
        await Assertions.Expect(_page.Locator("#panel .headline")).ToContainTextAsync("lbm3-2024, 2024");
        await Assertions.Expect(_page.Locator("#panel .parents")).ToContainTextAsync("Amersfoort");
        await Assertions.Expect(_page.Locator("#panel")).ToContainTextAsync("Inwoners");
        Assert.Contains("area=BU03070100", _page.Url); // shareable state
        // The map flies to Hof and draws buurten there.
        await _page.WaitForFunctionAsync("() => window.leefbaar.renderedFeatureCount() > 20 && !document.querySelector('.maplibregl-canvas').classList.contains('moving')");
        await _page.WaitForTimeoutAsync(1500);
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserPage.Artifacts, "profile-hof.png") });
        Assert.Empty(_problems);
    }

    [Fact]
    public async Task Compare_view_sets_two_areas_side_by_side()
    {
        await OpenAsync("/?area=BU03070100");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Voeg toe aan vergelijking" }).ClickAsync();
        await _page.Locator("#panel .parents button", new() { HasText = "Amersfoort" }).ClickAsync();
        await Assertions.Expect(_page.Locator("#profile-title")).ToHaveTextAsync("Amersfoort");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Voeg toe aan vergelijking" }).ClickAsync();
        await _page.Locator("[data-view='compare']").ClickAsync();
        var table = _page.Locator(".compare-table");
        await Assertions.Expect(table).ToContainTextAsync("Hof");
        await Assertions.Expect(table).ToContainTextAsync("Amersfoort");
        await Assertions.Expect(table.Locator(".badge")).ToHaveCountAsync(2);
        await Assertions.Expect(table.Locator(".badge").First).ToHaveTextAsync("goed");
        Assert.Contains("cmp=BU03070100%2CGM0307", _page.Url);
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserPage.Artifacts, "compare.png") });
        Assert.Empty(_problems);
    }

    [Fact]
    public async Task Language_toggle_switches_to_English()
    {
        await OpenAsync("/?area=BU03070100");
        await Assertions.Expect(_page.Locator("#panel .headline .badge")).ToHaveTextAsync("goed");
        await _page.Locator("#lang").ClickAsync();
        Assert.Equal("en", await _page.EvaluateAsync<string>("() => document.documentElement.lang"));
        await Assertions.Expect(_page.Locator("[data-view='map']")).ToHaveTextAsync("Map");
        await Assertions.Expect(_page.Locator("#lang")).ToHaveTextAsync("Nederlands");
        await Assertions.Expect(_page.Locator(".legend-list")).ToContainTextAsync("excellent");
        await Assertions.Expect(_page.Locator("#panel .headline .badge")).ToHaveTextAsync("good");
        Assert.Contains("lang=en", _page.Url);
        Assert.Empty(_problems);
    }

    [Fact]
    public async Task Table_view_is_a_sortable_text_alternative()
    {
        await OpenAsync("/?view=table&tps=1000");
        var rows = _page.Locator("#table-view tbody tr");
        // 311 gemeenten with an official 2024 score in lbm3-2024/gemeenten.geojson, on one page of up to 1,000 rows.
        await Assertions.Expect(rows).ToHaveCountAsync(311);
        await Assertions.Expect(_page.Locator(".table-summary")).ToHaveAttributeAsync("data-total", "311");
        await _page.Locator("#table-view th button", new() { HasText = "Naam" }).ClickAsync();
        await Assertions.Expect(_page.Locator("#table-view th[aria-sort='ascending']")).ToContainTextAsync("Naam");
        var first = await rows.First.Locator("td").First.TextContentAsync();
        var second = await rows.Nth(1).Locator("td").First.TextContentAsync();
        Assert.True(StringComparer.InvariantCultureIgnoreCase.Compare(first, second) <= 0, $"{first} before {second}");
        await _page.Locator("#table-view tbody button", new() { HasTextString = "Amersfoort" }).First.ClickAsync();
        await Assertions.Expect(_page.Locator("#profile-title")).ToHaveTextAsync("Amersfoort");
        Assert.Empty(_problems);
    }
}
