using System.Globalization;
using Leefbaar.App.Reports;

namespace Leefbaar.App.Tests.Reports;

/// <summary>
/// The wijkdiagnose's series: the LBM 3.0 postcode series of the gemeente's postcodes (residents-weighted over the
/// buurten whose main postcode they are) and Nederland, and the LBM 2.0 class, each recomputed here from the store's
/// rows of that release and labelled with it.
/// </summary>
[Collection(ReportStoreCollection.Name)]
public sealed class GemeenteSeriesTests(ReportStoreFixture fx)
{
    private ReportHtml Render(string gm) =>
        new(ReportGenerator.RenderHtml(fx.Store, new ReportRequest("gemeente", gm, StoreTruth.Year, fx.OutDir("series"), Pdf: false)).Html);

    [Theory]
    [InlineData("GM0599")] // Rotterdam
    [InlineData("GM0363")] // Amsterdam
    public void Postcode_series_chart_is_the_residents_weighted_afw_of_the_gemeentes_postcodes_per_year(string gm)
    {
        var population = fx.Store.IndicatorValues("population", "buurt", StoreTruth.Year);
        var mainPc4 = fx.Store.IndicatorValues("main_pc4", "buurt", StoreTruth.Year);
        string Pc(double v) => ((int)v).ToString("0000", CultureInfo.InvariantCulture);
        var own = new Dictionary<string, double>();
        foreach (var b in fx.Store.Areas("buurt", StoreTruth.Year, gm))
            if (mainPc4.TryGetValue(b.Code, out var pc)) own[Pc(pc)] = own.GetValueOrDefault(Pc(pc)) + population.GetValueOrDefault(b.Code);
        var national = new Dictionary<string, double>();
        foreach (var (b, pc) in mainPc4) national[Pc(pc)] = national.GetValueOrDefault(Pc(pc)) + population.GetValueOrDefault(b);

        var html = Render(gm);
        var points = html.Chart("grafiek-pc4");
        var years = new[] { 2002, 2008, 2012, 2014, 2016, 2018, 2020, 2022 };
        Assert.Equal(years.Select(y => $"{y}"), points.Where(p => p.Series == "gemeente").Select(p => p.Key));
        foreach (var year in years)
        {
            var rows = fx.Store.OfficialScores("lbm3-2022", "pc4", year).Where(r => r.Afw is not null).ToList();
            double Mean(Dictionary<string, double> w) =>
                rows.Where(r => w.GetValueOrDefault(r.Code) > 0).Sum(r => w[r.Code] * r.Afw!.Value) / rows.Where(r => w.GetValueOrDefault(r.Code) > 0).Sum(r => w[r.Code]);
            Assert.Equal(Mean(own), points.Single(p => p.Series == "gemeente" && p.Key == $"{year}").Value, 9);
            Assert.Equal(Mean(national), points.Single(p => p.Series == "nederland" && p.Key == $"{year}").Value, 9);
        }
        Assert.Equal(own.Where(kv => kv.Value > 0).Select(kv => kv.Key).Count(k => fx.Store.OfficialScores("lbm3-2022", "pc4", 2022).Any(r => r.Code == k && r.Afw is not null)),
            points.Where(p => p.Series.StartsWith("pc4-", StringComparison.Ordinal) && p.Key == "2022").Count());
        Assert.Contains("Leefbaarometer 3.0, postcodereeks (lbm3-2022)", html.Html);
    }

    [Fact]
    public void A_gemeente_whose_postcodes_the_series_does_not_score_gets_a_sentence_and_no_chart()
    {
        // Emmen lies in Drenthe, whose scores the shared release withholds, also in the postcode series.
        var population = fx.Store.IndicatorValues("main_pc4", "buurt", StoreTruth.Year);
        var own = fx.Store.Areas("buurt", StoreTruth.Year, "GM0114").Where(b => population.ContainsKey(b.Code))
            .Select(b => ((int)population[b.Code]).ToString("0000", CultureInfo.InvariantCulture)).ToHashSet();
        Assert.NotEmpty(own);
        Assert.DoesNotContain(new[] { 2002, 2012, 2022 }.SelectMany(y => fx.Store.OfficialScores("lbm3-2022", "pc4", y)), r => own.Contains(r.Code) && r.Afw is not null);
        var html = Render("GM0114");
        Assert.DoesNotContain("id=\"grafiek-pc4\"", html.Html);
        Assert.Contains("De postcodereeks van de Leefbaarometer 3.0 (lbm3-2022) bevat geen score voor de postcodegebieden van Emmen.", html.Html);
        Assert.Contains("id=\"grafiek-lbm2\"", html.Html);
    }

    [Fact]
    public void Lbm2_chart_shows_the_published_class_of_each_year_and_is_absent_for_a_gemeente_lbm2_does_not_know()
    {
        var html = Render("GM0599");
        var points = html.Chart("grafiek-lbm2");
        var expected = new[] { 2002, 2008, 2012, 2014, 2016 }.Select(y => (y, fx.Store.OfficialScores("lbm2", "gemeente", y).Single(r => r.Code == "GM0599").KTotal!.Value)).ToList();
        Assert.Equal(expected.Select(e => ($"{e.y}", (double)e.Item2)), points.Select(p => (p.Key, p.Value)));
        Assert.Contains("Leefbaarometer 2.0 (lbm2)", html.Html);

        // Dijk en Waard (GM1980) was formed in 2022: LBM 2.0 has no class under its code, so no chart and no sentence.
        Assert.DoesNotContain(fx.Store.OfficialScores("lbm2", "gemeente", 2016), r => r.Code == "GM1980");
        var dijk = Render("GM1980");
        Assert.DoesNotContain("id=\"grafiek-lbm2\"", dijk.Html);
        Assert.DoesNotContain("Leefbaarometer 2.0 (lbm2)", dijk.Html);
    }
    [Fact]
    public void Lbm2_wijk_table_lists_every_wijk_of_the_gemeente_code_with_its_published_classes()
    {
        var years = new[] { 2002, 2008, 2012, 2014, 2016 };
        var rows = years.SelectMany(y => fx.Store.OfficialScores("lbm2", "wijk", y))
            .Where(r => r.Code.StartsWith("WK0599", StringComparison.Ordinal) && r.KTotal is not null).ToList();
        var expected = rows.GroupBy(r => r.Code).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        Assert.True(expected.Count > 10, $"{expected.Count} Rotterdam wijken in lbm2");

        var html = Render("GM0599");
        var table = html.Table("tabel-lbm2-wijken");
        Assert.Equal(expected.Select(g => g.Key), table.Select(r => r[0].Text));
        var shownYears = rows.Select(r => r.Year).Distinct().Order().ToList();
        foreach (var (g, row) in expected.Zip(table))
            foreach (var (year, i) in shownYears.Select((y, i) => (y, i)))
            {
                var cls = g.SingleOrDefault(r => r.Year == year)?.KTotal;
                Assert.Equal(cls?.ToString(CultureInfo.InvariantCulture) ?? "", row[2 + i].Sort);
            }
        int Change(IGrouping<string, Leefbaar.Core.ReadModels.OfficialScoreRow> g) =>
            g.OrderBy(r => r.Year).Last().KTotal!.Value.CompareTo(g.OrderBy(r => r.Year).First().KTotal!.Value);
        Assert.Equal(expected.Count, html.Fact("lbm2_wijken"));
        Assert.Equal(expected.Count(g => g.Count() > 1 && Change(g) > 0), html.Fact("lbm2_wijken_rose"));
        Assert.Equal(expected.Count(g => g.Count() > 1 && Change(g) < 0), html.Fact("lbm2_wijken_fell"));
    }
}
