using Leefbaar.App.Reports;
using Leefbaar.Core.Errors;

namespace Leefbaar.App.Tests.Reports;

/// <summary>The wijkdiagnose finds its gemeente by name as by code, and says clearly when there is none.</summary>
[Collection(ReportStoreCollection.Name)]
public sealed class GemeenteLookupTests(ReportStoreFixture fx)
{
    private (string Stem, string Html) Render(string gemeente) =>
        ReportGenerator.RenderHtml(fx.Store, new ReportRequest("gemeente", gemeente, StoreTruth.Year, fx.OutDir("lookup"), Pdf: false));

    [Theory]
    [InlineData("Rotterdam")]
    [InlineData("rotterdam")]
    [InlineData(" GM0599 ")]
    public void Rotterdam_by_name_or_code_is_GM0599(string given)
    {
        var expected = fx.Store.Areas("gemeente", StoreTruth.Year).Single(g => g.Name == "Rotterdam").Code;
        var (stem, html) = Render(given);
        Assert.Equal($"wijkdiagnose-{expected}-{StoreTruth.Year}", stem);
        Assert.Contains($"<h1>Wijkdiagnose Rotterdam {StoreTruth.Year}</h1>", html);
        Assert.Contains($"{expected} · Zuid-Holland", html);
    }

    [Fact]
    public void An_unknown_gemeente_is_a_not_found_error_that_names_it()
    {
        var e = Assert.Throws<NotFoundException>(() => Render("Atlantis"));
        Assert.Contains("No gemeente 'Atlantis'", e.Message);
    }

    [Fact]
    public void A_partial_name_is_not_guessed_but_suggested()
    {
        var e = Assert.Throws<NotFoundException>(() => Render("Rotter"));
        Assert.Contains("did you mean Rotterdam (GM0599)?", e.Message);
    }
}
