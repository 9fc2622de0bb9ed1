using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace Leefbaar.Api.Tests;

/// <summary>
/// The page's layout on the real imported data: a phone (390×844) keeps most of the screen for the map, with a
/// folded legend and the profile as a bottom sheet; the hover tooltip names the area, its class and score; print
/// gives the map (not a blank canvas) and the profile.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class LayoutBrowserTests(ServerFixture server, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    // The class colours of the map (colors.ts) without the pale middle class, which is too close to paper white.
    private static readonly string[] ClassColours = ["#7f3b08", "#b35806", "#e08214", "#fdb863", "#c7eae5", "#80cdc1", "#35978f", "#01665e"];

    private record Box(double X, double Y, double Width, double Height)
    {
        public double Area => Width * Height;
    }

    private static async Task<Box> BoxOf(IPage page, string selector)
    {
        var b = await page.Locator(selector).BoundingBoxAsync() ?? throw new InvalidOperationException($"{selector} is not rendered");
        return new Box(b.X, b.Y, b.Width, b.Height);
    }

    [Fact]
    public async Task On_a_phone_the_map_keeps_most_of_the_screen_the_legend_folds_and_the_profile_is_a_bottom_sheet()
    {
        Assert.True(server.WebBuildError is null, server.WebBuildError);
        await using var phone = await BrowserPage.CreateAsync(browser.Browser, server.BaseAddress, height: 844, width: 390);
        var page = phone.Page;
        await phone.OpenAsync("/?area=BU03070100");
        await Assertions.Expect(page.Locator("#profile-title")).ToHaveTextAsync("Hof");
        await phone.WaitForMapAtRestAsync();

        // Folded legend: a one-line button over the map, the class list hidden.
        var toggle = page.Locator(".legend-toggle");
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(page.Locator(".legend-list")).ToBeHiddenAsync();
        var map = await BoxOf(page, "#map");
        var legend = await BoxOf(page, ".legend");
        Assert.True(map.Height >= 0.5 * 844, $"map {map.Height:0} px of 844");
        Assert.True(legend.Area < 0.05 * map.Area, $"folded legend covers {legend.Area / map.Area:P0} of the map");
        // The sheet peeks below the map (never over it) with the name and class.
        var sheet = await BoxOf(page, "#sheet");
        Assert.True(sheet.Y >= map.Y + map.Height - 1, "the sheet must not cover the map");
        Assert.True(sheet.Y + sheet.Height <= 844 + 1, "the sheet fits the screen");
        await Assertions.Expect(page.Locator("#panel .headline .badge")).ToBeInViewportAsync();
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.scrollingElement.scrollTop + (document.scrollingElement.scrollHeight > innerHeight + 1 ? 1 : 0)"));
        await phone.ScreenshotAsync("phone-hof-peek");

        // Unfolded, the legend lists the nine classes and still leaves most of the map free.
        await toggle.ClickAsync();
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(page.Locator(".legend-list li")).ToHaveCountAsync(10);
        Assert.True((await BoxOf(page, ".legend")).Area < 0.5 * map.Area);
        await toggle.ClickAsync();

        // Opened, the sheet shows the profile (scrollable) and a strip of map stays above it.
        await page.Locator("#sheet-toggle").ClickAsync();
        await Assertions.Expect(page.Locator("#sheet-toggle")).ToHaveAttributeAsync("aria-expanded", "true");
        var opened = await BoxOf(page, "#sheet");
        var mapNow = await BoxOf(page, "#map");
        Assert.True(opened.Height > 0.5 * 844, $"open sheet {opened.Height:0} px");
        Assert.True(mapNow.Height >= 100, $"map strip {mapNow.Height:0} px");
        await page.Locator("#panel .contributions-section").ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(page.Locator("#panel .contributions-section h3")).ToBeInViewportAsync();
        await phone.ScreenshotAsync("phone-hof-open");
        await page.Locator("#sheet-toggle").ClickAsync();
        await Assertions.Expect(page.Locator("#sheet")).ToHaveAttributeAsync("data-state", "peek");
        Assert.Empty(phone.Problems);
    }

    [Theory]
    [InlineData(390, 844)]
    [InlineData(1366, 900)]
    public async Task Every_header_button_stays_on_screen(int width, int height)
    {
        // Found in a walkthrough: at 390 px "Sets" and "Eigen gebied" were cut off, at 1366 px (Sets view) "English".
        Assert.True(server.WebBuildError is null, server.WebBuildError);
        await using var p = await BrowserPage.CreateAsync(browser.Browser, server.BaseAddress, height: height, width: width);
        foreach (var path in new[] { "/?area=BU03070100", "/?view=sets" })
        {
            await p.OpenAsync(path);
            await Assertions.Expect(p.Page.Locator(".views button").First).ToBeVisibleAsync();
            var outside = await p.Page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('.top button, .top select, .top input')]
                  .filter(e => e.offsetParent !== null)
                  .filter(e => { const r = e.getBoundingClientRect(); return r.left < 0 || r.right > innerWidth + 0.5; })
                  .map(e => e.textContent.trim() || e.id || e.className)
                """);
            Assert.True(outside.Length == 0, $"{path} at {width} px: off screen: {string.Join(", ", outside)}");
        }
        await p.ScreenshotAsync($"header-{width}");
        Assert.Empty(p.Problems);
    }

    [Fact]
    public async Task Hovering_an_area_shows_its_name_class_and_score_as_the_API_has_them()
    {
        Assert.True(server.WebBuildError is null, server.WebBuildError);
        await using var p = await BrowserPage.CreateAsync(browser.Browser, server.BaseAddress);
        await p.OpenAsync("/?area=BU03070100");
        await p.WaitForMapAtRestAsync();
        var map = await BoxOf(p.Page, "#map");
        await p.Page.Mouse.MoveAsync((float)(map.X + map.Width / 2), (float)(map.Y + map.Height / 2));
        var tip = p.Page.Locator(".map-tooltip");
        await Assertions.Expect(tip).ToBeVisibleAsync();
        var code = await tip.Locator(".tip").GetAttributeAsync("data-code");
        Assert.False(string.IsNullOrEmpty(code));
        var profile = await server.Client.Json($"/api/v1/areas/{code}");
        var official = profile.GetProperty("official");
        await Assertions.Expect(tip.Locator(".tip-name")).ToHaveTextAsync(profile.GetProperty("name").GetString()!);
        var label = official.GetProperty("label");
        await Assertions.Expect(tip.Locator(".tip-class")).ToHaveTextAsync(
            $"Totaalscore: {label.GetProperty("nl").GetString()} ({label.GetProperty("class").GetInt32()})");
        var afw = official.GetProperty("afw").GetDouble().ToString("0.###", CultureInfo.InvariantCulture).Replace('.', ','); // nl-NL, as the page writes it
        await Assertions.Expect(tip.Locator(".tip-score")).ToHaveTextAsync($"Afwijking (afw): {afw}");
        await p.ScreenshotAsync("map-hover-tooltip");
        await p.Page.Mouse.MoveAsync(5, 5);
        await Assertions.Expect(tip).ToBeHiddenAsync();
        Assert.Empty(p.Problems);
    }

    [Fact]
    public async Task Printing_gives_the_drawn_map_and_the_profile_without_the_controls()
    {
        Assert.True(server.WebBuildError is null, server.WebBuildError);
        await using var p = await BrowserPage.CreateAsync(browser.Browser, server.BaseAddress);
        await p.OpenAsync("/?area=BU03070100");
        await p.WaitForMapAtRestAsync();
        // The snapshot of the drawn map is taken when the map is idle; it must hold the class colours, not a blank canvas.
        await p.Page.WaitForFunctionAsync("() => document.querySelector('.map-snapshot')?.complete && document.querySelector('.map-snapshot').naturalWidth > 0");
        var colouredShare = await p.Page.EvaluateAsync<double>("""
            (colours) => {
              const img = document.querySelector('.map-snapshot');
              const c = document.createElement('canvas');
              c.width = img.naturalWidth; c.height = img.naturalHeight;
              const g = c.getContext('2d');
              g.drawImage(img, 0, 0);
              const d = g.getImageData(0, 0, c.width, c.height).data;
              const targets = colours.map(x => [1, 3, 5].map(i => parseInt(x.slice(i, i + 2), 16)));
              let n = 0;
              for (let i = 0; i < d.length; i += 4)
                if (targets.some(t => Math.abs(t[0] - d[i]) <= 24 && Math.abs(t[1] - d[i + 1]) <= 24 && Math.abs(t[2] - d[i + 2]) <= 24)) n++;
              return n / (d.length / 4);
            }
            """, ClassColours);
        Assert.True(colouredShare > 0.2, $"only {colouredShare:P1} of the map snapshot is in class colours");

        await p.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await Assertions.Expect(p.Page.Locator(".map-snapshot")).ToBeVisibleAsync();
        await Assertions.Expect(p.Page.Locator("#map .maplibregl-canvas")).ToBeHiddenAsync();
        foreach (var hidden in new[] { "#search-input", "#measure", "[data-view='table']", "#lang", ".maplibregl-ctrl-zoom-in", "#panel .panel-head .icon" })
            await Assertions.Expect(p.Page.Locator(hidden)).ToBeHiddenAsync();
        await Assertions.Expect(p.Page.Locator("#profile-title")).ToBeVisibleAsync();
        await Assertions.Expect(p.Page.Locator(".legend-list")).ToBeVisibleAsync();
        // Map first, the profile below it (one column).
        var snapshot = await BoxOf(p.Page, ".map-snapshot");
        var title = await BoxOf(p.Page, "#profile-title");
        Assert.True(title.Y > snapshot.Y + snapshot.Height - 1, "the profile follows the map");
        await p.ScreenshotAsync("print-hof-media");

        var pdf = Path.Combine(BrowserPage.Artifacts, "print-hof.pdf");
        await p.Page.PdfAsync(new PagePdfOptions { Path = pdf, Format = "A4", PrintBackground = true });
        // At 50 dpi an A4 page has ~240,000 pixels; the map image fills a good part of page 1, the legend swatches
        // and the class badge alone stay under 2,000.
        var coloured = PrintRaster.CountColoured(pdf, ClassColours);
        Assert.True(coloured > 15_000, $"page 1 has only {coloured} pixels in class colours: the printed map is blank");
        Assert.Empty(p.Problems);
    }
}
