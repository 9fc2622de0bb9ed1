using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace Leefbaar.Api.Tests;

/// <summary>
/// Areas with only a model score (Angelslo in Emmen, Drenthe: no official 2024 score) on the real store scored with
/// the published default release: the profile, its downloads, the compare view and the table show the model's score,
/// labelled "Leefbaar-model" with the release, with the values the API answers.
/// </summary>
[Collection(ModelServerCollection.Name)]
public sealed class ModelScoreBrowserTests(ModelServerFixture server, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Angelslo = "BU01144300";
    private const string Hof = "BU03070100";

    // formatNumber of the page (nl-NL, at most `digits` decimals).
    private static string Dutch(double v, int digits) =>
        Math.Round(v, digits).ToString("0." + new string('#', digits), CultureInfo.InvariantCulture).Replace('.', ',');

    [Theory]
    [InlineData(1440, 900)]
    [InlineData(390, 844)]
    public async Task Angelslo_profile_shows_its_model_score_and_downloads_the_model_rows(int width, int height)
    {
        Assert.True(server.WebBuildError is null, server.WebBuildError);
        var profile = await server.Client.Json($"/api/v1/areas/{Angelslo}");
        Assert.Equal(JsonValueKind.Undefined, profile.TryGetProperty("official", out var o) ? o.ValueKind : JsonValueKind.Undefined);
        var model = profile.GetProperty("model");
        Assert.Equal(ModelServerFixture.Release, model.GetProperty("release").GetString());

        await using var p = await BrowserPage.CreateAsync(browser.Browser, server.BaseAddress, height: height, width: width);
        await p.OpenAsync($"/?area={Angelslo}");
        var panel = p.Page.Locator("#panel");
        await Assertions.Expect(panel.Locator("#profile-title")).ToHaveTextAsync("Angelslo");
        var headline = panel.Locator(".headline");
        await Assertions.Expect(headline).ToHaveAttributeAsync("data-source", "model");
        await Assertions.Expect(headline.Locator(".badge")).ToHaveTextAsync(model.At("label.nl").GetString()!);
        await Assertions.Expect(headline).ToContainTextAsync($"Leefbaar-model · Release {ModelServerFixture.Release}, 2024");
        await Assertions.Expect(headline).ToContainTextAsync(Dutch(model.GetProperty("afw").GetDouble(), 4));
        await Assertions.Expect(panel.Locator(".missing-official")).ToContainTextAsync("De officiële release lbm3-2024 publiceert geen scores voor Drenthe.");

        var downloads = panel.Locator(".downloads[data-source]");
        await Assertions.Expect(downloads).ToHaveAttributeAsync("data-source", "model");
        await Assertions.Expect(downloads).ToContainTextAsync($"Leefbaar-model · Release {ModelServerFixture.Release}");
        var href = await downloads.Locator("a", new() { HasText = "Download CSV" }).GetAttributeAsync("href");
        Assert.Contains("source=model", href);
        var lines = (await (await p.Page.APIRequest.GetAsync(href!)).TextAsync()).TrimEnd('\n').Split('\n');
        var listing = await server.Client.Json("/api/v1/scores/buurt/2024?gemeente=GM0114&source=model&pageSize=1000");
        Assert.Equal(listing.GetProperty("total").GetInt32() + 1, lines.Length); // header and every Emmen buurt, not a header only
        var afw = model.GetProperty("afw").GetDouble().ToString("R", CultureInfo.InvariantCulture);
        Assert.Contains(lines, l => l.StartsWith($"{Angelslo},Angelslo,GM0114,model,{ModelServerFixture.Release},2024,{afw},", StringComparison.Ordinal));
        await p.ScreenshotAsync($"profile-angelslo-{width}");
        Assert.Empty(p.Problems);
    }

    [Fact]
    public async Task Vergelijk_shows_Angelslo_model_score_beside_Hof_official()
    {
        Assert.True(server.WebBuildError is null, server.WebBuildError);
        var compare = await server.Client.Json($"/api/v1/compare?codes={Angelslo},{Hof}");
        var angelslo = compare.GetProperty("areas").EnumerateArray().Single(a => a.GetProperty("code").GetString() == Angelslo);
        var model = angelslo.GetProperty("model");

        await using var p = await BrowserPage.CreateAsync(browser.Browser, server.BaseAddress, height: 900, width: 1440);
        await p.Page.GotoAsync($"/?view=compare&src=official&cmp={Angelslo}%2C{Hof}");
        var table = p.Page.Locator(".compare-table");
        var cell = table.Locator($"td[data-code='{Angelslo}']");
        await Assertions.Expect(cell.Locator(".badge[data-source='model']")).ToHaveTextAsync(model.At("label.nl").GetString()!, new() { Timeout = 20_000 });
        await Assertions.Expect(cell).ToContainTextAsync($"Leefbaar-model · {ModelServerFixture.Release}, 2024");
        await Assertions.Expect(table.Locator($"td[data-code='{Hof}'] .badge[data-source='official']")).ToBeVisibleAsync();
        // The Angelslo column: the model's afw and five dimensions, as the compare API returns them.
        var column = await table.Locator("tbody tr").EvaluateAllAsync<string[]>("rows => rows.slice(1).map(r => r.children[1].textContent)");
        string[] measures = ["afw", "won", "fys", "vrz", "soc", "onv"];
        Assert.Equal(measures.Select(m => Dutch(model.GetProperty(m).GetDouble(), 3)), column);
        await Assertions.Expect(table).Not.ToContainTextAsync("geen gegevens");
        await p.ScreenshotAsync("compare-angelslo-1440");
        Assert.Empty(p.Problems);
    }

    [Fact]
    public async Task The_Emmen_table_lists_every_buurt_with_its_model_score()
    {
        Assert.True(server.WebBuildError is null, server.WebBuildError);
        var listing = await server.Client.Json("/api/v1/scores/buurt/2024?source=official&fill=model&gemeente=GM0114&sort=-afw&pageSize=100");
        Assert.Equal(listing.GetProperty("total").GetInt32(), listing.GetProperty("filled").GetInt32());
        await using var p = await BrowserPage.CreateAsync(browser.Browser, server.BaseAddress, height: 900, width: 1440);
        await p.Page.GotoAsync("/?view=table&tl=buurt&year=2024&tg=GM0114");
        await Assertions.Expect(p.Page.Locator(".table-summary")).ToHaveAttributeAsync("data-total", listing.GetProperty("total").GetInt32().ToString(CultureInfo.InvariantCulture), new() { Timeout = 20_000 });
        var row = p.Page.Locator($".score-table tr[data-code='{Angelslo}']");
        var item = listing.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("code").GetString() == Angelslo);
        await Assertions.Expect(row).ToHaveAttributeAsync("data-source", "model");
        await Assertions.Expect(row).ToContainTextAsync($"Leefbaar-model · {ModelServerFixture.Release}");
        await Assertions.Expect(row).ToContainTextAsync(Dutch(item.At("score.afw").GetDouble(), 4));
        await Assertions.Expect(p.Page.Locator(".table-filled")).ToContainTextAsync($"alle rijen tonen de score van het Leefbaar-model (release {ModelServerFixture.Release})");
        await p.ScreenshotAsync("table-emmen-model-1440");
        Assert.Empty(p.Problems);
    }
}
