using System.Text.RegularExpressions;
using Leefbaar.App.Reports;

namespace Leefbaar.App.Tests.Reports;

/// <summary>
/// Both reports print to a PDF of several pages; rasterised again with pdftoppm no page is blank and the map page
/// is largely coloured (the "printing gives a blank map").
/// </summary>
[Collection(ReportStoreCollection.Name)]
public sealed class ReportPdfTests(ReportStoreFixture fx)
{
    // At 30 dpi the running header and page number alone ink about 0.2 % of an A4 page; any content lifts it well above 1 %.
    private const double MinInk = 0.01;
    // Choropleth fills colour several percent of the map page; text pages with class chips stay below 1 %.
    private const double MinMapColour = 0.03;

    [PdfFact]
    public void National_report_prints_without_blank_pages_and_with_a_coloured_map() => Check("national", null);

    [PdfFact]
    public void Rotterdam_wijkdiagnose_prints_without_blank_pages_and_with_a_coloured_map() => Check("gemeente", "GM0599");

    private void Check(string kind, string? gemeente)
    {
        Assert.True(PdfTools.MissingReason() is null, PdfTools.MissingReason() + " (CI=true: the PDF tests must run)");
        var output = ReportGenerator.Generate(fx.Store, new ReportRequest(kind, gemeente, StoreTruth.Year, fx.OutDir("pdf-" + kind)));
        Assert.NotNull(output.Pdf);
        var html = File.ReadAllText(output.Html);
        Assert.Contains("<svg", html);
        // Each section marked as a new page forces a page break, so the PDF has at least one page more than there are such sections.
        var forcedBreaks = Regex.Matches(html, "<section id=\"[^\"]+\" class=\"page\">").Count;

        var pages = PdfTools.Render(output.Pdf!, dpi: 30);
        Assert.True(pages.Count > 1, $"{pages.Count} page(s)");
        Assert.True(pages.Count >= forcedBreaks + 1, $"{pages.Count} pages for {forcedBreaks} forced page breaks");
        for (var i = 0; i < pages.Count; i++)
            Assert.True(pages[i].InkShare > MinInk, $"page {i + 1} of {pages.Count} is blank ({pages[i].InkShare:P2} ink)");
        var map = pages.MaxBy(p => p.ColourShare)!;
        Assert.True(map.ColourShare > MinMapColour, $"no page has a coloured map: at most {map.ColourShare:P2} coloured pixels");
    }
}
