using Leefbaar.App.Reports;

namespace Leefbaar.App.Tests.Reports;

/// <summary>
/// The national report's charts draw the store's numbers: residents per class (official and model stacked) and each
/// dimension by stedelijkheid (residents-weighted means over the buurten), both worked out here from the raw rows.
/// </summary>
[Collection(ReportStoreCollection.Name)]
public sealed class ReportChartTests(ReportStoreFixture fx)
{
    private static readonly string[] DimensionCodes = ["won", "fys", "vrz", "soc", "onv"];

    private ReportHtml National(string lang = "nl") =>
        new(ReportGenerator.RenderHtml(fx.Store, new ReportRequest("national", null, StoreTruth.Year, fx.OutDir("charts"), lang, Pdf: false)).Html);

    [Fact]
    public void Residents_per_class_chart_stacks_official_and_model_residents_of_each_class()
    {
        var scored = StoreTruth.Buurten(fx.Store, fx.ModelRelease).Where(b => b.Scored).ToList();
        var bars = National().Chart("grafiek-klassen");
        Assert.Equal(18, bars.Count);
        for (var k = 1; k <= 9; k++)
        {
            var official = scored.Where(b => b.Class == k && b.Official).Sum(b => b.Residents);
            var model = scored.Where(b => b.Class == k && !b.Official).Sum(b => b.Residents);
            Assert.Equal(official, bars.Single(b => b.Series == "official" && b.Key == $"{k}").Value, 6);
            Assert.Equal(model, bars.Single(b => b.Series == "model" && b.Key == $"{k}").Value, 6);
        }
        Assert.Equal(scored.Sum(b => b.Residents), bars.Sum(b => b.Value), 3);
    }

    [Fact]
    public void Dimension_by_urbanity_chart_draws_the_residents_weighted_mean_of_every_dimension_per_stedelijkheid()
    {
        var urbanity = fx.Store.IndicatorValues("urbanity", "buurt", StoreTruth.Year);
        var buurten = StoreTruth.Buurten(fx.Store, fx.ModelRelease).Where(b => b.Scored && urbanity.ContainsKey(b.Code)).ToList();
        var bars = National().Chart("grafiek-stedelijkheid");
        Assert.Equal(5 * 6, bars.Count);
        foreach (var group in buurten.GroupBy(b => ((int)urbanity[b.Code]).ToString()))
        {
            for (var i = 0; i < DimensionCodes.Length; i++)
            {
                var expected = StoreTruth.WeightedMean(group, b => b.Dimensions![i]);
                Assert.Equal(expected, bars.Single(b => b.Series == group.Key && b.Key == DimensionCodes[i]).Value, 9);
            }
            Assert.Equal(StoreTruth.WeightedMean(group, b => b.Afw), bars.Single(b => b.Series == group.Key && b.Key == "afw").Value, 9);
        }
        // The Eerste Kamer's question: voorzieningen falls with urbanisation — the chart must show what the data says, whichever way.
        var vrz = Enumerable.Range(1, 5).Select(u => bars.Single(b => b.Series == $"{u}" && b.Key == "vrz").Value).ToList();
        Assert.True(vrz[0] != vrz[4]);
    }
}
