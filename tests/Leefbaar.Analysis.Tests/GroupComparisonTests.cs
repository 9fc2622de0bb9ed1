using Leefbaar.Analysis.Groups;
using Leefbaar.Analysis.Series;

namespace Leefbaar.Analysis.Tests;

/// <summary>Gemeente groups over time on the real key figures 2012–2024 (geoinzicht), across the mergers.</summary>
[Collection(StoreCollection.Name)]
public sealed class GroupComparisonTests(ImportedStore fixture)
{
    private static readonly string[] G4 = ["GM0344", "GM0363", "GM0518", "GM0599"];

    [Fact]
    public void Pooled_population_is_the_sum_over_the_same_territory_in_both_years()
    {
        var series = GemeenteSeries.Load(fixture.Data, "population", null, 2012, 2024);
        var context = AreaContext.Load(fixture.Data, "gemeente");
        var r = GroupComparison.Compute(series, c => context.GroupOf("group", c), ratio: false);

        // Independent: the national sum of every gemeente of each year's own division, no mapping involved.
        var raw2012 = fixture.Data.IndicatorValues("population", "gemeente", 2012, 2012).Values.Sum();
        var raw2024 = fixture.Data.IndicatorValues("population", "gemeente", 2024, 2024).Values.Sum();
        var nl = r.Groups.Single(g => g.Group == "Nederland");
        Assert.Equal(raw2024, nl.To, 1e-6);
        Assert.InRange(nl.From, raw2012 - 1, raw2012 + 1); // every 2012 gemeente lands in one 2024 gemeente
        Assert.Equal(73, series.Merged[2012]); // 415 gemeenten with data in 2012 against 342 in 2024

        // 2024: the plain sum of the four. 2012: the four plus Weesp (GM0457), which joined Amsterdam in 2022.
        var g4 = r.Groups.Single(g => g.Group == "G4");
        Assert.Equal(4, g4.Members);
        var pop2012 = fixture.Data.IndicatorValues("population", "gemeente", 2012, 2012);
        Assert.Equal(G4.Sum(c => fixture.Data.IndicatorValues("population", "gemeente", 2024, 2024)[c]), g4.To, 1e-6);
        Assert.Equal(G4.Sum(c => pop2012[c]) + pop2012["GM0457"], g4.From, 1e-6);
        Assert.Equal(100 * (g4.To - g4.From) / g4.From, g4.Percent, 1e-9);
        // Shares of national growth add up to one over the groups.
        Assert.Equal(1, r.Groups.Where(g => g.Group != "Nederland").Sum(g => g.ShareOfNationalGrowth), 1e-9);
        Assert.Equal(5, r.Top.Count);
        Assert.True(r.Top[0].Percent >= r.Top[^1].Percent && r.Bottom[0].Percent <= r.Bottom[^1].Percent);
    }

    [Fact]
    public void A_ratio_is_a_ratio_of_sums_not_a_mean_of_rates()
    {
        var series = GemeenteSeries.Load(fixture.Data, "population_male", "population", 2024, 2024);
        var year = series.ByYear[2024];
        var men = fixture.Data.IndicatorValues("population_male", "gemeente", 2024, 2024);
        var residents = fixture.Data.IndicatorValues("population", "gemeente", 2024, 2024);
        var pooled = G4.Sum(c => year[c].Numerator) / G4.Sum(c => year[c].Denominator);
        Assert.Equal(G4.Sum(c => men[c]) / G4.Sum(c => residents[c]), pooled, 1e-12);
        var meanOfRates = G4.Average(c => men[c] / residents[c]);
        Assert.NotEqual(meanOfRates, pooled, 6);
    }

    [Fact]
    public void One_year_is_not_a_growth()
    {
        var series = GemeenteSeries.Load(fixture.Data, "population", null, 2024, 2024);
        Assert.Throws<Leefbaar.Core.Errors.NotFoundException>(() => GroupComparison.Compute(series, _ => "x", ratio: false));
    }
}

/// <summary>Classes of the LBM 3.0 postcode series, derived from afw with the LBM 3.0 boundaries.</summary>
[Collection(StoreCollection.Name)]
public sealed class DerivedClassTests(ImportedStore fixture)
{
    [Fact]
    public void The_postcode_series_gets_a_harde_kern_from_its_afw()
    {
        var boundaries = Leefbaar.Model.Releases.TargetRelease.Lbm3_2024.ClassBoundaries.ToArray();
        var r = AnalysisRunner.Run(fixture.Data, "distribution", new AnalysisRequest { Level = "pc4", ClassBoundaries = boundaries });
        Assert.Equal("lbm3-2022", r.Meta["release"]);
        Assert.Contains("derived", (string)r.Meta["classes"]!);

        // Independent: PC4 below the upper boundary of class 3 in each of the last three measurements.
        var series = ScoreSeries.Load(fixture.Data, "lbm3-2022", "pc4");
        var last = series.Years.TakeLast(3).ToList();
        var afw = new Measure("afw");
        var expected = series.CodesIn(last[^1]).Count(c => last.All(y => series.Value(c, y, afw) is { } v && v < boundaries[2]));
        Assert.Equal(expected, Convert.ToInt32(r.Meta["hard_core_areas"]));
        Assert.True(expected > 0);
        Assert.Equal(expected, r.Tables.First(t => t.Name == "hard_core").Rows.Count);
    }
}
