using System.Text.Json;
using Microsoft.Playwright;

namespace Leefbaar.Api.Tests;

/// <summary>
/// The table on the real store: every buurt of 2024 (official, and the fixture's model score for Asserbos where
/// Drenthe has none), sorted by the API over all rows, paged, filtered by provincie and gemeente, and downloads that
/// hold exactly the rows shown. Every expectation is read from the API, not written down.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class TableBrowserTests(ServerFixture server, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Listing = "/api/v1/scores/buurt/2024?source=official&fill=model";

    private static async Task<List<string>> ShownCodes(IPage page) =>
        [.. await page.Locator(".score-table tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.code)")];

    private static List<string> Codes(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()!).ToList();

    private static async Task WaitForTotal(IPage page, int total) =>
        await Assertions.Expect(page.Locator(".table-summary")).ToHaveAttributeAsync("data-total", total.ToString(System.Globalization.CultureInfo.InvariantCulture), new() { Timeout = 20_000 });

    [Fact]
    public async Task All_buurten_sorted_over_all_rows_paged_filtered_and_downloaded_as_shown()
    {
        Assert.True(server.WebBuildError is null, server.WebBuildError);
        await using var p = await BrowserPage.CreateAsync(browser.Browser, server.BaseAddress, height: 900, width: 1440);
        var page = p.Page;
        await page.GotoAsync("/?view=table&tl=buurt&year=2024");

        // All buurten with a score, not the first 1,000: the national top by afw, from the API's order over all rows.
        var national = await server.Client.Json($"{Listing}&sort=-afw&pageSize=100");
        var total = national.GetProperty("total").GetInt32();
        Assert.True(total > 10_000, $"{total} buurten");
        await WaitForTotal(page, total);
        Assert.Equal(Codes(national), await ShownCodes(page));
        await Assertions.Expect(page.Locator(".pager .page-of")).ToHaveTextAsync($"Pagina 1 van {national.GetProperty("pages").GetInt32():N0}".Replace(",", "."));
        await Assertions.Expect(page.Locator(".table-filled")).ToContainTextAsync(
            $"1 gebied zonder officiële score toont de score van het Leefbaar-model (release {national.GetProperty("fillRelease").GetString()})");
        await p.ScreenshotAsync("table-buurt-national-1440");

        // Beyond the page: every row of the filter in one file, in the shown order, and the same selection as a GeoPackage.
        var all = page.Locator(".table-downloads a[data-format='csv-all']");
        await Assertions.Expect(page.Locator(".table-downloads")).ToContainTextAsync($"Of alle {total:N0}".Replace(",", "."));
        var allCsv = (await (await page.APIRequest.GetAsync((await all.GetAttributeAsync("href"))!)).TextAsync()).TrimEnd('\n').Split('\n');
        Assert.Equal(total + 1, allCsv.Length);
        Assert.StartsWith(Codes(national)[0] + ",", allCsv[1]);
        var gpkg = await page.APIRequest.GetAsync((await page.Locator(".table-downloads a[data-format='gpkg-all']").GetAttributeAsync("href"))!);
        Assert.Equal("application/geopackage+sqlite3", gpkg.Headers["content-type"]);
        Assert.Equal("SQLite format 3", System.Text.Encoding.ASCII.GetString((await gpkg.BodyAsync())[..15]));

        // The last page: the lowest scores and the areas without a value.
        await page.Locator(".pager [data-page='last']").ClickAsync();
        var last = await server.Client.Json($"{Listing}&sort=-afw&pageSize=100&page={national.GetProperty("pages").GetInt32()}");
        await Assertions.Expect(page.Locator(".score-table tbody tr").First).ToHaveAttributeAsync("data-code", Codes(last)[0]);
        Assert.Equal(Codes(last), await ShownCodes(page));

        // Provincie Utrecht, then gemeente Amersfoort, sorted by name: the rows the API lists for that filter.
        await page.SelectOptionAsync("#table-provincie", "PV26");
        var utrecht = await server.Client.Json($"{Listing}&provincie=PV26&sort=-afw&pageSize=100");
        await WaitForTotal(page, utrecht.GetProperty("total").GetInt32());
        Assert.Equal(Codes(utrecht), await ShownCodes(page));
        await page.SelectOptionAsync("#table-gemeente", "GM0307");
        var amersfoort = await server.Client.Json($"{Listing}&gemeente=GM0307&provincie=PV26&sort=name&pageSize=1000");
        await WaitForTotal(page, amersfoort.GetProperty("total").GetInt32());
        await page.SelectOptionAsync("#table-page-size", "1000");
        await Assertions.Expect(page.Locator(".score-table tbody tr")).ToHaveCountAsync(amersfoort.GetProperty("total").GetInt32());
        await page.Locator(".score-table th button[data-sort='name']").ClickAsync();
        await Assertions.Expect(page.Locator(".score-table th[aria-sort='ascending'] button[data-sort='name']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".score-table tbody tr")).ToHaveCountAsync(amersfoort.GetProperty("total").GetInt32());
        var shown = await ShownCodes(page);
        Assert.Equal(Codes(amersfoort), shown);
        Assert.Contains("tg=GM0307", page.Url);
        Assert.Contains("ts=name", page.Url);

        // The downloads hold exactly these rows in this order: standard CSV, Dutch Excel CSV, GeoJSON with flat properties.
        var downloads = page.Locator(".table-downloads");
        async Task<string> Get(string format) =>
            await (await page.APIRequest.GetAsync((await downloads.Locator($"a[data-format='{format}']").GetAttributeAsync("href"))!)).TextAsync();
        var csv = (await Get("csv")).TrimEnd('\n').Split('\n');
        Assert.StartsWith("code,name,gemeente,source,release,year,afw,", csv[0]);
        Assert.Equal(shown, csv.Skip(1).Select(l => l.Split(',')[0]).ToList());
        var excel = (await Get("csv-excel")).TrimStart('\uFEFF').TrimEnd('\n').Split('\n');
        Assert.StartsWith("code;name;gemeente;source;release;year;afw;", excel[0]);
        Assert.Equal(shown, excel.Skip(1).Select(l => l.Split(';')[0]).ToList());
        var hof = amersfoort.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "BU03070100");
        var hofAfw = hof.At("score.afw").GetDouble().ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(excel, l => l.StartsWith("BU03070100;Hof;GM0307;official;lbm3-2024;2024;" + hofAfw.Replace('.', ','), StringComparison.Ordinal));
        var geo = JsonDocument.Parse(await Get("geojson")).RootElement;
        var features = geo.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(shown, features.Select(f => f.GetProperty("id").GetString()!).ToList());
        var hofFeature = features.Single(f => f.GetProperty("id").GetString() == "BU03070100");
        Assert.Equal(hof.At("score.afw").GetDouble(), hofFeature.At("properties.afw").GetDouble());
        Assert.Equal(hof.At("score.classes.total").GetInt32(), hofFeature.At("properties.kscore").GetInt32());
        Assert.Equal(hof.At("score.label.nl").GetString(), hofFeature.At("properties.label_nl").GetString());
        Assert.All(features, f => Assert.All(f.GetProperty("properties").EnumerateObject(), x => Assert.NotEqual(JsonValueKind.Object, x.Value.ValueKind)));
        Assert.Empty(p.Problems);
    }

    [Fact]
    public async Task Drenthe_without_official_scores_lists_the_model_labelled_with_its_release()
    {
        Assert.True(server.WebBuildError is null, server.WebBuildError);
        await using var p = await BrowserPage.CreateAsync(browser.Browser, server.BaseAddress, height: 844, width: 390);
        var page = p.Page;
        await page.GotoAsync("/?view=table&tl=buurt&year=2024&tp=PV22");
        var drenthe = await server.Client.Json($"{Listing}&provincie=PV22&sort=-afw&pageSize=100");
        await WaitForTotal(page, drenthe.GetProperty("total").GetInt32());
        Assert.Equal(Codes(drenthe), await ShownCodes(page));
        foreach (var item in drenthe.GetProperty("items").EnumerateArray())
        {
            var row = page.Locator($".score-table tr[data-code='{item.GetProperty("code").GetString()}']");
            Assert.Equal("model", item.At("score.source").GetString());
            await Assertions.Expect(row).ToHaveAttributeAsync("data-source", "model");
            await Assertions.Expect(row).ToContainTextAsync($"Leefbaar-model · {item.At("score.release").GetString()}");
            await Assertions.Expect(row).ToContainTextAsync(item.At("score.label.nl").GetString()!);
        }
        await Assertions.Expect(page.Locator(".table-filled")).ToContainTextAsync(
            $"alle rijen tonen de score van het Leefbaar-model (release {drenthe.GetProperty("fillRelease").GetString()})");
        Assert.Equal(drenthe.GetProperty("total").GetInt32(), drenthe.GetProperty("filled").GetInt32());
        await p.ScreenshotAsync("table-drenthe-phone-390");
        // The phone table scrolls inside its box, never the page sideways.
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth + 1"));
        Assert.Empty(p.Problems);
    }
}
