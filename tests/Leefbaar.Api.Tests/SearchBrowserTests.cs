using Leefbaar.Data.Store;
using Microsoft.Playwright;

namespace Leefbaar.Api.Tests;

/// <summary>The search box finds a place by another name (Den Bosch) and a postcode's buurten, and says why they matched.</summary>
[Collection(ServerCollection.Name)]
public sealed class SearchBrowserTests(ServerFixture server, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Den_Bosch_opens_s_Hertogenbosch()
    {
        await using var p = await BrowserPage.CreateAsync(browser.Browser, server.BaseAddress);
        await p.OpenAsync();
        await p.Page.FillAsync("#search-input", "Den Bosch");
        var first = p.Page.Locator("#search-results li").First;
        await Assertions.Expect(first).ToHaveAttributeAsync("data-code", "GM0796");
        await Assertions.Expect(first).ToHaveAttributeAsync("data-match", "alias");
        await Assertions.Expect(first).ToContainTextAsync("ook bekend als “Den Bosch”");
        await p.ScreenshotAsync("search-den-bosch");
        await p.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(p.Page.Locator("#profile-title")).ToHaveTextAsync("'s-Hertogenbosch");
        Assert.Empty(p.Problems);
    }

    [Fact]
    public async Task A_postcode_lists_its_buurten_on_a_phone()
    {
        string pc4;
        int buurten;
        using (var store = LeefbaarStore.Open(server.StorePath, readOnly: true))
        {
            var main = store.Query("""
                SELECT code, value FROM observations WHERE indicator = 'main_pc4' AND code LIKE 'BU%'
                QUALIFY row_number() OVER (PARTITION BY code ORDER BY year DESC) = 1
                """, r => (Code: r.GetString(0), Pc4: ((int)r.GetDouble(1)).ToString("0000")));
            var served = store.AllAreasNewestDivision().Where(a => a.Level == "buurt").Select(a => a.Code).ToHashSet();
            pc4 = main.Single(x => x.Code == "BU03070100").Pc4; // Hof, Amersfoort
            buurten = main.Count(x => x.Pc4 == pc4 && served.Contains(x.Code));
        }
        await using var p = await BrowserPage.CreateAsync(browser.Browser, server.BaseAddress, height: 844, width: 390);
        await p.Page.GotoAsync("/");
        await p.Page.WaitForFunctionAsync("() => window.leefbaar && window.leefbaar.ready");
        await p.Page.FillAsync("#search-input", pc4);
        var options = p.Page.Locator("#search-results li[data-match='postcode']");
        await Assertions.Expect(options).ToHaveCountAsync(buurten);
        await Assertions.Expect(options.First).ToContainTextAsync($"meeste adressen in postcode {pc4}");
        await Assertions.Expect(p.Page.Locator("#search-results li[data-code='BU03070100']")).ToHaveAttributeAsync("data-match", "postcode");
        await p.ScreenshotAsync("search-postcode-phone");
        Assert.Empty(p.Problems);
    }
}
