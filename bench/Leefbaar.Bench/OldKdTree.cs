namespace Leefbaar.Bench.Baseline;

/// <summary>The KD-tree as it was before the perf branch (private copy: the baseline of the micro-benchmarks).</summary>
/// <remarks>
/// A static 2-D KD-tree over flat coordinate arrays (RD New metres): points are reordered into tree order, nodes
/// sit in heap layout (children 2i+1, 2i+2) with tight bounding boxes and weight sums, so nearest and radius
/// queries run without allocation and radius counts add whole subtrees that lie inside the circle.
/// Immutable after construction; queries are thread-safe.
/// </remarks>
internal sealed class OldKdTree
{
    /// <summary>Maximum points per leaf.</summary>
    public const int LeafSize = 12;
    private const int MaxDepth = 64;

    private readonly double[] _x, _y, _w;
    private readonly int[] _id;
    private readonly double[] _minX, _maxX, _minY, _maxY, _sum;
    private readonly bool _weighted;

    /// <summary>Number of points.</summary>
    public int Count => _x.Length;

    /// <summary>Builds the tree; <paramref name="weights"/> is optional (empty = every point weighs 1).</summary>
    public OldKdTree(ReadOnlySpan<double> x, ReadOnlySpan<double> y, ReadOnlySpan<double> weights = default)
    {
        if (x.Length != y.Length) throw new ArgumentException("x and y differ in length.");
        _weighted = !weights.IsEmpty;
        if (_weighted && weights.Length != x.Length) throw new ArgumentException("weights differ in length.");
        var n = x.Length;
        _x = x.ToArray(); _y = y.ToArray(); _w = _weighted ? weights.ToArray() : [];
        _id = new int[n];
        for (var i = 0; i < n; i++) _id[i] = i;
        var nodes = NodeCapacity(n);
        _minX = new double[nodes]; _maxX = new double[nodes]; _minY = new double[nodes]; _maxY = new double[nodes]; _sum = new double[nodes];
        if (n > 0) Build(0, 0, n, 0);
    }

    private static int NodeCapacity(int n)
    {
        var leaves = 1;
        while ((n + leaves - 1) / leaves > LeafSize) leaves *= 2;
        return 2 * leaves;
    }

    private void Build(int node, int lo, int hi, int depth)
    {
        double minX = double.PositiveInfinity, maxX = double.NegativeInfinity, minY = double.PositiveInfinity, maxY = double.NegativeInfinity, sum = 0;
        for (var i = lo; i < hi; i++)
        {
            var px = _x[i]; var py = _y[i];
            if (px < minX) minX = px; if (px > maxX) maxX = px;
            if (py < minY) minY = py; if (py > maxY) maxY = py;
            sum += _weighted ? _w[i] : 1;
        }
        _minX[node] = minX; _maxX[node] = maxX; _minY[node] = minY; _maxY[node] = maxY; _sum[node] = sum;
        if (hi - lo <= LeafSize) return;
        var mid = lo + (hi - lo) / 2;
        Select(lo, hi, mid, maxX - minX >= maxY - minY);
        if (hi - lo > 50_000 && depth < 4)
            Parallel.Invoke(() => Build(2 * node + 1, lo, mid, depth + 1), () => Build(2 * node + 2, mid, hi, depth + 1));
        else
        {
            Build(2 * node + 1, lo, mid, depth + 1);
            Build(2 * node + 2, mid, hi, depth + 1);
        }
    }

    /// <summary>Quickselect (Hoare) so that position k holds the k-th smallest key and the sides are partitioned.</summary>
    private void Select(int lo, int hi, int k, bool byX)
    {
        var key = byX ? _x : _y;
        var l = lo; var r = hi - 1;
        while (r > l)
        {
            var pivot = Median3(key[l], key[l + (r - l) / 2], key[r]);
            var i = l; var j = r;
            while (i <= j)
            {
                while (key[i] < pivot) i++;
                while (key[j] > pivot) j--;
                if (i <= j) { Swap(i, j); i++; j--; }
            }
            if (k <= j) r = j;
            else if (k >= i) l = i;
            else return;
        }
    }

    private static double Median3(double a, double b, double c) => Math.Max(Math.Min(a, b), Math.Min(Math.Max(a, b), c));

    private void Swap(int i, int j)
    {
        (_x[i], _x[j]) = (_x[j], _x[i]);
        (_y[i], _y[j]) = (_y[j], _y[i]);
        (_id[i], _id[j]) = (_id[j], _id[i]);
        if (_weighted) (_w[i], _w[j]) = (_w[j], _w[i]);
    }

    private double MinDist2(int node, double qx, double qy)
    {
        var dx = qx < _minX[node] ? _minX[node] - qx : qx > _maxX[node] ? qx - _maxX[node] : 0;
        var dy = qy < _minY[node] ? _minY[node] - qy : qy > _maxY[node] ? qy - _maxY[node] : 0;
        return dx * dx + dy * dy;
    }

    private double MaxDist2(int node, double qx, double qy)
    {
        var dx = Math.Max(qx - _minX[node], _maxX[node] - qx);
        var dy = Math.Max(qy - _minY[node], _maxY[node] - qy);
        return dx * dx + dy * dy;
    }

    /// <summary>The nearest point to (qx, qy): its original index and Euclidean distance; (-1, +∞) when empty.</summary>
    public (int Index, double Distance) Nearest(double qx, double qy) => Nearest(qx, qy, double.PositiveInfinity);

    /// <summary>
    /// As <see cref="Nearest(double, double)"/>, given an upper bound of the answer (e.g. the previous query's distance
    /// plus the distance between the two query points, by the triangle inequality) that prunes from the start.
    /// </summary>
    public (int Index, double Distance) Nearest(double qx, double qy, double upperBound)
    {
        if (Count == 0) return (-1, double.PositiveInfinity);
        Span<int> nodes = stackalloc int[MaxDepth]; Span<int> los = stackalloc int[MaxDepth]; Span<int> his = stackalloc int[MaxDepth];
        var top = 0; nodes[0] = 0; los[0] = 0; his[0] = Count; top = 1;
        // Slightly widened so rounding cannot exclude the true nearest point.
        var best = double.IsPositiveInfinity(upperBound) ? upperBound : upperBound * upperBound * (1 + 1e-9) + 1e-9; var bestAt = -1;
        while (top > 0)
        {
            top--;
            int node = nodes[top], lo = los[top], hi = his[top];
            if (MinDist2(node, qx, qy) > best) continue;
            if (hi - lo <= LeafSize)
            {
                for (var i = lo; i < hi; i++)
                {
                    var dx = _x[i] - qx; var dy = _y[i] - qy; var d = dx * dx + dy * dy;
                    if (d < best || (d == best && (bestAt < 0 || _id[i] < _id[bestAt]))) { best = d; bestAt = i; }
                }
                continue;
            }
            var mid = lo + (hi - lo) / 2;
            int left = 2 * node + 1, right = 2 * node + 2;
            var dl = MinDist2(left, qx, qy); var dr = MinDist2(right, qx, qy);
            // Push the farther child first so the nearer one is searched first.
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
        return bestAt < 0 ? Nearest(qx, qy) : (_id[bestAt], Math.Sqrt(best));
    }

    /// <summary>Number of points with squared distance ≤ r² from (qx, qy).</summary>
    public int CountWithin(double qx, double qy, double r) => (int)Accumulate(qx, qy, r, weighted: false);

    /// <summary>Sum of the weights of points with squared distance ≤ r² from (qx, qy).</summary>
    public double SumWithin(double qx, double qy, double r) => Accumulate(qx, qy, r, weighted: _weighted);

    private double Accumulate(double qx, double qy, double r, bool weighted)
    {
        if (Count == 0) return 0;
        var r2 = r * r;
        Span<int> nodes = stackalloc int[MaxDepth]; Span<int> los = stackalloc int[MaxDepth]; Span<int> his = stackalloc int[MaxDepth];
        var top = 1; nodes[0] = 0; los[0] = 0; his[0] = Count;
        double total = 0;
        while (top > 0)
        {
            top--;
            int node = nodes[top], lo = los[top], hi = his[top];
            if (MinDist2(node, qx, qy) > r2) continue;
            if (MaxDist2(node, qx, qy) <= r2) { total += weighted ? _sum[node] : hi - lo; continue; }
            if (hi - lo <= LeafSize)
            {
                for (var i = lo; i < hi; i++)
                {
                    var dx = _x[i] - qx; var dy = _y[i] - qy;
                    if (dx * dx + dy * dy <= r2) total += weighted ? _w[i] : 1;
                }
                continue;
            }
            var mid = lo + (hi - lo) / 2;
            nodes[top] = 2 * node + 1; los[top] = lo; his[top] = mid; top++;
            nodes[top] = 2 * node + 2; los[top] = mid; his[top] = hi; top++;
        }
        return total;
    }
}
