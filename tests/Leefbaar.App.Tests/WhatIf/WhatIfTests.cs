using Leefbaar.App.Tests.Reports;
using Leefbaar.App.WhatIf;
using Leefbaar.Core.Errors;
using Leefbaar.Model.Catalogue;

namespace Leefbaar.App.Tests.WhatIf;

/// <summary>What-if questions on the real store with the published default release.</summary>
[Collection(ReportStoreCollection.Name)]
public sealed class WhatIfTests(ReportStoreFixture fixture)
{
    private static readonly string[] Dims = ["won", "fys", "vrz", "soc", "onv"];

    private WhatIfResult Ask(string code, params string[] sets) =>
        WhatIfAnalysis.Run(fixture.Store, code, sets.Select(WhatIfChange.Parse).ToList(), fixture.ModelRelease, IndicatorCatalogue.Default);

    [Fact]
    public void The_change_of_every_dimension_is_the_sum_of_the_contributions_that_moved()
    {
        var r = Ask("BU05991571", "crime_per_1000=-20%", "dist_supermarket_km=0.5", "population_65plus=+50%");
        Assert.NotEmpty(r.Contributions);
        double[] before = [r.Before.Won, r.Before.Fys, r.Before.Vrz, r.Before.Soc, r.Before.Onv];
        double[] after = [r.After.Won, r.After.Fys, r.After.Vrz, r.After.Soc, r.After.Onv];
        for (var d = 0; d < 5; d++)
            Assert.Equal(after[d] - before[d], r.Contributions.Sum(c => c.Delta[Dims[d]]), 1e-9);
        Assert.Equal(r.After.Afw - r.Before.Afw, r.Contributions.Sum(c => c.Total), 1e-9);
        Assert.Equal(r.Before.Afw, r.Before.Won + r.Before.Fys + r.Before.Vrz + r.Before.Soc + r.Before.Onv, 1e-12);
    }

    [Fact]
    public void A_share_derived_from_a_changed_count_follows_it()
    {
        var r = Ask("BU05991571", "population_65plus=+50%");
        var share = r.Inputs.Single(i => i.Indicator == "share_65plus");
        Assert.False(share.Requested); // it follows; the count itself is not a term of the release
        // Independent: share = count / population, and only the count changed.
        Assert.Equal(1.5 * share.Before, share.After, 1e-9);
        Assert.Empty(r.Notes.Where(n => n.Contains("set directly")));
    }

    [Fact]
    public void Nothing_changed_means_no_change()
    {
        var r = Ask("BU0363AA01", "crime_per_1000=+0%");
        Assert.Equal(r.Before.Afw, r.After.Afw);
        Assert.Empty(r.Contributions);
        Assert.Empty(r.Inputs);
    }

    [Fact]
    public void As_in_another_area_copies_its_value_and_flags_extrapolation_outside_the_fitted_range()
    {
        // Tarwewijk takes Annen's distance to a supermarket; asked the other way round, Annen's own value is "before".
        var copied = Ask("BU05991571", "dist_supermarket_km=as:BU16800000").Inputs.Single(i => i.Indicator == "dist_supermarket_km");
        var annen = Ask("BU16800000", "dist_supermarket_km=as:BU05991571").Inputs.Single(i => i.Indicator == "dist_supermarket_km");
        Assert.Equal(annen.Before, copied.After);
        Assert.Equal(copied.Before, annen.After);
        Assert.False(copied.Extrapolated);

        var far = Ask("BU05991571", "dist_supermarket_km=500");
        var shift = far.Inputs.Single(i => i.Indicator == "dist_supermarket_km");
        Assert.True(shift.Extrapolated, $"500 km lies outside {shift.SeenMin} … {shift.SeenMax}");
        Assert.Contains(far.Notes, n => n.Contains("extrapolation"));
    }

    [Fact]
    public void Bad_questions_get_clear_errors()
    {
        Assert.Contains("no_such_indicator", Assert.Throws<NotFoundException>(() => Ask("BU05991571", "no_such_indicator=1")).Message);
        Assert.Contains("GM0599", Assert.Throws<InvalidInputException>(() => Ask("GM0599", "crime_per_1000=1")).Message);
        Assert.Contains("abc", Assert.Throws<InvalidInputException>(() => WhatIfChange.Parse("crime_per_1000=abc")).Message);
        Assert.Throws<InvalidInputException>(() => WhatIfChange.Parse("crime_per_1000"));
    }
}
