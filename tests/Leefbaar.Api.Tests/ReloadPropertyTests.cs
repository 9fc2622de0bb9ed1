using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace Leefbaar.Api.Tests;

/// <summary>
/// Property: every URL state the app writes reloads to the same view. Random valid states (seeded, so a failure
/// can be replayed) are opened; the URL the app then writes is reloaded and must come back unchanged, with the same
/// selections, view, profile and camera, and without an error (no "Style is not done loading"). On the real data,
/// where many levels and years have no official scores, at desktop width and on a phone.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class ReloadPropertyTests(ServerFixture server, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    // Areas with an official score (Hof), a model-only one (Asserbos, Drenthe), gemeenten with and without.
    private static readonly string[] Areas = ["BU03070100", "BU01060009", "GM0307", "GM0114", "GM0363"];

    private static string RandomState(Random r, int[] years)
    {
        var q = new List<string>();
        T Pick<T>(params T[] xs) => xs[r.Next(xs.Length)];
        if (r.NextDouble() < 0.3) q.Add("lang=en");
        var view = Pick("map", "map", "map", "table", "compare");
        if (view != "map") q.Add($"view={view}");
        if (r.NextDouble() < 0.4) q.Add($"m={Pick("won", "fys", "vrz", "soc", "onv")}");
        if (r.NextDouble() < 0.5) q.Add($"src={Pick("official", "model")}");
        if (r.NextDouble() < 0.6) q.Add($"year={Pick(years)}");
        if (r.NextDouble() < 0.6) q.Add($"area={Pick(Areas)}");
        if (view == "compare" || r.NextDouble() < 0.2) q.Add("cmp=BU03070100%2CBU01060009");
        if (view == "table" && r.NextDouble() < 0.5) q.Add($"tl={Pick("wijk", "buurt")}");
        if (r.NextDouble() < 0.7)
        {
            var inv = CultureInfo.InvariantCulture;
            q.Add($"z={(6 + r.NextDouble() * 8).ToString("0.00", inv)}");
            q.Add($"lat={(51.3 + r.NextDouble() * 1.7).ToString("0.00000", inv)}");
            q.Add($"lon={(4.0 + r.NextDouble() * 2.8).ToString("0.00000", inv)}");
        }
        return "/?" + string.Join("&", q);
    }

    private sealed record Seen(string Url, string View, string Measure, string Year, string Source, string Lang, string? Title, double Zoom, double Lat, double Lon);

    // Opens a URL, waits until the map is idle, the views and the profile have loaded, and records what is shown.
    private static async Task<Seen> Observe(IPage page, string url)
    {
        await page.GotoAsync(url);
        await page.WaitForFunctionAsync("() => window.leefbaar && window.leefbaar.ready", null, new() { Timeout = 30_000 });
        await page.WaitForFunctionAsync("() => !document.querySelector('#panel').textContent.includes('Laden') && !document.querySelector('#panel').textContent.includes('Loading')");
        await page.WaitForFunctionAsync("() => !document.querySelector('.maplibregl-canvas').classList.contains('moving')");
        await page.WaitForTimeoutAsync(1200); // a fly-to ends, its moveend writes the camera
        var o = await page.EvaluateAsync<JsonElement>("""
            () => {
              const v = window.leefbaar.view();
              return {
                url: location.search, view: document.querySelector('[data-view][aria-current="true"]')?.dataset.view ?? '',
                measure: document.querySelector('#measure').value, year: document.querySelector('#year').value,
                source: document.querySelector('#source').value, lang: document.documentElement.lang,
                title: document.querySelector('#profile-title')?.textContent ?? null,
                zoom: v.zoom, lat: v.center[1], lon: v.center[0],
              };
            }
            """);
        string S(string k) => o.GetProperty(k).GetString() ?? "";
        return new Seen(S("url"), S("view"), S("measure"), S("year"), S("source"), S("lang"),
            o.GetProperty("title").ValueKind == JsonValueKind.Null ? null : S("title"),
            o.GetProperty("zoom").GetDouble(), o.GetProperty("lat").GetDouble(), o.GetProperty("lon").GetDouble());
    }

    private async Task Run(int seed, int states, int width, int height)
    {
        Assert.True(server.WebBuildError is null, server.WebBuildError);
        var meta = await server.Client.Json("/api/v1/meta");
        var years = meta.GetProperty("layers").EnumerateArray().Select(l => l.GetProperty("year").GetInt32()).Distinct().Order().ToArray();
        var r = new Random(seed);
        var failures = new StringBuilder();
        await using var p = await BrowserPage.CreateAsync(browser.Browser, server.BaseAddress, height: height, width: width);
        for (var i = 0; i < states; i++)
        {
            var start = RandomState(r, years);
            p.Problems.Clear();
            var first = await Observe(p.Page, start);
            var again = await Observe(p.Page, first.Url);
            var text = await p.Page.Locator("body").InnerTextAsync();
            var why = new List<string>();
            if (again.Url != first.Url) why.Add($"URL changed on reload: {first.Url} → {again.Url}");
            if (again with { Url = "", Zoom = 0, Lat = 0, Lon = 0 } != first with { Url = "", Zoom = 0, Lat = 0, Lon = 0 }) why.Add($"view changed: {first} → {again}");
            if (Math.Abs(again.Zoom - first.Zoom) > 0.02 || Math.Abs(again.Lat - first.Lat) > 1e-3 || Math.Abs(again.Lon - first.Lon) > 1e-3)
                why.Add($"camera moved: z {first.Zoom:0.###} → {again.Zoom:0.###}, centre {first.Lat:0.#####},{first.Lon:0.#####} → {again.Lat:0.#####},{again.Lon:0.#####}");
            if (text.Contains("Style is not done loading") || text.Contains("nog niet klaar met laden") || text.Contains("not finished loading")) why.Add("the map's style error is shown");
            if (p.Problems.Count > 0) why.Add("problems: " + string.Join("; ", p.Problems));
            if (why.Count > 0) failures.AppendLine($"seed {seed} state {i} {start} ({width}×{height}): {string.Join(" | ", why)}");
        }
        await p.ScreenshotAsync($"reload-property-{width}");
        Assert.True(failures.Length == 0, failures.ToString());
    }

    [Fact]
    public Task Random_states_reload_to_the_same_view_on_a_desktop() => Run(seed: 11, states: 6, width: 1400, height: 900);

    [Fact]
    public Task Random_states_reload_to_the_same_view_on_a_phone() => Run(seed: 12, states: 4, width: 390, height: 844);
}
