using System.Net;
using System.Text.RegularExpressions;
using Leefbaar.Data.Store;

namespace Leefbaar.Api.Tests;

/// <summary>The reports of `leefbaar report` as downloads from the API, on the synthetic demo store.</summary>
[Collection(DemoServerCollection.Name)]
public sealed class ReportEndpointTests(DemoServerFixture server)
{
    private static string Disposition(HttpResponseMessage r) => r.Content.Headers.ContentDisposition?.ToString() ?? "";

    private (string Code, string Name, int Buurten) FirstDemoGemeente()
    {
        using var store = LeefbaarStore.Open(server.StorePath, readOnly: true);
        var gm = store.Areas("gemeente", 2024).OrderBy(a => a.Code, StringComparer.Ordinal).First();
        return (gm.Code, gm.Name, store.Areas("buurt", 2024, gm.Code).Count);
    }

    [Fact]
    public async Task Gemeente_report_as_HTML_is_an_attachment_about_that_gemeente()
    {
        var (code, name, buurten) = FirstDemoGemeente();
        using var r = await server.Client.GetAsync($"/api/v1/reports/gemeente/{code}?year=2024&format=html");
        var html = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == HttpStatusCode.OK, html);
        Assert.Equal("text/html", r.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("attachment", Disposition(r));
        Assert.Equal($"wijkdiagnose-{code}-2024.html", r.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Contains($"<h1>Wijkdiagnose {WebUtility.HtmlEncode(name)} 2024</h1>", html);
        Assert.Contains("SYNTHETISCHE DEMODATA", html);
        var counted = Regex.Match(html, "data-fact=\"buurten\" data-value=\"(\\d+)\"");
        Assert.True(counted.Success, "the summary counts the buurten");
        Assert.Equal(buurten, int.Parse(counted.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Gemeente_report_as_PDF_is_a_PDF_attachment()
    {
        var (code, _, _) = FirstDemoGemeente();
        using var r = await server.Client.GetAsync($"/api/v1/reports/gemeente/{code.ToLowerInvariant()}?format=pdf");
        var bytes = await r.Content.ReadAsByteArrayAsync();
        Assert.True(r.StatusCode == HttpStatusCode.OK, System.Text.Encoding.UTF8.GetString(bytes));
        Assert.Equal("application/pdf", r.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"wijkdiagnose-{code}-2024.pdf", r.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5));
        Assert.True(bytes.Length > 10_000, $"{bytes.Length} bytes");
    }

    [Fact]
    public async Task National_report_in_English_defaults_to_the_newest_year()
    {
        using var r = await server.Client.GetAsync("/api/v1/reports/national?lang=en");
        var html = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == HttpStatusCode.OK, html);
        Assert.Equal("leefbaarheid-nederland-2024-en.html", r.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains("<h2>Summary</h2>", html);
    }

    [Fact]
    public async Task Unknown_gemeente_is_404_and_bad_parameters_are_400()
    {
        var missing = await server.Client.Problem("/api/v1/reports/gemeente/GM0599", HttpStatusCode.NotFound);
        Assert.Contains("GM0599", missing.GetProperty("detail").GetString());
        var notGemeente = await server.Client.Problem("/api/v1/reports/gemeente/BU99010001", HttpStatusCode.BadRequest);
        Assert.Equal("code", notGemeente.GetProperty("parameter").GetString());
        var format = await server.Client.Problem("/api/v1/reports/national?format=docx", HttpStatusCode.BadRequest);
        Assert.Equal("format", format.GetProperty("parameter").GetString());
        var lang = await server.Client.Problem("/api/v1/reports/national?lang=de", HttpStatusCode.BadRequest);
        Assert.Equal("lang", lang.GetProperty("parameter").GetString());
        await server.Client.Problem("/api/v1/reports/national?year=1800", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_year_without_scores_is_a_404_problem_from_the_report_reader()
    {
        var problem = await server.Client.Problem("/api/v1/reports/national?year=2001", HttpStatusCode.NotFound);
        Assert.Contains("2001", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Reports_and_analyses_read_the_store_side_by_side()
    {
        // Each report opens the store read-only while the analysis endpoints open it too: neither may lock the other out.
        var paths = new[] { "/api/v1/reports/gemeente/GM9902?format=html", "/api/v1/analysis/distribution?year=2024", "/api/v1/reports/gemeente/GM9903?format=html&lang=en", "/api/v1/analysis/inequality?level=buurt&year=2024" };
        var responses = await Task.WhenAll(paths.Select(p => server.Client.GetAsync(p)));
        for (var i = 0; i < paths.Length; i++)
            Assert.True(responses[i].StatusCode == HttpStatusCode.OK, $"{paths[i]} → {(int)responses[i].StatusCode}: {await responses[i].Content.ReadAsStringAsync()}");
        foreach (var r in responses) r.Dispose();
    }
}
