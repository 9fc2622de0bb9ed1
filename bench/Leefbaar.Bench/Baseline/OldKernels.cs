using Leefbaar.Geo.Points;

namespace Leefbaar.Bench.Baseline;

/// <summary>
/// The binning, nearest and radius-count kernels as they were before the perf branch (private copies, so every
/// benchmark measures its baseline in the same run): dense key map, per-cell KD-tree queries in key order.
/// </summary>
internal static class OldKernels
{
    /// <summary>Old CellGrid.Build: serial extent, byte occupancy, dense key → index map, per-chunk count arrays.</summary>
    public static CellGrid Bin(double[] x, double[] y, float[]? weights, double size = 100)
    {
        var n = x.Length;
        var (ox, oy, cols, rows) = CellGrid.Extent(x, y, size);
        var keyOf = new int[n];
        var present = new byte[cols * rows];
        var inv = 1.0 / size;
        Parallel.For(0, Chunks(n), c =>
        {
            var (lo, hi) = Chunk(c, n);
            for (var i = lo; i < hi; i++)
            {
                var key = (int)((x[i] - ox) * inv) * rows + (int)((y[i] - oy) * inv);
                keyOf[i] = key;
                present[key] = 1;
            }
        });
        var indexOfKey = new int[present.Length];
        var count = 0;
        for (var k = 0; k < present.Length; k++) indexOfKey[k] = present[k] != 0 ? count++ : -1;
        var keys = new int[count];
        for (var k = 0; k < present.Length; k++) if (present[k] != 0) keys[indexOfKey[k]] = k;
        var counts = new int[count];
        var sums = new double[weights is null ? 0 : count];
        var gate = new object();
        Parallel.For(0, Chunks(n), () => (new int[count], weights is null ? [] : new double[count]), (c, _, local) =>
        {
            var (lo, hi) = Chunk(c, n);
            for (var i = lo; i < hi; i++)
            {
                var cell = indexOfKey[keyOf[i]];
                keyOf[i] = cell;
                local.Item1[cell]++;
                if (weights is not null) local.Item2[cell] += weights[i];
            }
            return local;
        }, local =>
        {
            lock (gate)
            {
                for (var k = 0; k < count; k++) counts[k] += local.Item1[k];
                for (var k = 0; k < sums.Length; k++) sums[k] += local.Item2[k];
            }
        });
        return new CellGrid
        {
            OriginX = ox, OriginY = oy, Size = size, Cols = cols, Rows = rows, Keys = keys, Counts = counts, Weights = sums,
            CellOfPoint = keyOf, IndexOfKey = indexOfKey,
        };
    }

    /// <summary>Old NearestDistances: per cell in key order, warm-started from the previous cell's answer.</summary>
    public static float[] Nearest(CellGrid grid, OldKdTree tree)
    {
        var result = new float[grid.CellCount];
        ForCells(grid.CellCount, (lo, hi) =>
        {
            double px = 0, py = 0, prev = double.PositiveInfinity;
            for (var c = lo; c < hi; c++)
            {
                double cx = grid.CentreX(c), cy = grid.CentreY(c);
                var bound = prev + Math.Sqrt((cx - px) * (cx - px) + (cy - py) * (cy - py));
                prev = tree.Nearest(cx, cy, bound).Distance;
                result[c] = (float)prev; px = cx; py = cy;
            }
        });
        return result;
    }

    /// <summary>Old CountsWithin: per cell and radius a KD-tree count adding whole subtrees inside the circle.</summary>
    public static float[][] CountsWithin(CellGrid grid, OldKdTree tree, IReadOnlyList<double> radii)
    {
        var result = radii.Select(_ => new float[grid.CellCount]).ToArray();
        ForCells(grid.CellCount, (lo, hi) =>
        {
            for (var c = lo; c < hi; c++)
            {
                double cx = grid.CentreX(c), cy = grid.CentreY(c);
                for (var r = 0; r < radii.Count; r++) result[r][c] = tree.CountWithin(cx, cy, radii[r]);
            }
        });
        return result;
    }

    /// <summary>Old per-type indicator loop of GridIndicators.Compute (nearest, then the three counts), without events.</summary>
    public static List<float[]> AmenityIndicators(CellGrid grid, IReadOnlyList<OldKdTree> trees, IReadOnlyList<double> radii)
    {
        var columns = new List<float[]>();
        foreach (var tree in trees)
        {
            columns.Add(Nearest(grid, tree));
            columns.AddRange(CountsWithin(grid, tree, radii));
        }
        return columns;
    }

    private static void ForCells(int count, Action<int, int> body)
    {
        const int chunk = 2048;
        Parallel.For(0, (count + chunk - 1) / chunk, k => body(k * chunk, Math.Min(count, (k + 1) * chunk)));
    }

    private const int ChunkSize = 1 << 16;
    private static int Chunks(int n) => (n + ChunkSize - 1) / ChunkSize;
    private static (int, int) Chunk(int c, int n) => (c * ChunkSize, Math.Min(n, (c + 1) * ChunkSize));
}
