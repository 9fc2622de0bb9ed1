using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace Leefbaar.Api.Tests;

/// <summary>
/// The year selector on the real store: it offers the years with scores of the source at the level the map draws,
/// lists the others apart with the levels that have them, and says in Dutch where a chosen year exists when the
/// drawn level has none (2016: LBM 2.0 gemeenten and wijken, no buurten). Expectations from /api/v1/meta.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class YearBrowserTests(ServerFixture server, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly string[] Order = ["provincie", "gemeente", "wijk", "buurt"];

    private static readonly Dictionary<string, string> Plural = new() { ["provincie"] = "provincies", ["gemeente"] = "gemeenten", ["wijk"] = "wijken", ["buurt"] = "buurten" };

    private static string Dutch(IReadOnlyList<string> items) => items.Count <= 1 ? string.Concat(items) : string.Join(", ", items.Take(items.Count - 1)) + " en " + items[^1];

    [Theory]
    [InlineData(13.2, 52.155, 5.387)] // Amersfoort at buurt zoom
    [InlineData(8.0, 52.1, 5.3)]      // the country at a coarse level
    public async Task The_selector_offers_the_years_of_the_drawn_level_and_says_where_2016_exists(double zoom, double lat, double lon)
    {
        Assert.True(server.WebBuildError is null, server.WebBuildError);
        var meta = await server.Client.Json("/api/v1/meta");
        var mapLevels = meta.GetProperty("mapLevels").EnumerateArray().Select(l => l.GetString()!).ToList();
        var layers = meta.GetProperty("layers").EnumerateArray()
            .Where(l => l.GetProperty("source").GetString() == "official" && mapLevels.Contains(l.GetProperty("level").GetString()!))
            .Select(l => (Level: l.GetProperty("level").GetString()!, Year: l.GetProperty("year").GetInt32(), Release: l.GetProperty("release").GetString()!)).ToList();

        await using var p = await BrowserPage.CreateAsync(browser.Browser, server.BaseAddress, height: 900, width: 1440);
        var inv = CultureInfo.InvariantCulture;
        await p.Page.GotoAsync($"/?src=official&year=2016&z={zoom.ToString(inv)}&lat={lat.ToString(inv)}&lon={lon.ToString(inv)}");
        await p.Page.WaitForFunctionAsync("() => window.leefbaar && window.leefbaar.ready", null, new() { Timeout = 30_000 });
        var level = (await p.Page.EvaluateAsync<JsonElement>("() => window.leefbaar.view()")).GetProperty("level").GetString()!;

        var here = layers.Where(l => l.Level == level).Select(l => l.Year).Distinct().OrderDescending().Select(y => y.ToString(inv)).ToList();
        var shownHere = await p.Page.Locator("#year > option").EvaluateAllAsync<string[]>("os => os.map(o => o.value)");
        Assert.Equal(here, shownHere);
        var elsewhere = layers.Select(l => l.Year).Distinct().Where(y => !here.Contains(y.ToString(inv))).OrderDescending().ToList();
        var shownElsewhere = await p.Page.Locator("#year optgroup option").EvaluateAllAsync<string[]>("os => os.map(o => o.value + ':' + o.dataset.levels)");
        Assert.Equal(elsewhere.Select(y => $"{y}:{string.Join(",", Order.Where(l => layers.Any(x => x.Level == l && x.Year == y)))}"), shownElsewhere);
        await Assertions.Expect(p.Page.Locator("#year")).ToHaveValueAsync("2016");

        var note = p.Page.Locator("#year-note");
        var with2016 = Order.Where(l => layers.Any(x => x.Level == l && x.Year == 2016)).ToList();
        if (with2016.Contains(level))
            await Assertions.Expect(note).ToBeHiddenAsync();
        else
        {
            var releases = string.Join(", ", layers.Where(x => x.Year == 2016 && with2016.Contains(x.Level)).Select(x => x.Release).Distinct());
            await Assertions.Expect(note).ToHaveTextAsync(
                $"In 2016 geen officiële scores voor {Plural[level]}; wel voor {Dutch(with2016.Select(l => Plural[l]).ToList())} ({releases}). Zoom uit of in naar dat niveau, of kies een ander jaar.");
            await p.ScreenshotAsync("year-2016-buurt-note");
        }
        Assert.Empty(p.Problems);
    }
}
