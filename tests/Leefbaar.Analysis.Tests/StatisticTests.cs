using Leefbaar.Core.Statistics;
using Leefbaar.Analysis.EarlyWarning;
using Leefbaar.Analysis.Inequality;
using Leefbaar.Analysis.Spatial;
using Leefbaar.Analysis.Trends;
using Leefbaar.Analysis.Weights;
using NetTopologySuite.Geometries;

namespace Leefbaar.Analysis.Tests;

/// <summary>The formulas on small cases worked out by hand.</summary>
public sealed class StatisticTests
{
    private static readonly GeometryFactory F = new();

    private static Polygon Square(double x, double y, double size = 1) => F.CreatePolygon([
        new(x, y), new(x + size, y), new(x + size, y + size), new(x, y + size), new(x, y)]);

    [Fact]
    public void Queen_links_corner_neighbours_and_rook_only_edge_neighbours()
    {
        // a 2×2 grid: A(0,0) B(1,0) C(0,1) D(1,1); A and D touch at one corner only
        string[] ids = ["A", "B", "C", "D"];
        Geometry[] shapes = [Square(0, 0), Square(1, 0), Square(0, 1), Square(1, 1)];
        var queen = Contiguity.Queen(ids, shapes);
        var rook = Contiguity.Rook(ids, shapes);
        Assert.Equal([1, 2, 3], queen.Neighbours[0]);
        Assert.Equal([1, 2], rook.Neighbours[0]);
        Assert.Equal(12, queen.S0);
        Assert.Equal(8, rook.S0);
    }

    [Fact]
    public void Moran_on_a_checkerboard_is_minus_one_and_S1_counts_asymmetric_links_twice()
    {
        // rook on 2×2: A–B, A–C, B–D, C–D; values alternate like a checkerboard → perfect negative autocorrelation
        string[] ids = ["A", "B", "C", "D"];
        var rook = Contiguity.Rook(ids, [Square(0, 0), Square(1, 0), Square(0, 1), Square(1, 1)]).RowStandardised();
        var m = GlobalMoran.Compute(rook, [1, 0, 0, 1], permutations: 0);
        Assert.Equal(-1, m.I, 12);
        Assert.Equal(-1.0 / 3, m.EI, 12);
        // one-directional link A→B with weight 1: S1 = ½[(1+0)² + (0+1)²] = 1, S2 = (1+0)² + (0+1)² = 2
        var oneWay = new SpatialWeights(["A", "B"], [[1], []], [[1.0], []], "test");
        Assert.Equal(1, oneWay.S1);
        Assert.Equal(2, oneWay.S2);
    }

    [Fact]
    public void Gini_Theil_and_the_exact_Theil_decomposition()
    {
        // x = 1, 3 with equal weight: Gini = Σ|xi−xj| / (2n²μ) = 4 / 16; Theil = ½(½ ln ½ + 1.5 ln 1.5)
        var r = InequalityMeasures.Compute(2024, [1, 3], [1, 1]);
        Assert.Equal(0.25, r.Gini, 12);
        Assert.Equal(0.5 * (0.5 * Math.Log(0.5) + 1.5 * Math.Log(1.5)), r.Theil, 12);
        // weights act as repeated observations: (1 with weight 2, 3 with weight 1) = (1, 1, 3)
        var weighted = InequalityMeasures.Compute(2024, [1, 3], [2, 1]);
        var repeated = InequalityMeasures.Compute(2024, [1, 1, 3], [1, 1, 1]);
        Assert.Equal(repeated.Gini, weighted.Gini, 12);
        Assert.Equal(repeated.Theil, weighted.Theil, 12);
        var split = InequalityMeasures.Compute(2024, [1, 2, 4, 8], [1, 2, 1, 3], ["a", "a", "b", "b"], "test");
        Assert.Equal(split.Theil, split.TheilBetween!.Value + split.TheilWithin!.Value, 12);
        Assert.Throws<ArgumentException>(() => InequalityMeasures.Compute(2024, [-0.1, 0.2], [1, 1]));
    }

    [Fact]
    public void Benjamini_Hochberg_threshold()
    {
        // m = 5, α = 0.05: k/m·α = 0.01, 0.02, 0.03, 0.04, 0.05; sorted p 0.001, 0.015, 0.04, 0.041, 0.9 → largest passing is 0.015
        Assert.Equal(0.015, FalseDiscovery.Threshold([0.9, 0.04, 0.001, 0.041, 0.015], 0.05));
        Assert.Equal(0, FalseDiscovery.Threshold([0.5, 0.6], 0.05));
    }

    [Fact]
    public void Development_classes_are_symmetric_around_no_change()
    {
        Assert.Equal(5, DevelopmentClass.Of(0));
        Assert.Equal(5, DevelopmentClass.Of(-0.01));
        Assert.Equal(6, DevelopmentClass.Of(0.01));
        Assert.Equal(4, DevelopmentClass.Of(-0.011));
        Assert.Equal(1, DevelopmentClass.Of(-0.2));
        Assert.Equal(9, DevelopmentClass.Of(0.08));
        Assert.Equal("geen verandering", DevelopmentClass.Label(5));
    }

    [Fact]
    public void Auc_precision_and_a_ridge_logistic_fit()
    {
        // positives at 0.35 and 0.8, negatives at 0.1 and 0.4: 3 of 4 positive–negative pairs ordered right
        Assert.Equal(0.75, RankMetrics.Auc([0.1, 0.4, 0.35, 0.8], [false, false, true, true]));
        Assert.Equal(0.5, RankMetrics.Auc([1, 1, 1, 1], [false, true, false, true]));
        Assert.Equal(1, RankMetrics.PrecisionAtTop([0.1, 0.4, 0.35, 0.8], [false, false, true, true], 0.25));

        // outcome = x > 0 with one flip: the fitted coefficient is positive and shrinks with the penalty
        double[][] x = [[-2], [-1], [-0.5], [0.5], [1], [2], [1.5], [-1.5]];
        bool[] y = [false, false, true, true, true, true, true, false];
        var loose = LogisticRegression.Fit(x, y, 0.1);
        var tight = LogisticRegression.Fit(x, y, 100);
        Assert.True(loose.Coefficients[0] > tight.Coefficients[0] && tight.Coefficients[0] > 0);
        Assert.True(loose.Predict([2]) > 0.5 && loose.Predict([-2]) < 0.5);
    }
}
