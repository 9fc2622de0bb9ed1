using Leefbaar.Model.Scoring;

namespace Leefbaar.Model.Tests.RealData;

/// <summary>
/// Exact additivity of the default release on the real 2024 buurten: afw is the sum of the five dimensions, and
/// each dimension is its base plus the indicators' contributions as the explanation reports them.
/// </summary>
[Collection(RealDataCollection.Name)]
public class AdditivityTests(RealDataFixture fixture)
{
    private static readonly string[] Dims = ["won", "fys", "vrz", "soc", "onv"];

    [Fact]
    public void Every_scored_buurt_is_additive_and_fully_explained()
    {
        var release = fixture.Release;
        var scores = Scorer.Score(release, fixture.Table, "buurt");
        Assert.Equal(14_574, scores.Count); // every buurt of CBS division 2024 in the store has inputs
        var index = fixture.Table.IndexByCode();
        foreach (var s in scores)
        {
            Assert.True(Math.Abs(s.Afw - (s.Won + s.Fys + s.Vrz + s.Soc + s.Onv)) <= 1e-12, s.Code);
            Assert.Equal(release.Constant + s.Afw, s.Lbm, 1e-12);
            var contributions = Explainer.Explain(release, fixture.Table, index[s.Code]);
            Assert.Equal(release.Terms.Count, contributions.Count);
            double[] dims = [s.Won, s.Fys, s.Vrz, s.Soc, s.Onv];
            for (var d = 0; d < 5; d++)
            {
                var explained = release.DimensionBase[Dims[d]] + contributions.Sum(c => c.PerDimension[Dims[d]]);
                Assert.True(Math.Abs(explained - dims[d]) <= 1e-9, $"{s.Code} {Dims[d]}: {explained} vs {dims[d]}");
            }
            var total = release.DimensionBase.Values.Sum() + contributions.Sum(c => c.Total);
            Assert.True(Math.Abs(total - s.Afw) <= 1e-9, $"{s.Code} afw");
        }
    }
}
