using Leefbaar.App.Reports;

namespace Leefbaar.App.Tests.Reports;

/// <summary>--lang en writes the same report in English: headings, page language and number format.</summary>
[Collection(ReportStoreCollection.Name)]
public sealed class ReportLanguageTests(ReportStoreFixture fx)
{
    private ReportHtml Render(string kind, string? gemeente, string lang) =>
        new(ReportGenerator.RenderHtml(fx.Store, new ReportRequest(kind, gemeente, StoreTruth.Year, fx.OutDir(lang), lang, Pdf: false)).Html);

    [Theory]
    [InlineData("gemeente", "GM0599", "Summary", "Early warning", "Methods")]
    [InlineData("national", null, "Summary", "Inequality", "Methods")]
    public void English_reports_have_English_headings_and_no_Dutch_ones(string kind, string? gemeente, params string[] english)
    {
        var en = Render(kind, gemeente, "en");
        var nl = Render(kind, gemeente, "nl");
        Assert.Contains("<html lang=\"en\">", en.Html);
        foreach (var h in english) Assert.Contains(h, en.Headings);
        Assert.Equal(nl.Headings.Count, en.Headings.Count);
        Assert.Empty(en.Headings.Intersect(nl.Headings)); // every heading translated
    }

    [Fact]
    public void English_numbers_use_a_comma_for_thousands()
    {
        var residents = StoreTruth.Buurten(fx.Store, fx.ModelRelease, "GM0599").Where(b => b.Scored).Sum(b => b.Residents);
        var en = Render("gemeente", "GM0599", "en");
        var printed = en.InLead(@"([\d,]+) people live in those buurten \(CBS\)")[1].Value;
        Assert.Equal(Math.Round(residents).ToString("#,0", System.Globalization.CultureInfo.InvariantCulture), printed);
    }
}
