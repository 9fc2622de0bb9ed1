using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Leefbaar.Geo.Points;

/// <summary>
/// Nearest-point distance for every populated cell centre, one block of neighbouring cells at a time: a KD-tree
/// walk with the block's bounding box finds the leaves that can hold the nearest point of any cell in the block
/// (those no farther than the best "farthest corner" distance of a point), then each cell scans only those leaves.
/// Blocks are aligned Morton runs; a block with too many candidate leaves is split into its four quadrants.
/// The answer is the exact minimum of the same dx² + dy² as the per-cell query, so results are identical.
/// </summary>
internal static class TileNearest
{
    /// <summary>Side of the top-level blocks as a power of two of cells (2^4 = 16 cells = 1.6 km).</summary>
    private const int TopLevel = 4;
    /// <summary>A block with more candidate leaves than this is split (8–64 measured within noise of each other nationally).</summary>
    private const int MaxLeaves = 24;

    /// <summary>Distance from each cell centre to the nearest tree point (+∞ when the tree is empty).</summary>
    public static float[] Distances(CellGrid grid, PointKdTree tree)
    {
        var result = new float[grid.CellCount];
        if (tree.Count == 0) { Array.Fill(result, float.PositiveInfinity); return result; }
        var order = grid.Order;
        var starts = BlockStarts(order.Codes, 2 * TopLevel);
        Parallel.For(0, starts.Count - 1, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            () => new Scratch(), (b, _, s) => { Solve(grid, tree, order, starts[b], starts[b + 1], TopLevel, s, result); return s; }, _ => { });
        return result;
    }

    /// <summary>Start of every run of equal code >> shift, plus the end.</summary>
    private static List<int> BlockStarts(ulong[] codes, int shift)
    {
        var starts = new List<int>();
        for (var i = 0; i < codes.Length; i++) if (i == 0 || codes[i] >> shift != codes[i - 1] >> shift) starts.Add(i);
        starts.Add(codes.Length);
        return starts;
    }

    /// <summary>Per-worker buffers: candidate leaves (node, lo, hi).</summary>
    private sealed class Scratch
    {
        public int[] Node = new int[256], Lo = new int[256], Hi = new int[256];
        public double[] Md = new double[256];
        /// <summary>Boxes of the kept leaves, contiguous: minX, maxX, minY, maxY.</summary>
        public double[] Box = new double[4 * 256];
        public void Grow()
        {
            var n = Node.Length * 2;
            Array.Resize(ref Node, n); Array.Resize(ref Lo, n); Array.Resize(ref Hi, n); Array.Resize(ref Md, n); Array.Resize(ref Box, 4 * n);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Solve(CellGrid g, PointKdTree t, CellOrder order, int a, int b, int level, Scratch s, float[] result)
    {
        double[] cxs = order.X, cys = order.Y;
        double x0 = double.PositiveInfinity, x1 = double.NegativeInfinity, y0 = double.PositiveInfinity, y1 = double.NegativeInfinity;
        for (var i = a; i < b; i++)
        {
            double cx = cxs[i], cy = cys[i];
            if (cx < x0) x0 = cx; if (cx > x1) x1 = cx; if (cy < y0) y0 = cy; if (cy > y1) y1 = cy;
        }
        var leaves = Candidates(t, x0, x1, y0, y1, s);
        if (leaves > MaxLeaves && level > 0 && b - a > 1)
        {
            var shift = 2 * (level - 1); var codes = order.Codes;
            var from = a;
            for (var i = a + 1; i <= b; i++)
                if (i == b || codes[i] >> shift != codes[from] >> shift) { Solve(g, t, order, from, i, level - 1, s, result); from = i; }
            return;
        }
        double[] px = t.TreeX, py = t.TreeY; var box = s.Box;
        var last = t.Count - Vector256<double>.Count;
        for (var i = a; i < b; i++)
        {
            double qx = cxs[i], qy = cys[i];
            var best = double.PositiveInfinity;
            var vqx = Vector256.Create(qx); var vqy = Vector256.Create(qy);
            for (var l = 0; l < leaves; l++)
            {
                var dx = qx < box[4 * l] ? box[4 * l] - qx : qx > box[4 * l + 1] ? qx - box[4 * l + 1] : 0;
                var dy = qy < box[4 * l + 2] ? box[4 * l + 2] - qy : qy > box[4 * l + 3] ? qy - box[4 * l + 3] : 0;
                if (dx * dx + dy * dy > best) continue;
                best = Math.Min(best, ScanLeaf(px, py, s.Lo[l], s.Hi[l], last, vqx, vqy, qx, qy));
            }
            result[order.Cells[i]] = (float)Math.Sqrt(best);
        }
    }

    /// <summary>
    /// Least dx² + dy² over the leaf's points, four at a time (same per-lane IEEE operations as the scalar query, no
    /// fused multiply-add). The last vector may overlap the next leaf: extra real points cannot lower the exact minimum.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double ScanLeaf(double[] px, double[] py, int lo, int hi, int last, Vector256<double> qx, Vector256<double> qy, double sx, double sy)
    {
        if (last < 0)
        {
            var m = double.PositiveInfinity;
            for (var k = lo; k < hi; k++) { var ex = px[k] - sx; var ey = py[k] - sy; m = Math.Min(m, ex * ex + ey * ey); }
            return m;
        }
        var acc = Vector256.Create(double.PositiveInfinity);
        for (var k = lo; k < hi; k += Vector256<double>.Count)
        {
            var at = Math.Min(k, last);
            var ex = Vector256.Create<double>(px.AsSpan(at, 4)) - qx;
            var ey = Vector256.Create<double>(py.AsSpan(at, 4)) - qy;
            acc = Vector256.Min(acc, ex * ex + ey * ey);
        }
        return Math.Min(Math.Min(acc[0], acc[1]), Math.Min(acc[2], acc[3]));
    }

    /// <summary>
    /// Collects into the scratch the leaves whose box is within U of the block box, U² being the least over the
    /// visited points of the squared distance to the block's farthest corner (an upper bound of every cell's answer),
    /// nearest leaves first. Returns how many.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Candidates(PointKdTree t, double x0, double x1, double y0, double y1, Scratch s)
    {
        var (bx0, bx1, by0, by1) = t.Boxes;
        double[] px = t.TreeX, py = t.TreeY;
        Span<int> nodes = stackalloc int[64]; Span<int> los = stackalloc int[64]; Span<int> his = stackalloc int[64];
        var top = 1; nodes[0] = 0; los[0] = 0; his[0] = t.Count;
        var u2 = double.PositiveInfinity; var found = 0;
        while (top > 0)
        {
            top--;
            int node = nodes[top], lo = los[top], hi = his[top];
            var md = BoxGap2(bx0[node], bx1[node], by0[node], by1[node], x0, x1, y0, y1);
            if (md > u2) continue;
            if (hi - lo <= PointKdTree.LeafSize)
            {
                for (var k = lo; k < hi; k++)
                {
                    var fx = Math.Max(px[k] - x0, x1 - px[k]); var fy = Math.Max(py[k] - y0, y1 - py[k]);
                    var far = fx * fx + fy * fy;
                    if (far < u2) u2 = far;
                }
                if (found == s.Node.Length) s.Grow();
                s.Node[found] = node; s.Lo[found] = lo; s.Hi[found] = hi; s.Md[found] = md; found++;
                continue;
            }
            var mid = lo + (hi - lo) / 2;
            int left = 2 * node + 1, right = 2 * node + 2;
            var dl = BoxGap2(bx0[left], bx1[left], by0[left], by1[left], x0, x1, y0, y1);
            var dr = BoxGap2(bx0[right], bx1[right], by0[right], by1[right], x0, x1, y0, y1);
            if (dl <= dr)
            {
                nodes[top] = right; los[top] = mid; his[top] = hi; top++;
                nodes[top] = left; los[top] = lo; his[top] = mid; top++;
            }
            else
            {
                nodes[top] = left; los[top] = lo; his[top] = mid; top++;
                nodes[top] = right; los[top] = mid; his[top] = hi; top++;
            }
        }
        // Keep the leaves still within the final bound, in visiting (near-first) order.
        var kept = 0;
        for (var l = 0; l < found; l++)
            if (s.Md[l] <= u2)
            {
                var node = s.Node[l];
                s.Node[kept] = node; s.Lo[kept] = s.Lo[l]; s.Hi[kept] = s.Hi[l]; s.Md[kept] = s.Md[l];
                s.Box[4 * kept] = bx0[node]; s.Box[4 * kept + 1] = bx1[node]; s.Box[4 * kept + 2] = by0[node]; s.Box[4 * kept + 3] = by1[node];
                kept++;
            }
        return kept;
    }

    /// <summary>Squared gap between a node box and the block box (0 when they overlap).</summary>
    private static double BoxGap2(double nx0, double nx1, double ny0, double ny1, double x0, double x1, double y0, double y1)
    {
        var dx = x1 < nx0 ? nx0 - x1 : x0 > nx1 ? x0 - nx1 : 0;
        var dy = y1 < ny0 ? ny0 - y1 : y0 > ny1 ? y0 - ny1 : 0;
        return dx * dx + dy * dy;
    }
}
