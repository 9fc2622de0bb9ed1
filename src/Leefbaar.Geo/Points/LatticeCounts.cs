using System.Runtime.CompilerServices;
namespace Leefbaar.Geo.Points;

/// <summary>
/// Radius counts for every populated cell centre by scattering the points instead of querying per cell: a point
/// covers, per grid column, one contiguous run of rows (exactly those centres with dx² + dy² ≤ r², tested with the
/// same floating-point expression as the per-cell query), and a run of a column is a contiguous range of populated
/// cells (keys are column-major), so each point adds two entries to a difference array per column. Cost: points ×
/// columns spanned, independent of how many points fall inside the circle.
/// </summary>
internal static class LatticeCounts
{
    private const int ChunkSize = 4096;

    /// <summary>Per radius, the number of points (<paramref name="px"/>, <paramref name="py"/>) within that distance of each cell centre.</summary>
    public static float[][] Count(CellGrid grid, double[] px, double[] py, IReadOnlyList<double> radii)
    {
        var cells = grid.CellCount; var n = px.Length; var nr = radii.Count;
        var result = new float[nr][];
        for (var r = 0; r < nr; r++) result[r] = new float[cells];
        if (n == 0 || cells == 0 || nr == 0) return result;
        var rank = grid.Rank;
        var locals = new List<int[][]>();
        Parallel.For(0, (n + ChunkSize - 1) / ChunkSize, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            () => NewDiffs(nr, cells), (c, _, diff) =>
            {
                for (var r = 0; r < nr; r++) ScatterChunk(grid, rank, px, py, c * ChunkSize, Math.Min(n, (c + 1) * ChunkSize), radii[r], diff[r]);
                return diff;
            }, diff => { lock (locals) locals.Add(diff); });
        Parallel.For(0, nr, r =>
        {
            var run = 0; var res = result[r];
            for (var k = 0; k < cells; k++)
            {
                foreach (var d in locals) run += d[r][k];
                res[k] = run;
            }
        });
        return result;
    }

    /// <summary>
    /// Per cell, the sum of the weights of the populated cell centres within <paramref name="r"/> (the grid's own
    /// centres as points), or null when the sums might depend on the order of addition: only when every weight is a
    /// multiple of one power of two and their total stays below 2^52 of it is every partial sum exact, so the result
    /// equals the KD-tree's subtree sums bit for bit.
    /// </summary>
    public static double[]? CellWeightsWithin(CellGrid grid, double r)
    {
        var w = grid.Weights; var cells = grid.CellCount;
        if (w.Length != cells || !SumsAreExact(w)) return null;
        var rank = grid.Rank;
        var locals = new List<double[]>();
        Parallel.For(0, (cells + ChunkSize - 1) / ChunkSize, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            () => new double[cells + 1], (c, _, diff) =>
            {
                var hi = Math.Min(cells, (c + 1) * ChunkSize);
                // Cell order of the grid is column-major: consecutive scatters touch neighbouring difference entries.
                for (var k = c * ChunkSize; k < hi; k++)
                    if (w[k] != 0) Scatter(grid, rank, grid.CentreX(k), grid.CentreY(k), r, diff, w[k]);
                return diff;
            }, diff => { lock (locals) locals.Add(diff); });
        var result = new double[cells];
        double run = 0;
        for (var k = 0; k < cells; k++)
        {
            foreach (var d in locals) run += d[k];
            result[k] = run;
        }
        return result;
    }

    /// <summary>True when all weights are multiples of 2^e (e = the lowest set bit over all) and Σ|w| ≤ 2^(52+e).</summary>
    private static bool SumsAreExact(double[] w)
    {
        var lowest = int.MaxValue; double total = 0;
        foreach (var v in w)
        {
            if (!double.IsFinite(v)) return false;
            if (v == 0) continue;
            var bits = BitConverter.DoubleToInt64Bits(v);
            var exp = (int)((bits >> 52) & 0x7FF); var man = bits & 0xFFFFFFFFFFFFFL;
            var low = exp == 0 ? -1074 + System.Numerics.BitOperations.TrailingZeroCount(man)
                : exp - 1075 + System.Numerics.BitOperations.TrailingZeroCount(man | 1L << 52);
            lowest = Math.Min(lowest, low);
            total += Math.Abs(v);
        }
        return lowest == int.MaxValue || total <= Math.ScaleB(1, 52 + lowest) / 2;
    }

    private static int[][] NewDiffs(int nr, int cells)
    {
        var d = new int[nr][];
        for (var r = 0; r < nr; r++) d[r] = new int[cells + 1];
        return d;
    }

    /// <summary>Scatters the points [lo, hi) at one radius (radius-major keeps one difference array hot).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ScatterChunk(CellGrid g, CellRank rank, double[] px, double[] py, int lo, int hi, double r, int[] diff)
    {
        for (var i = lo; i < hi; i++) Scatter(g, rank, px[i], py[i], r, diff, 1);
    }

    /// <summary>Adds one point's coverage (its weight) at radius <paramref name="r"/> to the difference array.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Scatter<T>(CellGrid g, CellRank rank, double px, double py, double r, T[] diff, T weight) where T : System.Numerics.INumber<T>
    {
        var r2 = r * r;
        if (double.IsNaN(r2)) return;
        double ox = g.OriginX, oy = g.OriginY, size = g.Size; int cols = g.Cols, rows = g.Rows;
        var ra = Math.Abs(r);
        // Approximate column range, widened by one and then shrunk with the exact test (the exact set is contiguous).
        var c0 = Clamp(Math.Ceiling((px - ra - ox) / size - 0.5) - 1, cols);
        var c1 = Clamp(Math.Floor((px + ra - ox) / size - 0.5) + 1, cols);
        while (c0 <= c1 && Dx2(px, ox, size, c0) > r2) c0++;
        while (c1 >= c0 && Dx2(px, ox, size, c1) > r2) c1--;
        int r0 = 0, r1 = -1;
        var inv = 1 / size;
        for (var col = c0; col <= c1; col++)
        {
            var dx2 = Dx2(px, ox, size, col);
            if (r0 > r1)
            {
                // First column (or after an empty run): approximate rows from the chord half-height, widened by one.
                var h = Math.Sqrt(r2 - dx2);
                r0 = Clamp(Math.Ceiling((py - h - oy) * inv - 0.5) - 1, rows);
                r1 = Clamp(Math.Floor((py + h - oy) * inv - 0.5) + 1, rows);
            }
            else
            {
                // Neighbouring chords overlap (both hold the row nearest py): grow from the previous column's rows.
                while (r0 > 0 && Inside(dx2, py, oy, size, r0 - 1, r2)) r0--;
                while (r1 < rows - 1 && Inside(dx2, py, oy, size, r1 + 1, r2)) r1++;
            }
            while (r0 <= r1 && !Inside(dx2, py, oy, size, r0, r2)) r0++;
            while (r1 >= r0 && !Inside(dx2, py, oy, size, r1, r2)) r1--;
            if (r0 > r1) continue;
            var baseKey = col * rows;
            int from = rank.Rank(baseKey + r0), to = rank.Rank(baseKey + r1 + 1);
            if (from == to) continue;
            diff[from] += weight; diff[to] -= weight;
        }
    }

    /// <summary>The per-cell query's dx² for the centre of column <paramref name="col"/> (same expression as <see cref="CellGrid.CentreX"/>).</summary>
    private static double Dx2(double px, double ox, double size, int col) { var dx = px - (ox + (col + 0.5) * size); return dx * dx; }

    private static bool Inside(double dx2, double py, double oy, double size, int row, double r2)
    {
        var dy = py - (oy + (row + 0.5) * size);
        return dx2 + dy * dy <= r2;
    }

    private static int Clamp(double v, int count) => v <= 0 ? 0 : v >= count - 1 ? count - 1 : (int)v;
}
