using Leefbaar.App.UserIndicators;
using Leefbaar.Data.Store;
using Leefbaar.TestSupport;
using Microsoft.Playwright;

namespace Leefbaar.Api.Tests;

/// <summary>
/// A gemeente's own indicator in the profile: a copy of the demo store gets one through `indicators add`'s service,
/// and the buurt's profile lists it in its own group, with the value the API reports and the source the gemeente gave,
/// apart from the official figures; a buurt without a value has no such group.
/// </summary>
[Collection(DemoServerCollection.Name)]
public sealed class UserIndicatorBrowserTests(DemoServerFixture server, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Source = "Gemeente Demo, meldingen woonoverlast 2024";

    [Fact]
    public async Task A_buurts_own_indicator_is_listed_apart_with_its_source()
    {
        Assert.True(server.WebBuildError is null, server.WebBuildError);
        using var dir = new TempDir();
        var store = dir.File("own.duckdb");
        File.Copy(server.StorePath, store);
        List<string> buurten;
        using (var s = LeefbaarStore.Open(store))
        {
            buurten = s.AllAreasNewestDivision().Where(a => a.Level == "buurt").Select(a => a.Code).Order(StringComparer.Ordinal).Take(3).ToList();
            File.WriteAllText(dir.File("overlast.csv"), $"area;indicator;value\n{buurten[0]};user_overlast_meldingen;41,5\n{buurten[1]};user_overlast_meldingen;12\n");
            File.WriteAllText(dir.File("catalogue.json"), $$"""
                [{"indicator": {"code": "user_overlast_meldingen", "nl": "Meldingen woonoverlast", "en": "Residential nuisance reports",
                  "unit": "per 1000 inwoners", "source": "{{Source}}", "dimension": "onv", "direction": -1}, "licence": "CC BY 4.0"}]
                """);
            UserIndicatorService.Add(s, dir.File("overlast.csv"), dir.File("catalogue.json"), 2024, DateTime.UnixEpoch.AddDays(20_000));
        }
        var (app, client) = await LoopbackServer.StartAsync(store);
        await using var _ = app;
        using var __ = client;

        var profile = await client.Json($"/api/v1/areas/{buurten[0]}");
        var own = profile.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("indicator").GetString() == "user_overlast_meldingen");
        Assert.Equal((41.5, Source), (own.GetProperty("value").GetDouble(), own.GetProperty("source").GetString()));

        await using var p = await BrowserPage.CreateAsync(browser.Browser, client.BaseAddress!, height: 1000);
        await p.OpenAsync($"/?area={buurten[0]}");
        var group = p.Page.Locator("#panel tbody[data-group='own-indicators']");
        await Assertions.Expect(group.Locator("tr.group-row")).ToHaveTextAsync("Eigen indicatoren van de gemeente (geen invoer van het standaardmodel)");
        var row = group.Locator("tr[data-indicator='user_overlast_meldingen']");
        await Assertions.Expect(row).ToHaveAttributeAsync("data-kind", "own");
        await Assertions.Expect(row.Locator("th")).ToContainTextAsync("Meldingen woonoverlast");
        await Assertions.Expect(row.Locator(".indicator-source")).ToHaveTextAsync($"bron: {Source}");
        await Assertions.Expect(row.Locator("td").First).ToHaveTextAsync("41,5");
        // Not also among the official key figures.
        await Assertions.Expect(p.Page.Locator("#panel tbody[data-group='other-figures'] tr[data-indicator='user_overlast_meldingen']")).ToHaveCountAsync(0);
        await row.ScrollIntoViewIfNeededAsync();
        await p.ScreenshotAsync("profile-own-indicator");

        await p.OpenAsync($"/?area={buurten[2]}&lang=en");
        await Assertions.Expect(p.Page.Locator("#panel .indicator-table")).ToBeVisibleAsync();
        await Assertions.Expect(p.Page.Locator("#panel tbody[data-group='own-indicators']")).ToHaveCountAsync(0);
        Assert.Empty(p.Problems);
    }
}
