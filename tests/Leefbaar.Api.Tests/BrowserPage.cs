using Leefbaar.TestSupport;
using Microsoft.Playwright;

namespace Leefbaar.Api.Tests;

/// <summary>
/// One browser page at 1400×900 (Dutch locale) against a test server, collecting console errors, page errors and
/// failed responses so a test can assert the page ran cleanly; screenshots go to artifacts/e2e/ at the repository root.
/// </summary>
public sealed class BrowserPage : IAsyncDisposable
{
    /// <summary>Where screenshots are written.</summary>
    public static readonly string Artifacts = Path.Combine(SharedData.RepositoryRoot(), "artifacts", "e2e");

    private readonly IBrowserContext _context;

    /// <summary>The page.</summary>
    public IPage Page { get; }

    /// <summary>Console errors, page errors and HTTP responses of 400 or more, as text.</summary>
    public List<string> Problems { get; } = [];

    private BrowserPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, m) => { if (m.Type == "error") Problems.Add($"console: {m.Text}"); };
        page.PageError += (_, e) => Problems.Add($"page error: {e}");
        page.Response += (_, r) => { if (r.Status >= 400) Problems.Add($"{r.Status} {r.Url}"); };
    }

    /// <summary>Opens a new context and page on a server (width 390: a phone).</summary>
    public static async Task<BrowserPage> CreateAsync(IBrowser browser, Uri baseAddress, int height = 900, int width = 1400)
    {
        Directory.CreateDirectory(Artifacts);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(), ViewportSize = new ViewportSize { Width = width, Height = height }, Locale = "nl-NL",
        });
        return new BrowserPage(context, await context.NewPageAsync());
    }

    /// <summary>Loads a path and waits until the map is idle and draws features.</summary>
    public async Task OpenAsync(string path = "/")
    {
        await Page.GotoAsync(path);
        await Page.WaitForFunctionAsync("() => window.leefbaar && window.leefbaar.ready && window.leefbaar.renderedFeatureCount() > 0",
            null, new PageWaitForFunctionOptions { Timeout = 30_000 });
    }

    /// <summary>Waits until the map camera stopped moving (after a fly-to) and the tiles are drawn.</summary>
    public async Task WaitForMapAtRestAsync()
    {
        await Page.WaitForFunctionAsync("() => window.leefbaar.renderedFeatureCount() > 0 && !document.querySelector('.maplibregl-canvas').classList.contains('moving')");
        await Page.WaitForTimeoutAsync(1500);
    }

    /// <summary>
    /// Presses Tab <paramref name="presses"/> times and names each focused control (#id, view:name, tab:name or its
    /// label); returns them with those showing no focus ring (an outline of at least 2 px or a box shadow).
    /// </summary>
    public async Task<(List<string> Reached, List<string> Invisible)> TabThroughAsync(int presses)
    {
        var reached = new List<string>();
        var invisible = new List<string>();
        for (var i = 0; i < presses; i++)
        {
            await Page.Keyboard.PressAsync("Tab");
            var focus = await Page.EvaluateAsync<string[]>("""
                () => {
                  const el = document.activeElement;
                  if (!el || el === document.body) return ['(page)', 'true']; // focus has left the page for the browser's own UI
                  const cs = getComputedStyle(el);
                  const name = el.id ? '#' + el.id : el.dataset.view ? 'view:' + el.dataset.view : el.dataset.tab ? 'tab:' + el.dataset.tab
                    : (el.getAttribute('aria-label') || el.textContent || el.tagName).trim().slice(0, 40);
                  const visible = (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2) || cs.boxShadow !== 'none';
                  return [name, String(visible)];
                }
                """);
            reached.Add(focus[0]);
            if (focus[1] != "true") invisible.Add(focus[0]);
        }
        return (reached, invisible);
    }

    /// <summary>Saves a screenshot of the page (or of one element) as artifacts/e2e/{name}.png and returns its path.</summary>
    public async Task<string> ScreenshotAsync(string name, string? selector = null)
    {
        var path = Path.Combine(Artifacts, name + ".png");
        if (selector is null) await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        else await Page.Locator(selector).ScreenshotAsync(new LocatorScreenshotOptions { Path = path });
        return path;
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
