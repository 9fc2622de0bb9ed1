using System.Text.Json;
using Microsoft.Playwright;

namespace Leefbaar.Api.Tests;

/// <summary>End-to-end on the synthetic demo store: the map opens on the four invented gemeenten, labelled once as demo data.</summary>
[Collection(DemoServerCollection.Name)]
public sealed class DemoBrowserTests(DemoServerFixture server, BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private BrowserPage _p = null!;

    private IPage Page => _p.Page;

    public async Task InitializeAsync()
    {
        Assert.True(server.WebBuildError is null, server.WebBuildError);
        _p = await BrowserPage.CreateAsync(browser.Browser, server.BaseAddress);
    }

    public async Task DisposeAsync() => await _p.DisposeAsync();

    [Fact]
    public async Task Map_opens_on_the_demo_gemeenten_and_draws_their_buurten()
    {
        await _p.OpenAsync();
        var extent = (await server.Client.Json("/api/v1/meta")).GetProperty("extent").EnumerateArray().Select(x => x.GetDouble()).ToArray();
        var view = await Page.EvaluateAsync<JsonElement>("() => window.leefbaar.view()");
        var bounds = view.GetProperty("bounds").EnumerateArray().Select(x => x.GetDouble()).ToArray();
        // The whole demo extent is on screen, and the view is not much larger than it (a country view spans ~6°).
        Assert.True(bounds[0] <= extent[0] && bounds[1] <= extent[1] && bounds[2] >= extent[2] && bounds[3] >= extent[3],
            $"view {string.Join(",", bounds)} misses extent {string.Join(",", extent)}");
        Assert.True(bounds[2] - bounds[0] < 3 * (extent[2] - extent[0]), $"view {string.Join(",", bounds)} is far wider than the data");
        // No wijk boundaries in the demo: buurten take over from zoom 10, so the opening view draws buurt squares.
        Assert.Equal("buurt", view.GetProperty("level").GetString());
        var drawn = await Page.EvaluateAsync<int>("() => window.leefbaar.renderedFeatureCount()");
        Assert.True(drawn > 200, $"only {drawn} features drawn"); // 286 demo buurten
        await Assertions.Expect(Page.Locator(".legend")).ToContainTextAsync("buurten (zoom 10+)");

        var banner = await Page.Locator("#demo-banner").TextContentAsync();
        Assert.Equal("Synthetische demodata — dit zijn geen echte metingen.", banner);
        // The header fits on one line at 1400 px: the language button sits level with the brand.
        var brand = (await Page.Locator(".brand").BoundingBoxAsync())!;
        var langButton = (await Page.Locator("#lang").BoundingBoxAsync())!;
        Assert.True(Math.Abs(langButton.Y + langButton.Height / 2 - (brand.Y + brand.Height / 2)) < 8, $"language button at y={langButton.Y}, brand at y={brand.Y}");
        await _p.ScreenshotAsync("demo-map");
        Assert.Empty(_p.Problems);
    }

    [Fact]
    public async Task Zooming_out_to_gemeenten_without_official_scores_switches_to_the_model_and_says_so()
    {
        await _p.OpenAsync();
        Assert.Equal("official", await Page.Locator("#source").InputValueAsync()); // demo buurten carry synthetic official scores
        var zoomOut = Page.Locator(".maplibregl-ctrl-zoom-out");
        await zoomOut.ClickAsync();
        await zoomOut.ClickAsync();
        await Page.WaitForFunctionAsync("() => window.leefbaar.view().level === 'gemeente'");
        await Assertions.Expect(Page.Locator("#source")).ToHaveValueAsync("model");
        await Assertions.Expect(Page.Locator("#source-note")).ToContainTextAsync("Geen officiële scores voor gemeenten in 2024");
        await Assertions.Expect(Page.Locator(".legend-title")).ToContainTextAsync("Leefbaar-model");
        await _p.WaitForMapAtRestAsync();
        Assert.True(await Page.EvaluateAsync<int>("() => window.leefbaar.renderedFeatureCount()") >= 4); // the four demo gemeenten
        await _p.ScreenshotAsync("demo-gemeenten-model");
        Assert.Empty(_p.Problems);
    }

    [Fact]
    public async Task A_demo_buurt_shows_its_synthetic_official_score_beside_the_demo_model()
    {
        await _p.OpenAsync();
        await Page.FillAsync("#search-input", "Buurt 1-1 Demostad");
        await Page.Locator("#search-results li[data-code='BU99010000']").ClickAsync();
        var side = Page.Locator("#panel .side-by-side-table");
        await Assertions.Expect(side).ToContainTextAsync("demo-synthetic, 2024");
        await Assertions.Expect(side).ToContainTextAsync("leefbaar-demo-synthetic-default-");
        // The fitted demo release explains the model score per dimension (ExplanationBrowserTests checks the numbers).
        await Assertions.Expect(Page.Locator("#panel .explanation-section .explain-dim")).ToHaveCountAsync(5);
        await Assertions.Expect(Page.Locator("#panel .demo-inline")).ToContainTextAsync("Synthetische demodata");
        await _p.ScreenshotAsync("demo-profile", "#panel");
        Assert.Empty(_p.Problems);
    }

    [Theory]
    [InlineData("/", "Wijkdiagnose (PDF)", "nl")]
    [InlineData("/?lang=en", "Neighbourhood diagnosis (PDF)", "en")]
    public async Task A_gemeente_profile_offers_its_wijkdiagnose_as_a_PDF_download(string path, string label, string lang)
    {
        await _p.OpenAsync(path);
        await Page.FillAsync("#search-input", "Demostad");
        await Page.Locator("#search-results li[data-code='GM9901']").ClickAsync();
        var link = Page.Locator("#panel a[data-report='pdf']");
        await Assertions.Expect(link).ToHaveTextAsync(label);
        var href = await link.GetAttributeAsync("href");
        Assert.Equal($"/api/v1/reports/gemeente/GM9901?format=pdf&lang={lang}&year=2024", href);
        using var response = await server.Client.GetAsync(href);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(2, await Page.Locator("#panel a[data-report]").CountAsync()); // PDF and HTML, nothing else
        await _p.ScreenshotAsync($"demo-gemeente-report-{lang}", "#panel");
        Assert.Empty(_p.Problems);
    }

    [Fact]
    public async Task A_buurt_profile_has_no_report_link()
    {
        await _p.OpenAsync();
        await Page.FillAsync("#search-input", "Buurt 1-1 Demostad");
        await Page.Locator("#search-results li[data-code='BU99010000']").ClickAsync();
        await Assertions.Expect(Page.Locator("#panel .side-by-side-table")).ToBeVisibleAsync();
        Assert.Equal(0, await Page.Locator("#panel a[data-report]").CountAsync());
    }
}
