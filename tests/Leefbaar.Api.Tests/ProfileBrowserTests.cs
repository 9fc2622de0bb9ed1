using Microsoft.Playwright;

namespace Leefbaar.Api.Tests;

/// <summary>
/// End-to-end profile views on the real imported data: official and model side by side (Hof, Amersfoort), a buurt
/// in a province whose official 2024 scores are withheld (Asserbos, Assen), and keyboard access to every control.
/// The model rows are the test fixture's invented ones (<see cref="ServerFixture"/>).
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class ProfileBrowserTests(ServerFixture server, BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private BrowserPage _p = null!;

    private IPage Page => _p.Page;

    public async Task InitializeAsync()
    {
        Assert.True(server.WebBuildError is null, server.WebBuildError);
        _p = await BrowserPage.CreateAsync(browser.Browser, server.BaseAddress, height: 1000);
    }

    public async Task DisposeAsync() => await _p.DisposeAsync();

    [Fact]
    public async Task Hof_shows_official_goed_beside_the_model_with_its_interval_and_named_contributions()
    {
        await _p.OpenAsync("/?area=BU03070100");
        var side = Page.Locator("#panel .side-by-side-table");
        await Assertions.Expect(side.Locator(".badge[data-source='official']")).ToHaveTextAsync("goed");
        await Assertions.Expect(side.Locator(".badge[data-source='model']")).ToHaveTextAsync("ruim voldoende"); // fixture: class 6
        await Assertions.Expect(side).ToContainTextAsync("lbm3-2024, 2024");
        await Assertions.Expect(side).ToContainTextAsync($"{ServerFixture.TestRelease}, 2024");
        await Assertions.Expect(side).ToContainTextAsync("0,01 – 0,09 (klassen 5–7)"); // the fixture's afw_lower, afw_upper and class range
        await Assertions.Expect(side).ToContainTextAsync("kans op zwak of slechter (klasse 1–4)");
        await Assertions.Expect(side).ToContainTextAsync("12%"); // the fixture's p_weak 0.12
        // Five dimensions, each with an official and a model bar.
        await Assertions.Expect(Page.Locator("#panel svg.paired rect[data-source='official']")).ToHaveCountAsync(5);
        await Assertions.Expect(Page.Locator("#panel svg.paired rect[data-source='model']")).ToHaveCountAsync(5);

        var rows = Page.Locator("#panel .contributions-table tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(3);
        await Assertions.Expect(rows.First).ToHaveAttributeAsync("data-indicator", "crime_per_1000"); // largest |contribution|
        await Assertions.Expect(rows.First).ToContainTextAsync("Geregistreerde misdrijven per 1000 inwoners"); // catalogue name
        await Assertions.Expect(rows.First).ToContainTextAsync("Overlast en onveiligheid");
        await Assertions.Expect(rows.First).ToContainTextAsync("347,8");
        await Assertions.Expect(rows.First).ToContainTextAsync("-0,03");
        await _p.ScreenshotAsync("profile-hof-side-by-side", "#panel");
        Assert.Empty(_p.Problems);
    }

    [Fact]
    public async Task A_buurt_in_withheld_Drenthe_shows_the_model_score_and_no_official_score()
    {
        await _p.OpenAsync();
        await Assertions.Expect(Page.Locator(".legend")).ToContainTextAsync("Grijs in Drenthe");
        await Page.FillAsync("#search-input", "Asserbos");
        var option = Page.Locator("#search-results li[data-code='BU01060009']");
        await Assertions.Expect(option).ToContainTextAsync("Assen");
        await option.ClickAsync();
        await Assertions.Expect(Page.Locator("#profile-title")).ToHaveTextAsync("Asserbos");
        var missing = Page.Locator("#panel .missing-official");
        await Assertions.Expect(missing).ToContainTextAsync("Geen officiële Leefbaarometer-score");
        await Assertions.Expect(missing).ToContainTextAsync("lbm3-2024 publiceert geen scores voor Drenthe");
        await Assertions.Expect(Page.Locator("#panel .headline[data-source='model'] .badge")).ToHaveTextAsync("goed"); // fixture: class 7
        await Assertions.Expect(Page.Locator("#panel .headline")).ToContainTextAsync($"{ServerFixture.TestRelease}, 2024");
        var reliability = Page.Locator("#panel .model-reliability");
        await Assertions.Expect(reliability).ToContainTextAsync("onzeker"); // fixture: reliable = false
        await Assertions.Expect(reliability).ToContainTextAsync("90%-interval afw: -0,06 – 0,2");
        await Assertions.Expect(Page.Locator("#panel .badge[data-source='official']")).ToHaveCountAsync(0);
        await Assertions.Expect(Page.Locator("#panel .side-by-side-table")).ToHaveCountAsync(0);
        // The source follows: the map now shows the model, and says why.
        Assert.Equal("model", await Page.Locator("#source").InputValueAsync());
        await Assertions.Expect(Page.Locator("#source-note")).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("#source-note")).ToContainTextAsync("Geen officiële score voor Asserbos");
        await _p.WaitForMapAtRestAsync();
        await _p.ScreenshotAsync("profile-asserbos-withheld");
        Assert.Empty(_p.Problems);
    }

    [Fact]
    public async Task Asserbos_downloads_its_model_rows_and_compare_shows_its_model_score_labelled()
    {
        await _p.OpenAsync("/?area=BU01060009");
        var downloads = Page.Locator("#panel .downloads");
        await Assertions.Expect(downloads).ToHaveAttributeAsync("data-source", "model");
        await Assertions.Expect(downloads).ToContainTextAsync($"Leefbaar-model · Release {ServerFixture.TestRelease}");
        var href = await downloads.Locator("a", new() { HasText = "Download CSV" }).GetAttributeAsync("href");
        Assert.Contains("source=model", href);
        var csv = await (await Page.APIRequest.GetAsync(href!)).TextAsync();
        Assert.Contains($"BU01060009,Asserbos,GM0106,model,{ServerFixture.TestRelease},2024,", csv);
        var excel = await downloads.Locator("a[data-format='csv-excel']").GetAttributeAsync("href");
        Assert.Equal(href + "&excel=nl", excel); // Dutch Excel variant offered beside the standard CSV
        await Assertions.Expect(downloads.Locator("a[data-format='csv-excel']")).ToHaveTextAsync("CSV voor Excel (NL)");
        await _p.ScreenshotAsync("profile-asserbos-downloads", "#panel .downloads");

        // Compare with the official source: Hof shows its official class, Asserbos its model class instead of "geen gegevens".
        await _p.OpenAsync("/?src=official&cmp=BU03070100%2CBU01060009");
        await Page.Locator("[data-view='compare']").ClickAsync();
        var table = Page.Locator(".compare-table");
        var hof = table.Locator("td[data-code='BU03070100']");
        var asserbos = table.Locator("td[data-code='BU01060009']");
        await Assertions.Expect(hof.Locator(".badge[data-source='official']")).ToHaveTextAsync("goed");
        await Assertions.Expect(hof).ToContainTextAsync("Leefbaarometer (officieel) · lbm3-2024, 2024");
        await Assertions.Expect(asserbos.Locator(".badge[data-source='model']")).ToHaveTextAsync("goed"); // fixture: class 7
        await Assertions.Expect(asserbos).ToContainTextAsync($"Leefbaar-model · {ServerFixture.TestRelease}, 2024");
        await Assertions.Expect(table).Not.ToContainTextAsync("geen gegevens");
        await Assertions.Expect(table).ToContainTextAsync("0,07"); // the fixture's model afw of Asserbos
        await _p.ScreenshotAsync("compare-asserbos-model");
        Assert.Empty(_p.Problems);
    }

    [Fact]
    public async Task Compare_with_a_model_only_area_fits_a_phone()
    {
        await using var phone = await BrowserPage.CreateAsync(_p.Page.Context.Browser!, server.BaseAddress, height: 844, width: 390);
        await phone.Page.GotoAsync("/?view=compare&src=official&cmp=BU03070100%2CBU01060009");
        var asserbos = phone.Page.Locator(".compare-table td[data-code='BU01060009']");
        // The first view of a fresh page waits for meta and compare while the server may still draw tiles for the previous test.
        await Assertions.Expect(asserbos.Locator(".badge[data-source='model']")).ToHaveTextAsync("goed", new() { Timeout = 20_000 });
        await Assertions.Expect(asserbos).ToContainTextAsync($"Leefbaar-model · {ServerFixture.TestRelease}, 2024");
        await phone.ScreenshotAsync("compare-asserbos-phone");
        Assert.Empty(phone.Problems);
    }

    [Fact]
    public async Task Every_control_is_reachable_with_Tab_and_shows_its_focus()
    {
        await _p.OpenAsync("/?area=BU03070100");
        var (reached, invisible) = await _p.TabThroughAsync(60);
        foreach (var control in new[] { "#search-input", "#measure", "#year", "#source", "view:map", "view:table", "view:compare", "#analysis-button", "#lang", "Sluiten", "Voeg toe aan vergelijking" })
            Assert.Contains(control, reached);
        Assert.True(invisible.Count == 0, "no visible focus on: " + string.Join(", ", invisible.Distinct()));
        Assert.Empty(_p.Problems);
    }
}
