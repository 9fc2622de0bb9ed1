using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Leefbaar.App.Reports;

namespace Leefbaar.App.Tests.Reports;

/// <summary>
/// The HTML tables sort in a browser: headless Chromium loads the report, a click on a column header (added to a copy
/// of the page) runs the report's own sorting script, and the dumped page has the rows in that column's order.
/// </summary>
[Collection(ReportStoreCollection.Name)]
public sealed class ReportSortingTests(ReportStoreFixture fx)
{
    [PdfFact]
    public void Clicking_a_header_sorts_the_cluster_table_by_residents_and_a_second_click_reverses_it()
    {
        var html = ReportGenerator.RenderHtml(fx.Store, new ReportRequest("national", null, StoreTruth.Year, fx.OutDir("sort"), Pdf: false)).Html;
        var once = SortedColumn(html, "clusters-laag", column: 5, clicks: 1);
        var twice = SortedColumn(html, "clusters-laag", column: 5, clicks: 2);
        Assert.True(once.Count > 2);
        Assert.Equal(once.Order(), once);
        Assert.Equal(once.OrderDescending(), twice);
    }

    [PdfFact]
    public void Every_table_of_both_reports_is_sortable_with_a_sort_key_in_every_cell()
    {
        foreach (var (kind, gm) in new[] { ("national", (string?)null), ("gemeente", "GM0599") })
        {
            var html = ReportGenerator.RenderHtml(fx.Store, new ReportRequest(kind, gm, StoreTruth.Year, fx.OutDir("sort"), Pdf: false)).Html;
            Assert.Equal(Regex.Count(html, "<table\\b"), Regex.Count(html, "<table class=\"sortable\""));
            Assert.Equal(Regex.Count(html, "<td\\b"), Regex.Count(html, "<td[^>]*data-sort="));
        }
    }

    // The values (data-sort) of one column after clicking its header, as the browser leaves the page.
    private List<double> SortedColumn(string html, string table, int column, int clicks)
    {
        var click = string.Concat(Enumerable.Repeat($"document.querySelector('#{table} th:nth-child({column})').click();", clicks));
        var file = Path.Combine(fx.OutDir("sort-dom"), "page.html");
        File.WriteAllText(file, html.Replace("</body>", $"<script>{click}</script></body>", StringComparison.Ordinal));
        var info = new ProcessStartInfo(PdfPrinter.FindBrowser()!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        var profile = Directory.CreateTempSubdirectory("leefbaar-sort-");
        foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", $"--user-data-dir={profile.FullName}", "--dump-dom", new Uri(file).AbsoluteUri })
            info.ArgumentList.Add(a);
        using var p = Process.Start(info)!;
        var dom = p.StandardOutput.ReadToEndAsync();
        _ = p.StandardError.ReadToEndAsync();
        Assert.True(p.WaitForExit(TimeSpan.FromMinutes(2)), "chromium did not finish");
        var rows = new ReportHtml(dom.Result).Table(table);
        return rows.Select(r => double.Parse(r[column - 1].Sort, CultureInfo.InvariantCulture)).ToList();
    }
}
