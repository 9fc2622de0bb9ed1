using Leefbaar.Analysis.Distribution;
using Leefbaar.Analysis.Series;

namespace Leefbaar.Analysis.Tests;

/// <summary>Distribution facts of 2024 (lbm3-2024 buurten) against sums computed directly in SQL on the store.</summary>
[Collection(StoreCollection.Name)]
public sealed class DistributionTests(ImportedStore fixture)
{
    // Residents per (group, class) straight from the tables: buurt scores × population (one value per buurt), the
    // gemeente part of the buurt code looked up in the group indicators; groups absent = rest.
    private Dictionary<(string Group, int Class), double> SqlSums() => fixture.Store.Query("""
        WITH pop AS (SELECT code, arg_min(value, dataset) AS p FROM observations
                     WHERE indicator = 'population' AND level = 'buurt' AND division_year = 2024 AND year = 2024 GROUP BY code),
             grp AS (SELECT code, CASE indicator WHEN 'group_g4' THEN 'G4' WHEN 'group_g40' THEN 'G40' ELSE 'M50' END AS g
                     FROM observations WHERE indicator IN ('group_g4', 'group_g40', 'group_m50') AND value = 1 AND division_year = 2024)
        SELECT coalesce(grp.g, 'rest'), s.k_total, sum(coalesce(pop.p, 0))
        FROM official_scores s LEFT JOIN pop USING (code) LEFT JOIN grp ON grp.code = 'GM' || substr(s.code, 3, 4)
        WHERE s.release = 'lbm3-2024' AND s.level = 'buurt' AND s.year = 2024 AND s.k_total IS NOT NULL
        GROUP BY ALL
        """, r => (r.GetString(0), r.GetInt32(1), r.GetDouble(2))).ToDictionary(t => (t.Item1, t.Item2), t => t.Item3);

    private DistributionReport Report() => DistributionAnalysis.Compute(ScoreSeries.Load(fixture.Data, "lbm3-2024", "buurt"),
        AreaContext.Load(fixture.Data, "buurt"), 2024, ["nl", "group", "provincie", "stedelijkheid"]);

    [Fact]
    public void National_and_group_residents_per_class_equal_the_SQL_sums()
    {
        var sums = SqlSums();
        var report = Report();
        foreach (var g in new[] { "G4", "G40", "M50", "rest" })
        {
            var d = report.Groups.Single(x => x.Grouping == "group" && x.Group == g);
            for (var k = 1; k <= 9; k++) Assert.Equal(sums.GetValueOrDefault((g, k)), d.ResidentsPerClass[k - 1]);
        }
        var nl = report.Groups.Single(x => x.Grouping == "nl");
        for (var k = 1; k <= 9; k++) Assert.Equal(sums.Where(s => s.Key.Class == k).Sum(s => s.Value), nl.ResidentsPerClass[k - 1], 1e-6);
        // 10,939 scored buurten (Drenthe, Flevoland and Zeeland are withheld in the shared copy) with 16,519,345 residents;
        // 10,520 + 59,875 + 226,675 = 297,070 of them in classes 1–3 (counted with the SQL above while writing the test)
        Assert.Equal(10_939, nl.Areas);
        Assert.Equal(16_519_345, nl.Residents);
        Assert.Equal(297_070, nl.ResidentsWeak);
        Assert.Equal(1.0, nl.Shares.Sum(), 1e-12);
    }

    [Fact]
    public void Every_grouping_partitions_the_national_residents()
    {
        var report = Report();
        var nl = report.Groups.Single(x => x.Grouping == "nl").Residents;
        foreach (var grouping in new[] { "group", "provincie", "stedelijkheid" })
            Assert.Equal(nl, report.Groups.Where(x => x.Grouping == grouping).Sum(x => x.Residents), 1e-6);
        // the nine provinces with published scores, none unknown
        Assert.Equal(9, report.Groups.Count(x => x.Grouping == "provincie"));
        Assert.DoesNotContain(report.Groups, x => x.Grouping == "provincie" && x.Group == "onbekend");
    }

    [Fact]
    public void A_single_measurement_has_no_hard_core_or_risers()
    {
        var report = Report();
        Assert.Empty(report.HardCore);
        Assert.Null(report.PreviousYear);
        Assert.Equal(0, report.Risers + report.Fallers);
    }

    [Fact]
    public void Lbm2_gemeenten_hard_core_and_fallers_are_counted_from_their_classes()
    {
        var series = ScoreSeries.Load(fixture.Data, "lbm2", "gemeente");
        var report = DistributionAnalysis.Compute(series, AreaContext.Load(fixture.Data, "gemeente"), 2016, ["nl"]);
        Assert.Equal(2014, report.PreviousYear);
        var years = series.Years.Where(series.HasClasses).Where(y => y <= 2016).TakeLast(3).ToList();
        var expected = series.CodesIn(2016).Where(c => series.Class(c, 2016) is not null)
            .Count(c => years.All(y => series.Class(c, y) is { } k && k <= 3));
        Assert.Equal(expected, report.HardCore.Count);
        var fallers = series.CodesIn(2016).Count(c => series.Class(c, 2016) is { } now && series.Class(c, 2014) is { } before && now < before);
        Assert.Equal(fallers, report.Fallers);
        // 390 gemeenten of 2016 classed; 85 rose and 5 fell a class since 2014 (counted from the KL columns of gemeente.json)
        Assert.Equal(390, report.AreasWithClass);
        Assert.Equal(85, report.Risers);
        Assert.Equal(5, report.Fallers);
    }
}
