using Leefbaar.Geo.Points;

namespace Leefbaar.Geo.Tests.Points;

/// <summary>
/// The fast kernels (bitmap binning, block-wise nearest, scattered radius counts) equal brute force on many seeded
/// inputs: duplicates, ties, points exactly on cell borders and on the 300 m / 1 km / 3 km circles, empty sets.
/// </summary>
public class KernelPropertyTests
{
    public static TheoryData<int, int, int, double> Cases => new()
    {
        { 1, 3000, 400, 3000 }, { 2, 2000, 50, 8000 }, { 3, 4000, 1500, 2000 }, { 4, 500, 7, 20_000 },
        { 5, 1, 1, 100 }, { 6, 2500, 0, 5000 }, { 7, 3000, 900, 12_000 }, { 8, 64, 3000, 1000 },
    };

    [Theory, MemberData(nameof(Cases))]
    public void Binning_matches_brute_force(int seed, int n, int m, double spread)
    {
        var (x, y, persons, _, _) = KernelCases.Create(seed, n, m, spread);
        var grid = CellGrid.Build(x, y, persons);
        var (ox, oy, cols, rows) = CellGrid.Extent(x, y, 100);
        Assert.Equal((ox, oy, cols, rows), (grid.OriginX, grid.OriginY, grid.Cols, grid.Rows));
        var byKey = new SortedDictionary<int, (int N, double W)>();
        var keyOf = new int[n];
        for (var i = 0; i < n; i++)
        {
            keyOf[i] = (int)((x[i] - ox) * (1 / 100.0)) * rows + (int)((y[i] - oy) * (1 / 100.0));
            var (c, w) = byKey.GetValueOrDefault(keyOf[i]);
            byKey[keyOf[i]] = (c + 1, w + persons[i]);
        }
        Assert.Equal(byKey.Keys, grid.Keys);
        Assert.Equal(byKey.Values.Select(v => v.N), grid.Counts);
        Assert.Equal(byKey.Values.Select(v => v.W), grid.Weights);
        for (var i = 0; i < n; i++) Assert.Equal(keyOf[i], grid.Keys[grid.CellOfPoint[i]]);
        var dense = grid.IndexOfKey;
        for (var k = 0; k < cols * rows; k++) Assert.Equal(byKey.ContainsKey(k) ? Array.BinarySearch(grid.Keys, k) : -1, dense[k]);
        Assert.Empty(CellGrid.Build(x, y, null).Weights);
    }

    [Theory, MemberData(nameof(Cases))]
    public void Nearest_and_counts_match_brute_force(int seed, int n, int m, double spread)
    {
        var (x, y, _, ax, ay) = KernelCases.Create(seed, n, m, spread);
        var grid = CellGrid.Build(x, y, null);
        var tree = new PointKdTree(ax, ay);
        var radii = new double[] { 300, 1000, 3000, 0, 150 };
        var nearest = GridIndicators.NearestDistances(grid, tree);
        var counts = GridIndicators.CountsWithin(grid, tree, radii);
        for (var c = 0; c < grid.CellCount; c++)
        {
            double cx = grid.CentreX(c), cy = grid.CentreY(c), best = double.PositiveInfinity;
            var expected = new int[radii.Length];
            for (var i = 0; i < m; i++)
            {
                double dx = ax[i] - cx, dy = ay[i] - cy, d2 = dx * dx + dy * dy;
                best = Math.Min(best, d2);
                for (var r = 0; r < radii.Length; r++) if (d2 <= radii[r] * radii[r]) expected[r]++;
            }
            Assert.Equal((float)Math.Sqrt(best), nearest[c]);
            Assert.Equal(tree.Nearest(cx, cy).Distance, Math.Sqrt(best));
            for (var r = 0; r < radii.Length; r++) Assert.Equal(expected[r], counts[r][c]);
        }
    }

    [Fact]
    public void Boundary_points_are_counted_on_the_circle_and_not_beyond()
    {
        // One dwelling cell centred at (100 050, 400 050); amenities exactly on and just outside each radius.
        var grid = CellGrid.Build([100_000.0, 100_099.0], [400_000.0, 400_099.0], null);
        double cx = grid.CentreX(0), cy = grid.CentreY(0);
        double[] ax = [cx + 180, cx - 600, cx, cx + 1800, Math.BitIncrement(cx + 300), cx + 3000, cx + 3000, cx];
        double[] ay = [cy + 240, cy - 800, cy + 1000, cy - 2400, cy, cy, cy, Math.BitDecrement(cy - 300)];
        var counts = GridIndicators.CountsWithin(grid, new PointKdTree(ax, ay), [300, 1000, 3000]);
        Assert.Equal([1f, 5f, 8f], counts.Select(c => c[0]));
        Assert.Equal(300f, GridIndicators.NearestDistances(grid, new PointKdTree(ax, ay))[0]);
    }

    [Fact]
    public void Empty_tree_gives_infinite_distance_and_zero_counts()
    {
        var grid = CellGrid.Build([1.0, 500.0, 2500.0], [1.0, 700.0, 90.0], null);
        var empty = new PointKdTree([], []);
        Assert.All(GridIndicators.NearestDistances(grid, empty), d => Assert.Equal(float.PositiveInfinity, d));
        Assert.All(GridIndicators.CountsWithin(grid, empty, [1000])[0], n => Assert.Equal(0f, n));
    }

    [Fact]
    public void No_dwellings_give_an_empty_grid_and_empty_indicators()
    {
        var grid = CellGrid.Build([], [], []);
        Assert.Equal(0, grid.CellCount);
        var tree = new PointKdTree([1.0, 2.0], [3.0, 4.0]);
        Assert.Empty(GridIndicators.NearestDistances(grid, tree));
        Assert.Empty(GridIndicators.CountsWithin(grid, tree, [300])[0]);
    }

    [Theory, MemberData(nameof(Cases))]
    public void Events_per_1000_equal_the_per_cell_tree_queries_bit_for_bit(int seed, int n, int m, double spread)
    {
        var (x, y, persons, ex, ey) = KernelCases.Create(seed, n, m, spread);
        var grid = CellGrid.Build(x, y, persons);
        // Odd seeds: cell weights with low-order bits, so the scattered sums are not provably exact and the tree is used.
        if (seed % 2 == 1)
            grid = new CellGrid
            {
                OriginX = grid.OriginX, OriginY = grid.OriginY, Size = grid.Size, Cols = grid.Cols, Rows = grid.Rows, Keys = grid.Keys,
                Counts = grid.Counts, CellOfPoint = grid.CellOfPoint, Weights = grid.Weights.Select((v, i) => v + (i % 3 + 1) * 1e-12).ToArray(),
            };
        // (A single cell's weight always sums exactly, so the path is only pinned down with several cells.)
        if (grid.CellCount > 1) Assert.Equal(seed % 2 == 0, LatticeCounts.CellWeightsWithin(grid, GridIndicators.EventRadius) is not null);
        var events = new PointKdTree(ex, ey);
        var rate = GridIndicators.EventsPer1000(grid, events, GridIndicators.EventRadius);
        var cx = Enumerable.Range(0, grid.CellCount).Select(grid.CentreX).ToArray();
        var cy = Enumerable.Range(0, grid.CellCount).Select(grid.CentreY).ToArray();
        var people = new PointKdTree(cx, cy, grid.Weights);
        for (var c = 0; c < grid.CellCount; c++)
        {
            var inhabitants = people.SumWithin(cx[c], cy[c], GridIndicators.EventRadius);
            var expected = inhabitants > 0 ? (float)(1000.0 * events.CountWithin(cx[c], cy[c], GridIndicators.EventRadius) / inhabitants) : float.NaN;
            Assert.Equal(expected, rate[c]);
        }
    }
}
