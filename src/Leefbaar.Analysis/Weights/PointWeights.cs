using NetTopologySuite.Geometries;

namespace Leefbaar.Analysis.Weights;

/// <summary>
/// Weights from area centroids (RD New metres): k nearest neighbours and a distance band. Both are O(n²) in distance
/// tests (12,000 buurten: 1.4·10⁸, well under a second), check <paramref name="cancel"/> once per row, and never hold
/// more than <see cref="SpatialWeights.MaxLinks"/> links: a band wide enough to link every buurt with every other is
/// refused before anything is allocated.
/// </summary>
public static class PointWeights
{
    /// <summary>The k nearest other centroids (ties broken by row order); asymmetric, binary.</summary>
    public static SpatialWeights KNearest(IReadOnlyList<string> ids, IReadOnlyList<Geometry> shapes, int k, CancellationToken cancel = default)
    {
        if (k < 1) throw new ArgumentException("k must be at least 1.");
        var pts = Centroids(shapes);
        k = Math.Min(k, pts.Length - 1);
        SpatialWeights.EnsureLinks((long)pts.Length * k, $"knn k={k}");
        var sets = new List<IReadOnlyCollection<int>>(pts.Length);
        // A bounded max-heap on (distance, index) keeps the k best: O(n log k) per row instead of a full sort.
        var heap = new PriorityQueue<int, (double D, int J)>(k + 1, Comparer<(double D, int J)>.Create((a, b) => b.CompareTo(a)));
        for (var i = 0; i < pts.Length; i++)
        {
            cancel.ThrowIfCancellationRequested();
            heap.Clear();
            for (var j = 0; j < pts.Length; j++)
            {
                if (j == i) continue;
                var d = Dist2(pts[i], pts[j]);
                if (heap.Count < k) heap.Enqueue(j, (d, j));
                else if (heap.TryPeek(out _, out var worst) && (d, j).CompareTo(worst) < 0) heap.EnqueueDequeue(j, (d, j));
            }
            var row = new int[heap.Count];
            for (var m = row.Length - 1; m >= 0; m--) row[m] = heap.Dequeue();
            sets.Add(row);
        }
        return SpatialWeights.Binary(ids, sets, $"knn k={k}");
    }

    /// <summary>All other centroids within <paramref name="metres"/> (inclusive); symmetric, binary.</summary>
    public static SpatialWeights DistanceBand(IReadOnlyList<string> ids, IReadOnlyList<Geometry> shapes, double metres, CancellationToken cancel = default)
    {
        if (metres <= 0) throw new ArgumentException("The distance band must be positive.");
        var pts = Centroids(shapes);
        var r2 = metres * metres;
        var kind = $"distance band {metres:0} m";
        long links = 0;
        for (var i = 0; i < pts.Length; i++)
        {
            cancel.ThrowIfCancellationRequested();
            for (var j = 0; j < pts.Length; j++) if (j != i && Dist2(pts[i], pts[j]) <= r2) links++;
        }
        SpatialWeights.EnsureLinks(links, kind);
        var sets = new List<IReadOnlyCollection<int>>(pts.Length);
        for (var i = 0; i < pts.Length; i++)
        {
            cancel.ThrowIfCancellationRequested();
            sets.Add(Enumerable.Range(0, pts.Length).Where(j => j != i && Dist2(pts[i], pts[j]) <= r2).ToArray());
        }
        return SpatialWeights.Binary(ids, sets, kind);
    }

    private static (double X, double Y)[] Centroids(IReadOnlyList<Geometry> shapes) =>
        shapes.Select(g => { var c = g.Centroid; return (c.X, c.Y); }).ToArray();

    private static double Dist2((double X, double Y) a, (double X, double Y) b) =>
        (a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y);
}
