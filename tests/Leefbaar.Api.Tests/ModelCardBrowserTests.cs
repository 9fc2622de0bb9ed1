using System.Net;
using Microsoft.Playwright;

namespace Leefbaar.Api.Tests;

/// <summary>
/// The model card as a page (Markdown rendered to headings, lists and tables, no raw Markdown left), and its errors
/// in Dutch, on the store scored with the published release whose card the API serves.
/// </summary>
[Collection(ModelServerCollection.Name)]
public sealed class ModelCardBrowserTests(ModelServerFixture server, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_profile_links_the_model_card_page_which_renders_the_served_Markdown()
    {
        Assert.True(server.WebBuildError is null, server.WebBuildError);
        var markdown = await server.Client.GetStringAsync("/api/v1/models/latest/card");
        var lines = markdown.Split('\n');
        var title = lines.First(l => l.StartsWith("# ", StringComparison.Ordinal))[2..].Trim();
        var sections = lines.Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l[3..].Trim()).ToList();
        var inputsAt = Array.FindIndex(lines, l => l.Trim() == "## Inputs");
        var inputRows = lines.Skip(inputsAt + 3).TakeWhile(l => l.TrimStart().StartsWith('|')).Count();
        var bullets = lines.Count(l => l.StartsWith("- ", StringComparison.Ordinal));

        await using var p = await BrowserPage.CreateAsync(browser.Browser, server.BaseAddress, height: 900, width: 1440);
        await p.OpenAsync("/?area=BU01144300");
        var link = p.Page.Locator("#panel a.model-card-link");
        await Assertions.Expect(link).ToHaveTextAsync("Modelkaart");
        var href = await link.GetAttributeAsync("href");
        Assert.Equal("/modelcard.html?id=latest", href);

        await p.Page.GotoAsync(href!);
        var card = p.Page.Locator("#card[data-ready='true'] article.model-card");
        await Assertions.Expect(card.Locator("h2")).ToHaveTextAsync(title, new() { Timeout = 20_000 });
        Assert.Equal(sections, await card.Locator("h3").AllTextContentsAsync());
        var inputs = card.Locator("h3:text-is('Inputs') + div table tbody tr");
        await Assertions.Expect(inputs).ToHaveCountAsync(inputRows);
        await Assertions.Expect(card.Locator("li")).ToHaveCountAsync(bullets);
        var text = await card.InnerTextAsync();
        Assert.DoesNotContain("**", text);
        Assert.DoesNotContain("|---", text);
        Assert.DoesNotContain("## ", text);
        await Assertions.Expect(p.Page.Locator("#card > p.note")).ToContainTextAsync("De modelkaart is in het Engels geschreven");
        await p.ScreenshotAsync("model-card-page-1440");
        Assert.Empty(p.Problems);
    }

    [Fact]
    public async Task An_unknown_release_is_reported_in_Dutch()
    {
        Assert.True(server.WebBuildError is null, server.WebBuildError);
        var problem = await server.Client.Problem("/api/v1/models/nope/card", HttpStatusCode.NotFound);
        await using var p = await BrowserPage.CreateAsync(browser.Browser, server.BaseAddress, height: 844, width: 390);
        await p.Page.GotoAsync("/modelcard.html?id=nope");
        var error = p.Page.Locator("#card .error");
        await Assertions.Expect(error).ToHaveTextAsync("Fout: Modelrelease nope bestaat niet op deze server.");
        await Assertions.Expect(error).ToHaveAttributeAsync("data-detail", problem.GetProperty("detail").GetString()!);
        Assert.DoesNotContain(problem.GetProperty("detail").GetString()!, await p.Page.Locator("body").InnerTextAsync());
    }

    [Fact]
    public async Task A_rejected_table_filter_is_reported_in_Dutch_not_in_the_API_English()
    {
        Assert.True(server.WebBuildError is null, server.WebBuildError);
        var problem = await server.Client.Problem("/api/v1/scores/buurt/2024?source=official&fill=model&provincie=PV99", HttpStatusCode.BadRequest);
        await using var p = await BrowserPage.CreateAsync(browser.Browser, server.BaseAddress, height: 900, width: 1440);
        await p.Page.GotoAsync("/?view=table&tl=buurt&year=2024&tp=PV99");
        var error = p.Page.Locator("#table-view .error");
        await Assertions.Expect(error).ToHaveTextAsync("Fout: Ongeldige waarde voor “provincie”.", new() { Timeout = 20_000 });
        await Assertions.Expect(error).ToHaveAttributeAsync("data-detail", problem.GetProperty("detail").GetString()!);
        Assert.DoesNotContain(problem.GetProperty("detail").GetString()!, await p.Page.Locator("body").InnerTextAsync());
    }
}
