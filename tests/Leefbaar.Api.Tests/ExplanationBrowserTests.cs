using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Leefbaar.Api.Tests;

/// <summary>
/// A buurt profile on the demo store and its fitted release: the why per dimension (sentence, themes, base +
/// contributions = score, no indicator codes), the dimension bars with value, class and axis, and the what-if panel
/// against POST /api/v1/whatif. Numbers are compared with the API's own answers.
/// </summary>
[Collection(DemoServerCollection.Name)]
public sealed partial class ExplanationBrowserTests(DemoServerFixture server, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly string[] Dims = ["won", "fys", "vrz", "soc", "onv"];

    // The page's Dutch number format (toLocaleString nl-NL, at most `digits` decimals).
    private static string Nl(double v, int digits)
    {
        var s = Math.Round(v, digits, MidpointRounding.AwayFromZero).ToString("0." + new string('#', digits), CultureInfo.InvariantCulture).Replace('.', ',');
        return s == "-0" ? "0" : s;
    }

    private async Task<(string Code, JsonElement Profile)> ABuurt()
    {
        var hits = await server.Client.Json("/api/v1/areas?q=BU99&limit=20");
        var code = hits.GetProperty("results").EnumerateArray().First(h => h.GetProperty("level").GetString() == "buurt").GetProperty("code").GetString()!;
        return (code, await server.Client.Json($"/api/v1/areas/{code}"));
    }

    [GeneratedRegex("[a-z0-9]+_[a-z0-9_]+")]
    private static partial Regex CodeLike();

    [Fact]
    public async Task The_profile_explains_each_dimension_in_words_with_themes_that_add_up_to_its_score()
    {
        Assert.True(server.WebBuildError is null, server.WebBuildError);
        var (code, profile) = await ABuurt();
        var model = profile.GetProperty("model");
        var explanation = profile.GetProperty("explanation");
        var contributions = explanation.GetProperty("contributions").EnumerateArray().ToList();
        await using var p = await BrowserPage.CreateAsync(browser.Browser, server.BaseAddress, height: 1000);
        await p.OpenAsync($"/?area={code}");
        var section = p.Page.Locator("#panel .explanation-section");
        await Assertions.Expect(section.Locator(".explain-dim")).ToHaveCountAsync(5);
        foreach (var d in Dims)
        {
            var block = section.Locator($".explain-dim[data-dimension='{d}']");
            // The sentence names the indicator pulling this dimension down most (its share in this dimension, not its total).
            var down = contributions.MinBy(c => c.GetProperty("perDimension").GetProperty(d).GetDouble());
            var sentence = block.Locator(".explain-sentence");
            if (down.GetProperty("perDimension").GetProperty(d).GetDouble() < -0.001)
            {
                await Assertions.Expect(sentence).ToHaveAttributeAsync("data-down", down.GetProperty("indicator").GetString()!);
                await Assertions.Expect(sentence).ToContainTextAsync("Vooral ");
                await Assertions.Expect(sentence).ToContainTextAsync("drukt de score");
            }
            var up = contributions.MaxBy(c => c.GetProperty("perDimension").GetProperty(d).GetDouble());
            if (up.GetProperty("perDimension").GetProperty(d).GetDouble() > 0.001)
                await Assertions.Expect(sentence).ToHaveAttributeAsync("data-up", up.GetProperty("indicator").GetString()!);
            // Base + contributions = score, with the numbers of the API.
            var score = model.GetProperty(d).GetDouble();
            var b = explanation.GetProperty("base").GetProperty(d).GetDouble();
            await Assertions.Expect(block.Locator(".explain-sum")).ToContainTextAsync($"= {Nl(score, 3)}");
            await Assertions.Expect(block.Locator(".explain-sum")).ToContainTextAsync($"Basis {(b > 0 ? "+" : "")}{Nl(b, 3)}");
            // The theme subtotals add up to the contributions' sum in this dimension.
            var sums = await block.Locator(".theme-sum").AllTextContentsAsync();
            var total = sums.Sum(t => double.Parse(t.Replace("+", "").Replace(',', '.'), CultureInfo.InvariantCulture));
            var expected = contributions.Sum(c => c.GetProperty("perDimension").GetProperty(d).GetDouble());
            Assert.True(Math.Abs(total - expected) <= 0.0005 * sums.Count + 1e-9, $"{d}: themes add to {total}, contributions to {expected}");
        }
        // Readable names, no codes such as owner_occupied_pct; the median is called a median.
        await section.Locator("details").First.Locator("summary").ClickAsync();
        var text = await section.InnerTextAsync();
        Assert.True(!CodeLike().IsMatch(text), $"an indicator code is shown: {CodeLike().Match(text).Value}");
        Assert.Contains("Mediaan NL", text);
        await Assertions.Expect(p.Page.Locator("#panel table.data caption").Last).ToContainTextAsync("geen mediaan");

        // Dimension bars: value and class label of each dimension, and an axis through zero.
        var values = p.Page.Locator("#panel svg.dimension-chart text.bar-value[data-source='model']");
        await Assertions.Expect(values).ToHaveCountAsync(5);
        var labels = (await server.Client.Json("/api/v1/meta")).GetProperty("classes").EnumerateArray()
            .ToDictionary(c => c.GetProperty("class").GetInt32(), c => c.GetProperty("nl").GetString());
        for (var i = 0; i < Dims.Length; i++)
        {
            var cls = model.GetProperty("classes").GetProperty(Dims[i]).GetInt32();
            await Assertions.Expect(values.Nth(i)).ToHaveTextAsync($"{Nl(model.GetProperty(Dims[i]).GetDouble(), 3)} · {cls} {labels[cls]}");
        }
        var ticks = await p.Page.Locator("#panel svg.dimension-chart text.tick").AllTextContentsAsync();
        Assert.Contains("0", ticks);
        Assert.True(ticks.Count >= 3, $"{ticks.Count} ticks");
        await p.Page.Locator("#panel .explanation-section").ScrollIntoViewIfNeededAsync();
        await p.ScreenshotAsync("profile-demo-explanation", "#panel");
        Assert.Empty(p.Problems);
    }

    [Fact]
    public async Task The_what_if_panel_shows_the_change_the_API_computes_and_says_it_is_an_association()
    {
        Assert.True(server.WebBuildError is null, server.WebBuildError);
        var (code, profile) = await ABuurt();
        await using var p = await BrowserPage.CreateAsync(browser.Browser, server.BaseAddress, height: 1000);
        await p.OpenAsync($"/?area={code}");
        var panel = p.Page.Locator("#panel .whatif-section");
        await Assertions.Expect(panel.Locator(".whatif-caveat")).ToContainTextAsync("geen voorspelling van oorzaak en gevolg");
        var slider = panel.Locator("input[type='range']").First;
        var indicator = (await slider.GetAttributeAsync("data-indicator"))!;
        Assert.DoesNotMatch("^(ge_|wi_|lag|log_)", indicator);
        // The first slider belongs to the most influential changeable indicator of the explanation.
        var first = profile.GetProperty("explanation").GetProperty("contributions").EnumerateArray()
            .First(c => !Regex.IsMatch(c.GetProperty("indicator").GetString()!, "^(ge_|wi_|lag\\dk_|log_)") && c.GetProperty("value").ValueKind == JsonValueKind.Number);
        Assert.Equal(first.GetProperty("indicator").GetString(), indicator);

        // Ask for double the current value through the number box (the slider follows).
        var now = first.GetProperty("value").GetDouble();
        var shown = double.Parse((await panel.Locator(".whatif-number").First.InputValueAsync()), CultureInfo.InvariantCulture);
        var factor = Math.Abs(shown - now) < 1e-6 ? 1.0 : 100.0; // fractions are shown as percentages
        await panel.Locator(".whatif-number").First.FillAsync((Math.Round(shown * 2, 3)).ToString(CultureInfo.InvariantCulture));
        await panel.Locator("button[type='submit']").ClickAsync();
        var table = panel.Locator(".whatif-table");
        await Assertions.Expect(table).ToBeVisibleAsync(new() { Timeout = 60_000 });

        var expected = await (await server.Client.PostAsJsonAsync("/api/v1/whatif",
            new { code, set = new[] { $"{indicator}={(Math.Round(shown * 2, 3) / factor).ToString(CultureInfo.InvariantCulture)}" }, release = profile.GetProperty("explanation").GetProperty("release").GetString() }))
            .Content.ReadFromJsonAsync<JsonElement>();
        foreach (var d in Dims.Prepend("afw"))
        {
            var delta = expected.GetProperty("after").GetProperty(d).GetDouble() - expected.GetProperty("before").GetProperty(d).GetDouble();
            var text = Nl(delta, 4);
            await Assertions.Expect(table.Locator($"tr[data-dimension='{d}'] .whatif-delta")).ToHaveTextAsync(text == "0" ? "0" : delta > 0 ? "+" + text : text);
        }
        var badges = panel.Locator(".whatif-class .badge");
        await Assertions.Expect(badges.Nth(0)).ToHaveAttributeAsync("data-class", expected.GetProperty("before").GetProperty("class").GetInt32().ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(badges.Nth(1)).ToHaveAttributeAsync("data-class", expected.GetProperty("after").GetProperty("class").GetInt32().ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(panel.Locator(".whatif-weak")).ToContainTextAsync("Kans op zwak of slechter");
        await Assertions.Expect(panel).ToContainTextAsync("geen voorspelling van oorzaak en gevolg");
        await panel.ScrollIntoViewIfNeededAsync();
        await p.ScreenshotAsync("profile-demo-whatif", "#panel .whatif-section");
        Assert.Empty(p.Problems);
    }
}
