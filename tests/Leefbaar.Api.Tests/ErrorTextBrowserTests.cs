using Microsoft.Playwright;

namespace Leefbaar.Api.Tests;

/// <summary>
/// API errors shown in the page are a sentence in the interface language (Dutch by default, English with lang=en);
/// the API's English detail stays available in the message's title.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class ErrorTextBrowserTests(ServerFixture server, BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
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
    public async Task An_unknown_area_is_reported_in_Dutch_with_the_English_detail_in_the_title()
    {
        await _p.OpenAsync("/?area=BU99999999");
        var error = Page.Locator("#panel .error");
        await Assertions.Expect(error).ToHaveTextAsync("Fout: Gebied BU99999999 komt niet voor in de gegevens van deze server.");
        await Assertions.Expect(error).ToHaveAttributeAsync("title", "Technische melding (Engels): No area BU99999999 in the served store.");
        await _p.ScreenshotAsync("error-unknown-area-nl");
        // Only the expected 404 (and the browser's console line about it); no script error.
        Assert.All(_p.Problems, problem => Assert.True(problem == $"404 {server.BaseAddress}api/v1/areas/BU99999999"
            || problem.StartsWith("console: Failed to load resource", StringComparison.Ordinal), problem));
        Assert.Contains(_p.Problems, problem => problem.StartsWith("404 ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_area_is_reported_in_English_with_lang_en()
    {
        await _p.OpenAsync("/?area=BU99999999&lang=en");
        await Assertions.Expect(Page.Locator("#panel .error")).ToHaveTextAsync("Error: Area BU99999999 is not in this server's data.");
    }

    [Fact]
    public async Task Compare_with_an_unknown_area_says_so_in_Dutch_on_a_phone()
    {
        await using var phone = await BrowserPage.CreateAsync(browser.Browser, server.BaseAddress, height: 844, width: 390);
        await phone.Page.GotoAsync("/?view=compare&cmp=BU03070100%2CBU99999998");
        var error = phone.Page.Locator("#compare-view .error");
        await Assertions.Expect(error).ToHaveTextAsync("Fout: Gebied BU99999998 komt niet voor in de gegevens van deze server.");
        await Assertions.Expect(error).ToHaveAttributeAsync("data-detail", "No area BU99999998 in the served store.");
        await phone.ScreenshotAsync("error-compare-phone");
    }
}
