using System.Globalization;
using Leefbaar.App.Reports;

namespace Leefbaar.App.Tests.Reports;

/// <summary>
/// The wijkdiagnose's comparison table: which gemeenten are in each row (read here from the store's own urbanity,
/// population, province and group indicators) and each row's residents-weighted afw and share of residents in class
/// 1–4, summed here from the buurt rows.
/// </summary>
[Collection(ReportStoreCollection.Name)]
public sealed class GemeenteComparisonTests(ReportStoreFixture fx)
{
    // The size classes the report states: under 20,000 … 250,000 or more residents.
    private static readonly double[] Bounds = [0, 20_000, 50_000, 100_000, 250_000, double.PositiveInfinity];

    [Theory]
    [InlineData("GM0599")] // Rotterdam: G4, stedelijkheid 1, 250,000 or more
    [InlineData("GM0114")] // Emmen: Drenthe, its buurten scored by the model only
    public void Each_row_holds_the_gemeenten_the_store_says_and_their_pooled_scores(string gm)
    {
        var year = StoreTruth.Year;
        var buurten = StoreTruth.Buurten(fx.Store, fx.ModelRelease);
        var withBuurten = buurten.Where(b => b.Gemeente is not null).Select(b => b.Gemeente!).ToHashSet();
        var population = fx.Store.IndicatorValues("population", "gemeente", year);
        var urbanity = fx.Store.IndicatorValues("urbanity", "gemeente", year);
        var province = fx.Store.Areas("gemeente", year).ToDictionary(a => a.Code, a => a.Provincie);
        string Group(string code) => new[] { "group_g4", "group_g40", "group_m50" }
            .FirstOrDefault(i => fx.Store.IndicatorValues(i, "gemeente", year).GetValueOrDefault(code) == 1) ?? "rest";
        var band = Enumerable.Range(0, 5).Single(i => population[gm] >= Bounds[i] && population[gm] < Bounds[i + 1]);
        var others = withBuurten.Where(c => c != gm).ToList();
        var expected = new Dictionary<ComparisonKind, List<string>>
        {
            [ComparisonKind.Self] = [gm],
            [ComparisonKind.Similar] = others.Where(c => urbanity.GetValueOrDefault(c, -1) == urbanity[gm] && population.GetValueOrDefault(c) >= Bounds[band] && population.GetValueOrDefault(c) < Bounds[band + 1]).ToList(),
            [ComparisonKind.Province] = others.Where(c => province[c] == province[gm]).ToList(),
            [ComparisonKind.MunicipalityGroup] = others.Where(c => Group(c) == Group(gm)).ToList(),
            [ComparisonKind.Nederland] = withBuurten.ToList(),
        };

        var data = new ReportReader(fx.Store, year).Gemeente(gm);
        var html = new ReportHtml(GemeenteReport.Render(data, "nl", DateTimeOffset.UnixEpoch));
        var table = html.Table("vergelijking-tabel");
        Assert.Equal(5, table.Count);
        for (var row = 0; row < data.Comparison!.Count; row++)
        {
            var g = data.Comparison[row];
            var members = expected[g.Kind];
            if (g.Kind != ComparisonKind.Nederland) Assert.Equal(members.Order(), g.Members.Select(m => m.Code).Order());
            var pooled = buurten.Where(b => b.Scored && b.Gemeente is not null && members.Contains(b.Gemeente)).ToList();
            var cells = table[row];
            if (pooled.Count == 0)
            {
                // Emmen: no other gemeente has stedelijkheid 4 and 100,000–250,000 residents; the row says so with dashes.
                Assert.Equal(ComparisonKind.Similar, g.Kind);
                Assert.All(cells.Skip(4), c => Assert.Equal("–", c.Text));
                Assert.Contains("geen andere gemeente", html.Html);
                continue;
            }
            var residents = pooled.Sum(b => b.Residents);
            var afw = StoreTruth.WeightedMean(pooled, b => b.Afw);
            var share4 = pooled.Where(b => b.Class <= 4).Sum(b => b.Residents) / residents;
            Assert.Equal(residents, double.Parse(cells[3].Sort, CultureInfo.InvariantCulture), 6);
            Assert.Equal(afw, double.Parse(cells[4].Sort, CultureInfo.InvariantCulture), 9);
            Assert.Equal(share4, double.Parse(cells[^1].Sort, CultureInfo.InvariantCulture), 9);
            // As printed: afw with three decimals (minus as U+2212), the share with one decimal.
            Assert.Equal(Math.Round(afw, 3), double.Parse(cells[4].Text.Replace('−', '-').Replace(',', '.'), CultureInfo.InvariantCulture), 9);
            Assert.Equal(Math.Round(share4 * 100, 1), ReportHtml.DutchPercent(cells[^1].Text.Replace(" %", "")) * 100, 6);
        }
        var similar = data.Comparison.Single(c => c.Kind == ComparisonKind.Similar);
        foreach (var (_, name) in similar.Members) Assert.Contains(System.Net.WebUtility.HtmlEncode(name), html.Html);
    }
}
