using System.Text.RegularExpressions;
using System.Text.Json;
using Microsoft.Playwright;

namespace Leefbaar.Api.Tests;

/// <summary>
/// The profile's indicator table on the real store scored with the published release: the model's inputs grouped by
/// theme, the raw source columns (not in the indicator catalogue: landuse_*, raw StatLine names, rivm_*, env_*)
/// folded behind "alle gegevens". Which indicator lands where follows from the API's profile and catalogue.
/// </summary>
[Collection(ModelServerCollection.Name)]
public sealed partial class IndicatorTableBrowserTests(ModelServerFixture server, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [GeneratedRegex("^(?:(?:ge|wi)_|lag[13]k_)")]
    private static partial Regex ContextPrefix();

    [Theory]
    [InlineData("BU01144300")] // Angelslo: inputs from the model's explanation
    [InlineData("GM0114")]     // Emmen: no explanation, the catalogue's Input indicators
    public async Task Model_inputs_are_grouped_and_raw_columns_wait_behind_alle_gegevens(string code)
    {
        Assert.True(server.WebBuildError is null, server.WebBuildError);
        var catalogue = (await server.Client.Json("/api/v1/indicators")).GetProperty("indicators").EnumerateArray()
            .ToDictionary(i => i.GetProperty("code").GetString()!, i => i.GetProperty("role").GetString()!);
        var profile = await server.Client.Json($"/api/v1/areas/{code}");
        var observed = profile.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("indicator").GetString()!).ToList();
        string Base(string c)
        {
            var b = ContextPrefix().Replace(c, "");
            return b.StartsWith("log_", StringComparison.Ordinal) && catalogue.ContainsKey(b[4..]) ? b[4..] : b;
        }
        var explained = profile.TryGetProperty("explanation", out var e) && e.ValueKind == JsonValueKind.Object
            ? e.GetProperty("contributions").EnumerateArray().Select(c => Base(c.GetProperty("indicator").GetString()!)).ToHashSet() : [];
        var inputs = explained.Concat(observed.Where(c => catalogue.GetValueOrDefault(c) == "Input")).ToHashSet();
        var raw = observed.Where(c => !catalogue.ContainsKey(c) && !inputs.Contains(c)).ToList();
        Assert.Contains(raw, c => c.StartsWith("landuse_", StringComparison.Ordinal)); // the flood the issue saw

        await using var p = await BrowserPage.CreateAsync(browser.Browser, server.BaseAddress, height: 900, width: 1440);
        await p.OpenAsync($"/?area={code}");
        var section = p.Page.Locator("#panel .indicators-section");
        await Assertions.Expect(section.Locator(".indicator-table")).ToBeVisibleAsync();
        var shownInputs = await section.Locator(".indicator-table tr[data-kind='input']").EvaluateAllAsync<string[]>("rs => rs.map(r => r.dataset.indicator)");
        Assert.NotEmpty(shownInputs);
        Assert.All(shownInputs, c => Assert.Contains(c, inputs));
        Assert.DoesNotContain(shownInputs, c => raw.Contains(c));
        Assert.All(observed.Where(c => catalogue.GetValueOrDefault(c) == "Input"), c => Assert.Contains(c, shownInputs));
        // Grouped: every input row sits under a theme heading.
        var groups = await section.Locator(".indicator-table tbody[data-group] tr.group-row").AllTextContentsAsync();
        Assert.True(groups.Count >= 3, string.Join(" | ", groups));

        // The raw columns: exactly those outside the catalogue, hidden until "alle gegevens" opens.
        var details = section.Locator("details.all-data");
        await Assertions.Expect(details.Locator("summary")).ToHaveTextAsync($"Alle gegevens ({raw.Count} ruwe bronkolommen)");
        await Assertions.Expect(details.Locator("tr[data-kind='raw']").First).ToBeHiddenAsync();
        await details.Locator("summary").ClickAsync();
        await Assertions.Expect(details.Locator("tr[data-kind='raw']").First).ToBeVisibleAsync();
        var shownRaw = await details.Locator("tr[data-kind='raw']").EvaluateAllAsync<string[]>("rs => rs.map(r => r.dataset.indicator)");
        Assert.Equal(raw.Order(StringComparer.Ordinal), shownRaw.Order(StringComparer.Ordinal));
        await details.Locator("summary").ClickAsync();
        await section.Locator("h3").ScrollIntoViewIfNeededAsync();
        await p.Page.EvaluateAsync("() => document.querySelector('#panel .indicators-section').scrollIntoView({ block: 'start' })");
        await p.ScreenshotAsync($"indicators-{code}");
        Assert.Empty(p.Problems);
    }
}
