using Microsoft.Playwright;

namespace Leefbaar.Api.Tests;

/// <summary>
/// The main map's set layer on the demo store: choosing the demo set outlines exactly its buurten and dashes only
/// buurten of its ring, the key counts both as the API reports them, the choice survives a reload of the link the
/// page wrote, the report button opens the Sets view, and on a phone the control stays clear of the legend.
/// </summary>
[Collection(DemoServerCollection.Name)]
public sealed class SetLayerBrowserTests(DemoServerFixture server, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string SetId = "demo-aandachtsbuurten";

    private static Task WaitForOutlined(IPage page, int count) =>
        page.WaitForFunctionAsync($"() => window.leefbaar.setCodes('set-outline').length >= {count}", null, new PageWaitForFunctionOptions { Timeout = 20_000 });

    [Fact]
    public async Task Choosing_a_set_outlines_its_buurten_and_a_reload_keeps_it()
    {
        Assert.True(server.WebBuildError is null, server.WebBuildError);
        var report = await server.Client.Json($"/api/v1/sets/{SetId}");
        var members = report.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("code").GetString()!).Distinct().Order(StringComparer.Ordinal).ToList();
        var ring = report.GetProperty("ring").EnumerateArray().Select(c => c.GetString()!).ToHashSet();
        Assert.NotEmpty(ring);

        await using var p = await BrowserPage.CreateAsync(browser.Browser, server.BaseAddress);
        await p.OpenAsync();
        var control = p.Page.Locator("#set-overlay");
        await Assertions.Expect(control).ToBeVisibleAsync();
        await Assertions.Expect(control.Locator("label")).ToHaveTextAsync("Set op de kaart");
        Assert.Empty(await p.Page.EvaluateAsync<string[]>("() => window.leefbaar.setCodes('set-outline')"));

        await p.Page.Locator("#set-overlay-select").SelectOptionAsync(SetId);
        await WaitForOutlined(p.Page, members.Count);
        await p.WaitForMapAtRestAsync();
        var outlined = await p.Page.EvaluateAsync<string[]>("() => window.leefbaar.setCodes('set-outline')");
        Assert.Equal(members, outlined.Order(StringComparer.Ordinal));
        var dashed = await p.Page.EvaluateAsync<string[]>("() => window.leefbaar.setCodes('set-ring')");
        Assert.NotEmpty(dashed);
        Assert.All(dashed, c => Assert.Contains(c, ring));
        await Assertions.Expect(control.Locator("[data-key='set']")).ToHaveTextAsync($"{members.Count} buurten in de set");
        await Assertions.Expect(control.Locator("[data-key='ring']")).ToHaveTextAsync($"ring: {ring.Count} aangrenzende buurten (waterbedcheck)");
        Assert.Contains($"ms={SetId}", p.Page.Url);
        await p.ScreenshotAsync("set-layer-desktop");

        // The link the page wrote opens with the same set outlined; English names it too.
        var link = p.Page.Url;
        await using var again = await BrowserPage.CreateAsync(browser.Browser, server.BaseAddress);
        await again.OpenAsync(new Uri(link).PathAndQuery);
        await WaitForOutlined(again.Page, members.Count);
        await Assertions.Expect(again.Page.Locator("#set-overlay-select")).ToHaveValueAsync(SetId);
        await again.Page.Locator("#lang").ClickAsync();
        await Assertions.Expect(again.Page.Locator("#set-overlay [data-key='set']")).ToHaveTextAsync($"{members.Count} neighbourhoods in the set");

        // The report button opens the set in the Sets view.
        await again.Page.Locator(".set-overlay-open").ClickAsync();
        await Assertions.Expect(again.Page.Locator(".set-title")).ToHaveTextAsync(report.GetProperty("name").GetString()!);
        Assert.Empty(p.Problems);
        Assert.Empty(again.Problems);
    }

    [Fact]
    public async Task On_a_phone_the_set_control_stays_on_the_map_and_clear_of_the_legend_and_zoom_buttons()
    {
        Assert.True(server.WebBuildError is null, server.WebBuildError);
        await using var p = await BrowserPage.CreateAsync(browser.Browser, server.BaseAddress, 844, 390);
        await p.OpenAsync($"/?ms={SetId}");
        await WaitForOutlined(p.Page, 1);
        await Assertions.Expect(p.Page.Locator("#set-overlay [data-key='ring']")).ToBeVisibleAsync();
        var map = (await p.Page.Locator("#map").BoundingBoxAsync())!;
        var box = (await p.Page.Locator("#set-overlay").BoundingBoxAsync())!;
        var zoom = (await p.Page.Locator(".maplibregl-ctrl-top-left").BoundingBoxAsync())!;
        var legend = (await p.Page.Locator("#legend").BoundingBoxAsync())!;
        Assert.True(box.X >= map.X && box.X + box.Width <= map.X + map.Width + 0.5, $"set control x {box.X}–{box.X + box.Width} leaves the map {map.X}–{map.X + map.Width}");
        Assert.False(Overlaps(box, zoom), $"set control {Describe(box)} covers the zoom buttons {Describe(zoom)}");
        Assert.False(Overlaps(box, legend), $"set control {Describe(box)} covers the legend {Describe(legend)}");
        await p.ScreenshotAsync("set-layer-390");
        Assert.Empty(p.Problems);
    }

    private static bool Overlaps(LocatorBoundingBoxResult a, LocatorBoundingBoxResult b) =>
        a.X < b.X + b.Width && b.X < a.X + a.Width && a.Y < b.Y + b.Height && b.Y < a.Y + a.Height;

    private static string Describe(LocatorBoundingBoxResult b) => $"({b.X:0},{b.Y:0} {b.Width:0}×{b.Height:0})";
}
