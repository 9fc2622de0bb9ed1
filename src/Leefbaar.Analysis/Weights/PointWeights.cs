using NetTopologySuite.Geometries;

namespace Leefbaar.Analysis.Weights;

/// <summary>Weights from area centroids (RD New metres): k nearest neighbours and a distance band.</summary>
public static class PointWeights
{
    /// <summary>The k nearest other centroids (ties broken by row order); asymmetric, binary.</summary>
    public static SpatialWeights KNearest(IReadOnlyList<string> ids, IReadOnlyList<Geometry> shapes, int k)
    {
        if (k < 1) throw new ArgumentException("k must be at least 1.");
        var pts = Centroids(shapes);
        var sets = new List<IReadOnlyCollection<int>>();
        for (var i = 0; i < pts.Length; i++)
            sets.Add(Enumerable.Range(0, pts.Length).Where(j => j != i)
                .OrderBy(j => Dist2(pts[i], pts[j])).ThenBy(j => j).Take(k).ToArray());
        return SpatialWeights.Binary(ids, sets, $"knn k={k}");
    }

    /// <summary>All other centroids within <paramref name="metres"/> (inclusive); symmetric, binary.</summary>
    public static SpatialWeights DistanceBand(IReadOnlyList<string> ids, IReadOnlyList<Geometry> shapes, double metres)
    {
        if (metres <= 0) throw new ArgumentException("The distance band must be positive.");
        var pts = Centroids(shapes);
        var r2 = metres * metres;
        var sets = new List<IReadOnlyCollection<int>>();
        for (var i = 0; i < pts.Length; i++)
            sets.Add(Enumerable.Range(0, pts.Length).Where(j => j != i && Dist2(pts[i], pts[j]) <= r2).ToArray());
        return SpatialWeights.Binary(ids, sets, $"distance band {metres:0} m");
    }

    private static (double X, double Y)[] Centroids(IReadOnlyList<Geometry> shapes) =>
        shapes.Select(g => { var c = g.Centroid; return (c.X, c.Y); }).ToArray();

    private static double Dist2((double X, double Y) a, (double X, double Y) b) =>
        (a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y);
}
