using Leefbaar.Model.Catalogue;
using Leefbaar.Model.Releases;
using Leefbaar.Model.Scoring;
using Leefbaar.TestSupport;

namespace Leefbaar.Model.Tests.Scoring;

/// <summary>Custom-area combination against sums written out by hand, with the published default release's classes.</summary>
public sealed class AreaCombinationTests
{
    private static readonly ModelRelease Release = ReleaseJson.Load(
        Directory.GetFiles(Path.Combine(SharedData.RepositoryRoot(), "releases"), "leefbaar-lbm3-2024-default-*.json").Order().Last(), IndicatorCatalogue.Default);

    private static AreaScore Buurt(string code, double inhabitants, params double[] dims) =>
        Scorer.Make(Release, code, code, "GM0599", 2024, dims, inhabitants, true);

    [Fact]
    public void One_wholly_covered_buurt_is_that_buurt()
    {
        var b = Buurt("BU1", 2400, -0.05, 0.01, 0.02, -0.03, -0.04);
        var c = AreaCombination.Combine(Release, "custom-1", "Plan", [(b, 1.0, 1e6, null)])!;
        Assert.Equal(b.Afw, c.Score.Afw, 12);
        Assert.Equal(b.Class, c.Score.Class);
        Assert.Equal(b.AfwLower, c.Score.AfwLower, 12);
        Assert.Equal(b.AfwUpper, c.Score.AfwUpper, 12);
        Assert.Equal(b.PWeak, c.Score.PWeak, 12);
        Assert.Equal(b.PWeak, c.ShareWeak, 12);
        Assert.Equal(CombinationWeights.Inhabitants, c.Weights);
    }

    [Fact]
    public void Two_buurten_give_the_mean_weighted_by_covered_inhabitants()
    {
        var a = Buurt("BU1", 1000, -0.10, -0.02, 0.03, -0.05, -0.08);
        var b = Buurt("BU2", 3000, 0.04, 0.02, -0.01, 0.03, 0.02);
        // All of BU1 (1000 inhabitants) and half of BU2 (1500): weights 1000 and 1500.
        var c = AreaCombination.Combine(Release, "custom-1", "Plan", [(a, 1.0, 1e6, null), (b, 0.5, 2e6, null)])!;
        Assert.Equal((1000 * a.Won + 1500 * b.Won) / 2500, c.Score.Won, 12);
        Assert.Equal((1000 * a.Onv + 1500 * b.Onv) / 2500, c.Score.Onv, 12);
        Assert.Equal((1000 * a.Afw + 1500 * b.Afw) / 2500, c.Score.Afw, 12);
        Assert.Equal(c.Score.Won + c.Score.Fys + c.Score.Vrz + c.Score.Soc + c.Score.Onv, c.Score.Afw, 12);
        Assert.Equal((1000 * a.AfwLower + 1500 * b.AfwLower) / 2500, c.Score.AfwLower, 12);
        Assert.Equal((1000 * a.PWeak + 1500 * b.PWeak) / 2500, c.ShareWeak, 12);
        Assert.Equal(2500, c.Score.Weight, 9);
        Assert.True(double.IsNaN(c.Score.PWeak)); // P(weak) is about one buurt
        Assert.Equal("GM0599", c.Score.Gemeente);
        Assert.InRange(c.Score.Class, Math.Min(a.Class, b.Class), Math.Max(a.Class, b.Class));
    }

    [Fact]
    public void Uninhabited_parts_are_weighted_by_covered_area()
    {
        var a = Buurt("BU1", 0, -0.10, 0, 0, 0, 0);
        var b = Buurt("BU2", 0, 0.10, 0, 0, 0, 0);
        var c = AreaCombination.Combine(Release, "custom-1", "Haven", [(a, 1.0, 3e5, null), (b, 0.2, 1e5, null)])!;
        Assert.Equal(CombinationWeights.Area, c.Weights);
        Assert.Equal((3e5 * -0.10 + 1e5 * 0.10) / 4e5, c.Score.Afw, 12);
        Assert.False(c.Score.Reliable);
    }

    [Fact]
    public void A_residents_share_from_cells_replaces_the_area_share_in_the_weight()
    {
        var a = Buurt("BU1", 1000, -0.10, -0.02, 0.03, -0.05, -0.08);
        var b = Buurt("BU2", 3000, 0.04, 0.02, -0.01, 0.03, 0.02);
        // Half of BU2's area but, by its 100 m cells, only a tenth of its residents: weights 1000 and 300, not 1500.
        var c = AreaCombination.Combine(Release, "custom-1", "Plan", [(a, 1.0, 1e6, null), (b, 0.5, 2e6, 0.1)])!;
        Assert.Equal((1000 * a.Afw + 300 * b.Afw) / 1300, c.Score.Afw, 12);
        Assert.Equal(1300, c.Score.Weight, 9);
        Assert.Equal([1000.0, 300.0], c.Parts.Select(p => p.Weight));
        Assert.Equal(0.5, c.Parts[1].Share, 12);
        Assert.Equal(0.1, c.Parts[1].ResidentShare);
        Assert.Null(c.Parts[0].ResidentShare);
    }

    [Fact]
    public void Nothing_covered_gives_no_score() => Assert.Null(AreaCombination.Combine(Release, "custom-1", "Zee", []));
}
