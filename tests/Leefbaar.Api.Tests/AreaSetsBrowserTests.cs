using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace Leefbaar.Api.Tests;

/// <summary>
/// The set view and the custom-area view ("Eigen gebied") on the demo store: the synthetic set's report as the API
/// gives it, a buurt's own boundary uploaded as a file, a polygon drawn by clicking, bad files, and a phone.
/// </summary>
[Collection(DemoServerCollection.Name)]
public sealed class AreaSetsBrowserTests(DemoServerFixture server, BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const string SetId = "demo-aandachtsbuurten";
    // nl-NL as the page formats numbers (the tests run with invariant globalization).
    private static readonly NumberFormatInfo Dutch = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = ".", NegativeSign = "-" };

    private BrowserPage _p = null!;

    private IPage Page => _p.Page;

    public Task InitializeAsync()
    {
        Assert.True(server.WebBuildError is null, server.WebBuildError);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_p is not null) await _p.DisposeAsync();
    }

    private async Task OpenView(string view, int width = 1440, int height = 900)
    {
        _p = await BrowserPage.CreateAsync(browser.Browser, server.BaseAddress, height, width);
        await _p.OpenAsync();
        await Page.Locator($"[data-view='{view}']").ClickAsync();
    }

    /// <summary>A number as the page writes it (formatNumber: nl-NL, at most <paramref name="digits"/> decimals).</summary>
    private static string Ui(double v, int digits) => Math.Round(v, digits, MidpointRounding.AwayFromZero).ToString("#,0." + new string('#', digits), Dutch);

    private async Task WaitForOverlay(string map, string layer, int count) =>
        await Page.WaitForFunctionAsync($"() => (window.leefbaarOverlays?.['{map}']?.renderedCodes('{layer}').length ?? 0) >= {count}", null,
            new PageWaitForFunctionOptions { Timeout = 20_000 });

    [Fact]
    public async Task The_sets_view_shows_the_demo_set_as_the_API_reports_it_and_outlines_it_on_the_map()
    {
        await OpenView("sets");
        var report = await server.Client.Json($"/api/v1/sets/{SetId}");
        var groups = report.GetProperty("groups").EnumerateArray().ToDictionary(g => g.GetProperty("group").GetString()!);
        await Assertions.Expect(Page.Locator(".set-list button[data-set='" + SetId + "']")).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(Page.Locator(".set-title")).ToHaveTextAsync(report.GetProperty("name").GetString()!);
        await Assertions.Expect(Page.Locator(".set-description")).ToHaveTextAsync(report.GetProperty("description").GetString()!);
        await Assertions.Expect(Page.Locator(".set-origin")).ToContainTextAsync(report.GetProperty("setSource").GetString()!);

        // The four groups, each with the API's afw as the page formats it (4 decimals) and its share in class 1–4.
        foreach (var g in new[] { "set", "ring", "rest_of_gemeenten", "nederland" })
        {
            await Assertions.Expect(Page.Locator($".set-groups td[data-group='{g}'][data-measure='afw']")).ToHaveTextAsync(Ui(groups[g].GetProperty("afw").GetDouble(), 4));
            await Assertions.Expect(Page.Locator($".set-groups td[data-group='{g}'][data-measure='shareWeak']"))
                .ToHaveTextAsync(Ui(groups[g].GetProperty("shareWeak").GetDouble() * 100, 1) + "%");
        }
        await Assertions.Expect(Page.Locator(".set-groups thead th[data-group='ring']")).ToContainTextAsync("waterbedcheck");
        await Assertions.Expect(Page.Locator(".set-groups td[data-group='ring'][data-measure='buurten']")).ToHaveTextAsync(report.GetProperty("ring").GetArrayLength().ToString());

        // Residents per class: nine bars for the set and nine for the ring.
        Assert.Equal(9, await Page.Locator(".set-chart rect[data-group='set']").CountAsync());
        Assert.Equal(9, await Page.Locator(".set-chart rect[data-group='ring']").CountAsync());

        // Six members: the set-file entry, the buurt and its class label.
        var members = report.GetProperty("members").EnumerateArray().ToList();
        var rows = Page.Locator(".set-members tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(6);
        foreach (var m in members)
        {
            var row = Page.Locator($".set-members tr[data-code='{m.GetProperty("code").GetString()}']");
            await Assertions.Expect(row.Locator("td code")).ToHaveTextAsync(m.GetProperty("entry").GetString()!);
            await Assertions.Expect(row.Locator("th button")).ToHaveTextAsync(m.GetProperty("name").GetString()!);
            await Assertions.Expect(row.Locator(".badge")).ToHaveTextAsync(m.GetProperty("label").GetProperty("nl").GetString()!);
        }

        // The map outlines the six and dashes the ring; the key says which is which.
        await WaitForOverlay("sets", "overlay-set", 6);
        var outlined = await Page.EvaluateAsync<string[]>("() => window.leefbaarOverlays.sets.renderedCodes('overlay-set')");
        Assert.Equal(members.Select(m => m.GetProperty("code").GetString()!).Order(StringComparer.Ordinal), outlined.Order(StringComparer.Ordinal));
        var ring = report.GetProperty("ring").EnumerateArray().Select(c => c.GetString()!).ToHashSet();
        await WaitForOverlay("sets", "overlay-ring", 1);
        var dashed = await Page.EvaluateAsync<string[]>("() => window.leefbaarOverlays.sets.renderedCodes('overlay-ring')");
        Assert.All(dashed, c => Assert.Contains(c, ring));
        await Assertions.Expect(Page.Locator(".overlay-key [data-key='set']")).ToHaveTextAsync("Buurt in de set");
        await Assertions.Expect(Page.Locator(".overlay-key [data-key='ring']")).ToContainTextAsync("Ring: aangrenzende buurt");
        await Page.WaitForTimeoutAsync(800);
        await _p.ScreenshotAsync("sets-desktop");
        await Page.Locator("#sets-view").EvaluateAsync("el => el.scrollTo(0, el.querySelector('.set-chart').getBoundingClientRect().top - el.getBoundingClientRect().top + el.scrollTop - 40)");
        await _p.ScreenshotAsync("sets-desktop-members");

        // A member opens its profile.
        var first = members[0];
        await Page.Locator($".set-members button[data-code='{first.GetProperty("code").GetString()}']").ClickAsync();
        await Assertions.Expect(Page.Locator("#profile-title")).ToHaveTextAsync(first.GetProperty("name").GetString()!);
        Assert.Empty(_p.Problems);
    }

    [Fact]
    public async Task Uploading_a_demo_buurts_own_boundary_scores_as_that_buurt()
    {
        await OpenView("custom");
        var page = await server.Client.Json("/api/v1/scores/buurt/latest?source=model&format=geojson");
        var feature = page.GetProperty("features").EnumerateArray().First();
        var props = feature.GetProperty("properties");
        var (code, name) = (props.GetProperty("code").GetString()!, props.GetProperty("name").GetString()!);
        var label = props.GetProperty("label_nl").GetString()!; // the score GeoJSON has flat properties
        var file = Path.Combine(Path.GetTempPath(), $"leefbaar-buurt-{Guid.NewGuid():N}.geojson");
        await File.WriteAllTextAsync(file, $"{{\"type\":\"FeatureCollection\",\"features\":[{{\"type\":\"Feature\",\"properties\":{{\"name\":\"Kopie van {name}\"}},\"geometry\":{feature.GetProperty("geometry").GetRawText()}}}]}}");
        try
        {
            await Page.Locator("#custom-file").SetInputFilesAsync(file);
            var row = Page.Locator($".custom-breakdown tr[data-code='{code}']");
            await Assertions.Expect(row.Locator("th button")).ToHaveTextAsync(name);
            await Assertions.Expect(row.Locator(".badge")).ToHaveTextAsync(label);
            await Assertions.Expect(Page.Locator(".custom-area h3")).ToHaveTextAsync($"Kopie van {name}");
            await Assertions.Expect(Page.Locator(".custom-area .headline .badge")).ToHaveTextAsync(label); // the area scores as the buurt
            await Assertions.Expect(Page.Locator(".custom-area [data-field='afw']"))
                .ToHaveTextAsync($"Afwijking (afw): {Ui(props.GetProperty("afw").GetDouble(), 4)}");
            await Assertions.Expect(Page.Locator(".custom-method")).ToContainTextAsync("gewogen naar bedekt aandeel × inwoners");
            await Page.WaitForTimeoutAsync(800);
            await _p.ScreenshotAsync("custom-upload-desktop");
            Assert.Empty(_p.Problems);
        }
        finally { File.Delete(file); }
    }

    [Fact]
    public async Task A_polygon_drawn_by_clicks_scores_as_a_direct_POST_of_the_same_polygon()
    {
        await OpenView("custom");
        await Page.WaitForFunctionAsync("() => window.leefbaarOverlays?.custom?.map.loaded()", null, new PageWaitForFunctionOptions { Timeout = 20_000 });
        await Page.WaitForTimeoutAsync(500);
        var box = (await Page.Locator("#custom-map").BoundingBoxAsync())!;
        var (cx, cy) = (box.X + box.Width / 2, box.Y + box.Height / 2);
        await Page.Locator("#custom-draw").ClickAsync();
        var corners = new[] { (cx - 90, cy - 70), (cx + 80, cy - 60), (cx + 70, cy + 80), (cx - 60, cy + 60) };
        foreach (var (x, y) in corners) await Page.Mouse.ClickAsync((float)x, (float)y);
        await Assertions.Expect(Page.Locator(".custom-status")).ToContainTextAsync("4 punten gezet.");
        await Assertions.Expect(Page.Locator("#custom-done")).ToBeEnabledAsync();
        await Page.Mouse.ClickAsync((float)corners[0].Item1, (float)corners[0].Item2); // closes on the first point
        await Assertions.Expect(Page.Locator(".custom-area")).ToHaveCountAsync(1);
        await Assertions.Expect(Page.Locator(".custom-area h3")).ToHaveTextAsync("Getekend gebied");

        // The drawn polygon as the page offers it for download, posted directly.
        var download = await Page.RunAndWaitForDownloadAsync(() => Page.Locator("a[data-download='drawn']").ClickAsync());
        var body = await File.ReadAllTextAsync((await download.PathAsync())!);
        var ring = JsonDocument.Parse(body).RootElement.GetProperty("features")[0].GetProperty("geometry").GetProperty("coordinates")[0];
        Assert.Equal(5, ring.GetArrayLength()); // four corners and the closing point
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/geo+json");
        using var response = await server.Client.PostAsync("/api/v1/areas/custom", content);
        var direct = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("areas")[0];
        Assert.True(direct.GetProperty("covered").GetBoolean(), "the drawn polygon covers no buurt");

        var score = direct.GetProperty("score");
        var area = Page.Locator(".custom-area");
        await Assertions.Expect(area.Locator(".headline .badge")).ToHaveTextAsync(score.GetProperty("label").GetProperty("nl").GetString()!);
        await Assertions.Expect(area.Locator("[data-field='afw']")).ToHaveTextAsync($"Afwijking (afw): {Ui(score.GetProperty("afw").GetDouble(), 4)}");
        var (low, high) = (direct.GetProperty("classLow").GetInt32(), direct.GetProperty("classHigh").GetInt32());
        await Assertions.Expect(area.Locator("[data-field='interval']")).ToHaveTextAsync(
            $"afw {Ui(direct.GetProperty("afwLower").GetDouble(), 3)} – {Ui(direct.GetProperty("afwUpper").GetDouble(), 3)} ({(low == high ? $"klasse {low}" : $"klassen {low}–{high}")})");
        await Assertions.Expect(area.Locator("[data-field='inhabitants']")).ToContainTextAsync($"ca. {Ui(direct.GetProperty("inhabitants").GetDouble(), 0)} ");
        await Assertions.Expect(area.Locator("[data-field='weights']")).ToContainTextAsync(direct.GetProperty("weights").GetString() == "area" ? "naar oppervlakte" : "naar inwoners");
        await Assertions.Expect(area.Locator("[data-field='shareWeak']")).ToContainTextAsync($"{Ui(direct.GetProperty("shareWeak").GetDouble() * 100, 1)}% van de inwoners");
        foreach (var d in new[] { "won", "fys", "vrz", "soc", "onv" })
            await Assertions.Expect(area.Locator($".custom-dimensions td[data-dimension='{d}']")).ToHaveTextAsync(Ui(score.GetProperty(d).GetDouble(), 3));
        var buurten = direct.GetProperty("buurten").EnumerateArray().ToList();
        Assert.True(buurten.Count >= 2, $"the drawn polygon covers only {buurten.Count} buurt(en)");
        await Assertions.Expect(area.Locator(".custom-breakdown tbody tr")).ToHaveCountAsync(buurten.Count);
        var shown = await area.Locator(".custom-breakdown tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.code)");
        Assert.Equal(buurten.Select(b => b.GetProperty("code").GetString()!), shown);
        foreach (var b in buurten)
            await Assertions.Expect(area.Locator($".custom-breakdown tr[data-code='{b.GetProperty("code").GetString()}'] td").Nth(2))
                .ToHaveTextAsync(Ui(b.GetProperty("share").GetDouble() * 100, 1) + "%");
        await Page.WaitForTimeoutAsync(800);
        await _p.ScreenshotAsync("custom-drawn-desktop");
        Assert.Empty(_p.Problems);
    }

    [Fact]
    public async Task Klaar_closes_a_drawn_polygon_after_an_undone_point_and_Wissen_clears_it()
    {
        await OpenView("custom");
        await Page.WaitForFunctionAsync("() => window.leefbaarOverlays?.custom?.map.loaded()", null, new PageWaitForFunctionOptions { Timeout = 20_000 });
        var box = (await Page.Locator("#custom-map").BoundingBoxAsync())!;
        var (cx, cy) = (box.X + box.Width / 2, box.Y + box.Height / 2);
        await Page.Locator("#custom-draw").ClickAsync();
        await Assertions.Expect(Page.Locator("#custom-draw")).ToHaveAttributeAsync("aria-pressed", "true");
        await Page.Mouse.ClickAsync((float)(cx - 80), (float)(cy - 60));
        await Page.Mouse.ClickAsync((float)(cx + 80), (float)(cy - 50));
        await Assertions.Expect(Page.Locator("#custom-done")).ToBeDisabledAsync(); // two points are no area
        await Assertions.Expect(Page.Locator(".custom-status")).ToContainTextAsync("Nog 1 punt(en) nodig");
        await Page.Mouse.ClickAsync((float)(cx + 10), (float)(cy + 20)); // a point placed by mistake
        await Page.Locator("#custom-undo").ClickAsync();
        await Page.Mouse.ClickAsync((float)(cx + 60), (float)(cy + 70));
        await Page.Mouse.ClickAsync((float)(cx - 70), (float)(cy + 60));
        await Page.Locator("#custom-done").ClickAsync();
        await Assertions.Expect(Page.Locator(".custom-area h3")).ToHaveTextAsync("Getekend gebied");
        var download = await Page.RunAndWaitForDownloadAsync(() => Page.Locator("a[data-download='drawn']").ClickAsync());
        var ring = JsonDocument.Parse(await File.ReadAllTextAsync((await download.PathAsync())!)).RootElement
            .GetProperty("features")[0].GetProperty("geometry").GetProperty("coordinates")[0];
        Assert.Equal(5, ring.GetArrayLength()); // four corners (the undone one gone) and the closing point
        Assert.Equal(ring[0].GetRawText(), ring[4].GetRawText());
        await Page.Locator("#custom-clear").ClickAsync();
        await Assertions.Expect(Page.Locator(".custom-area")).ToHaveCountAsync(0);
        await Assertions.Expect(Page.Locator("a[data-download='drawn']")).ToHaveCountAsync(0);
        Assert.Empty(_p.Problems);
    }

    [Theory]
    [InlineData("not json at all", "Dit bestand is geen geldige JSON")]
    [InlineData("{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[5.3,52.1]}}", "Object 1 in het bestand is geen vlak (Polygon of MultiPolygon) maar een Point.")]
    [InlineData("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[0.1,0],[0.1,0.1],[0,0]]]}", "De coördinaten liggen niet in Nederland")]
    [InlineData("{\"hello\":1}", "Geen GeoJSON-gebied")]
    public async Task A_bad_file_gets_a_Dutch_sentence_with_the_APIs_detail_behind_it(string text, string sentence)
    {
        await OpenView("custom");
        var file = Path.Combine(Path.GetTempPath(), $"leefbaar-bad-{Guid.NewGuid():N}.geojson");
        await File.WriteAllTextAsync(file, text);
        try
        {
            await Page.Locator("#custom-file").SetInputFilesAsync(file);
            var error = Page.Locator(".custom-error");
            await Assertions.Expect(error).ToContainTextAsync(sentence);
            Assert.False(string.IsNullOrEmpty(await error.GetAttributeAsync("data-detail")));
            Assert.Equal(0, await Page.Locator(".custom-area").CountAsync());
            Assert.All(_p.Problems, p => Assert.True(p.StartsWith("400 ") || p.StartsWith("console: Failed to load resource: the server responded with a status of 400"), p)); // the refused body, nothing else
        }
        finally { File.Delete(file); }
    }

    [Fact]
    public async Task On_a_phone_the_sets_view_stacks_map_and_report_without_sideways_scrolling()
    {
        await OpenView("sets", 390, 844);
        await Assertions.Expect(Page.Locator(".set-members tbody tr")).ToHaveCountAsync(6);
        await WaitForOverlay("sets", "overlay-set", 1);
        var overflow = await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        var wide = await Page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1).slice(0, 8).map(e => e.tagName + '.' + e.className + '#' + e.id)");
        Assert.True(overflow <= 0, $"the page scrolls sideways by {overflow} px: {string.Join(", ", wide)}");
        var map = (await Page.Locator("#sets-map").BoundingBoxAsync())!;
        var table = (await Page.Locator(".set-groups").BoundingBoxAsync())!;
        Assert.True(map.Width > 300 && map.Height > 150, $"map {map.Width}×{map.Height}");
        Assert.True(table.Y >= map.Y + map.Height - 1, "the report starts below the map");
        await Page.WaitForTimeoutAsync(800);
        await _p.ScreenshotAsync("sets-phone");
        await Page.Locator("#sets-view").EvaluateAsync("el => el.scrollTo(0, el.querySelector('.set-groups').offsetTop - 10)");
        await _p.ScreenshotAsync("sets-phone-report");
        await Page.Locator("[data-view='custom']").ClickAsync();
        await Assertions.Expect(Page.Locator("#custom-draw")).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("[data-view='custom']")).ToBeInViewportAsync(); // the sideways row of view buttons scrolled to it
        var feature = (await server.Client.Json("/api/v1/scores/buurt/latest?source=model&format=geojson")).GetProperty("features")[3];
        var file = Path.Combine(Path.GetTempPath(), $"leefbaar-phone-{Guid.NewGuid():N}.geojson");
        await File.WriteAllTextAsync(file, feature.GetProperty("geometry").GetRawText());
        try
        {
            await Page.Locator("#custom-file").SetInputFilesAsync(file);
            await Assertions.Expect(Page.Locator($".custom-breakdown tr[data-code='{feature.GetProperty("properties").GetProperty("code").GetString()}']")).ToHaveCountAsync(1);
        }
        finally { File.Delete(file); }
        Assert.True(await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth") <= 0, "the custom view scrolls sideways");
        await Page.WaitForTimeoutAsync(1500);
        await _p.ScreenshotAsync("custom-phone");
        await Page.Locator(".custom-area").ScrollIntoViewIfNeededAsync();
        await _p.ScreenshotAsync("custom-phone-result");
        Assert.Empty(_p.Problems);
    }
}
