using Leefbaar.Analysis;
using Leefbaar.App.Analysis;
using Leefbaar.App.Reports;

namespace Leefbaar.App.Tests.Reports;

/// <summary>
/// The wijkdiagnose's hot spots: the gemeente's buurten labelled as `analyze lisa` labels them over all buurten of
/// the same release — the official one for Rotterdam, the model release for Emmen, whose province has no official
/// scores — with the counts and the LL names printed in the page.
/// </summary>
[Collection(ReportStoreCollection.Name)]
public sealed class GemeenteHotSpotTests(ReportStoreFixture fx)
{
    private Dictionary<string, string> LisaLabels(string release)
    {
        var t = AnalysisRunner.Run(StoreAnalysisData.Of(fx.Store), "lisa",
            new AnalysisRequest { Level = "buurt", Year = StoreTruth.Year, Release = release, Measure = "afw" }).Tables[0];
        int C(string name) => t.Columns.ToList().IndexOf(name);
        return t.Rows.ToDictionary(r => (string)r[C("code")]!, r => (string)r[C("cluster")]!);
    }

    [Theory]
    [InlineData("GM0599", true)]  // Rotterdam: official LBM 3.0 scores
    [InlineData("GM0114", false)] // Emmen, Drenthe: only the model
    public void The_gemeente_buurten_carry_the_national_lisa_labels_of_their_release(string gemeente, bool official)
    {
        var data = new ReportReader(fx.Store, StoreTruth.Year).Gemeente(gemeente);
        var hot = data.HotSpots;
        Assert.NotNull(hot);
        var release = official ? "lbm3-2024" : fx.ModelRelease;
        Assert.Equal(release, hot.Release);
        Assert.Equal(official ? ScoreOrigin.Official : ScoreOrigin.Model, hot.Origin);

        var labels = LisaLabels(release);
        var own = fx.Store.Areas("buurt", StoreTruth.Year, gemeente).Select(a => a.Code).Where(labels.ContainsKey).ToList();
        Assert.Equal(labels.Count, hot.NationalAreas);
        foreach (var type in new[] { "LL", "HH", "LH", "HL", "ns" })
            Assert.Equal(own.Count(c => labels[c] == type), hot.Counts.GetValueOrDefault(type));
        Assert.Equal(own.Where(c => labels[c] != "ns").Order(StringComparer.Ordinal), hot.Significant.Select(s => s.Code).Order(StringComparer.Ordinal));

        var html = new ReportHtml(GemeenteReport.Render(data, "nl", DateTimeOffset.UnixEpoch));
        Assert.Equal(hot.Counts.GetValueOrDefault("LL"), html.Fact("gm_hotspots_ll"));
        Assert.Equal(hot.Counts.GetValueOrDefault("HH"), html.Fact("gm_hotspots_hh"));
        Assert.Contains("id=\"hotspots\"", html.Html);
        foreach (var (_, name, _) in hot.Significant.Where(s => s.Label == "LL").Take(25))
            Assert.Contains(System.Net.WebUtility.HtmlEncode(name), html.Html);
    }
}
