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

    // Dutch words that English text never needs; place names (in table cells and member lists) are not read.
    private static readonly string[] DutchWords = [" het ", " een ", " zijn ", " wordt ", " naar ", " voor ", " wonen ", " inwoners", " klasse ", " tussen ", " niet ", " gemiddelde", " ligt ", " buren"];

    [Theory]
    [InlineData("national", null)]
    [InlineData("gemeente", "GM0599")]
    [InlineData("gemeente", "GM0114")]
    public void English_reports_have_no_Dutch_in_headings_captions_paragraphs_and_chart_labels(string kind, string? gemeente)
    {
        var prose = Render(kind, gemeente, "en").Prose();
        Assert.True(prose.Count > 40, $"{prose.Count} pieces of text");
        var dutch = prose.Select(t => " " + t + " ").Where(t => DutchWords.Any(d => t.Contains(d, StringComparison.OrdinalIgnoreCase))).ToList();
        Assert.Empty(dutch);
        // The same check finds the Dutch words in the Dutch report, so it can fail.
        Assert.NotEmpty(Render(kind, gemeente, "nl").Prose().Where(t => DutchWords.Any(d => (" " + t + " ").Contains(d, StringComparison.OrdinalIgnoreCase))));
    }
}
