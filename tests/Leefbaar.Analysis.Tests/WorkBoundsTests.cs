using Leefbaar.Analysis.Spatial;
using Leefbaar.Analysis.Weights;
using NetTopologySuite.Geometries;

namespace Leefbaar.Analysis.Tests;

/// <summary>Analysis work that a request cannot make unbounded: cancellable permutation loops, a cap on weight links, and cache keys of used parameters only.</summary>
public sealed class WorkBoundsTests
{
    private static readonly GeometryFactory F = new();

    // Points on a g×g grid 100 m apart, with a smooth trend so Moran's I is defined and positive.
    private static (string[] Ids, Geometry[] Shapes, double[] Y) Grid(int g)
    {
        var ids = new List<string>();
        var shapes = new List<Geometry>();
        var y = new List<double>();
        for (var r = 0; r < g; r++)
            for (var c = 0; c < g; c++)
            {
                ids.Add($"A{r:000}{c:000}");
                shapes.Add(F.CreatePoint(new Coordinate(c * 100.0, r * 100.0)));
                y.Add(r + 0.5 * c + (r * 7 + c * 3) % 5);
            }
        return ([.. ids], [.. shapes], [.. y]);
    }

    [Fact]
    public void Moran_permutations_stop_when_the_token_is_cancelled()
    {
        var (ids, shapes, y) = Grid(10);
        var w = PointWeights.KNearest(ids, shapes, 4).RowStandardised();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        // 10^8 permutations would run for minutes; a cancelled token stops the loop at its first check.
        Assert.ThrowsAny<OperationCanceledException>(() => GlobalMoran.Compute(w, y, permutations: 100_000_000, cancel: cancelled.Token));
        Assert.True(GlobalMoran.Compute(w, y, permutations: 9).I > 0); // the same input runs without a cancelled token
    }

    [Fact]
    public void Lisa_permutations_stop_when_the_token_is_cancelled()
    {
        var (ids, shapes, y) = Grid(10);
        var w = PointWeights.KNearest(ids, shapes, 4).RowStandardised();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => LocalMoran.Compute(w, y, permutations: 100_000_000, cancel: cancelled.Token));
    }

    [Fact]
    public void Weights_stop_when_the_token_is_cancelled()
    {
        var (ids, shapes, _) = Grid(10);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => PointWeights.DistanceBand(ids, shapes, 250, cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => PointWeights.KNearest(ids, shapes, 6, cancelled.Token));
    }

    [Fact]
    public void A_distance_band_linking_every_pair_is_refused_before_it_is_built()
    {
        // 2,300 points all within 10 km of each other: 2,300 × 2,299 = 5,287,700 links, over the 5,000,000 cap.
        var (ids, shapes, _) = Grid(48);
        var n = 48 * 48;
        var e = Assert.Throws<ArgumentException>(() => PointWeights.DistanceBand(ids, shapes, 10_000));
        Assert.Contains($"{(long)n * (n - 1):N0} area pairs", e.Message);
        Assert.Contains("at most 5,000,000", e.Message);
        // A band of 150 m links each inner point with its 4 grid neighbours (100 m); diagonals are 141 m: 8 in all.
        var band = PointWeights.DistanceBand(ids, shapes, 150);
        Assert.Equal(8, band.Neighbours[49].Length);
    }

    [Fact]
    public void K_nearest_by_bounded_heap_equals_the_full_sort_with_ties_by_row()
    {
        var rng = new Random(14);
        var ids = Enumerable.Range(0, 300).Select(i => $"P{i:000}").ToArray();
        // integer coordinates on a small grid give many equal distances, so the tie rule is exercised
        var pts = ids.Select(_ => (X: (double)rng.Next(40), Y: (double)rng.Next(40))).ToArray();
        var w = PointWeights.KNearest(ids, pts.Select(p => (Geometry)F.CreatePoint(new Coordinate(p.X, p.Y))).ToArray(), 6);
        for (var i = 0; i < pts.Length; i++)
        {
            var expected = Enumerable.Range(0, pts.Length).Where(j => j != i)
                .OrderBy(j => (pts[i].X - pts[j].X) * (pts[i].X - pts[j].X) + (pts[i].Y - pts[j].Y) * (pts[i].Y - pts[j].Y)).ThenBy(j => j)
                .Take(6).Order().ToArray();
            Assert.Equal(expected, w.Neighbours[i]);
        }
    }

    [Fact]
    public void Cache_keys_hold_only_the_parameters_a_statistic_reads()
    {
        var q = new AnalysisRequest { Level = "pc4" };
        // early-warning reads no measure, no weights and (with the official event) no delta
        Assert.Equal(AnalysisKey.Of("early-warning", q), AnalysisKey.Of("early-warning", q with { Measure = "x17", Band = 99_000, Permutations = 5 }));
        Assert.Equal(AnalysisKey.Of("early-warning", q), AnalysisKey.Of("early-warning", q with { Delta = 0.5 }));
        Assert.NotEqual(AnalysisKey.Of("early-warning", q with { WarningEvent = "decline" }), AnalysisKey.Of("early-warning", q with { WarningEvent = "decline", Delta = 0.5 }));
        Assert.NotEqual(AnalysisKey.Of("early-warning", q), AnalysisKey.Of("early-warning", q with { Release = "lbm3-2020" }));

        var g = new AnalysisRequest { Level = "gemeente", Year = 2024 };
        // moran reads the measure, the weights, and k or the band only for the weights that use them
        Assert.NotEqual(AnalysisKey.Of("moran", g), AnalysisKey.Of("moran", g with { Measure = "fys" }));
        Assert.Equal(AnalysisKey.Of("moran", g), AnalysisKey.Of("moran", g with { Measure = "AFW", Band = 123, K = 9, Alpha = 0.01 }));
        Assert.NotEqual(AnalysisKey.Of("moran", g with { Weights = "distance" }), AnalysisKey.Of("moran", g with { Weights = "distance", Band = 123 }));
        Assert.Equal(AnalysisKey.Of("moran", g with { Weights = "distance" }), AnalysisKey.Of("moran", g with { Weights = "distance", K = 9 }));
        Assert.NotEqual(AnalysisKey.Of("moran", g), AnalysisKey.Of("moran", g with { Permutations = 99 }));
        // lisa also reads alpha; inequality reads neither weights nor permutations
        Assert.NotEqual(AnalysisKey.Of("lisa", g), AnalysisKey.Of("lisa", g with { Alpha = 0.01 }));
        Assert.Equal(AnalysisKey.Of("inequality", g), AnalysisKey.Of("inequality", g with { Weights = "knn", Permutations = 1 }));
        Assert.NotEqual(AnalysisKey.Of("inequality", g), AnalysisKey.Of("inequality", g with { Weighted = false }));
        // statistics never share keys
        Assert.NotEqual(AnalysisKey.Of("moran", g), AnalysisKey.Of("lisa", g));
    }
}
