using NetTopologySuite.Geometries;

namespace Leefbaar.Geo.Points;

/// <summary>
/// Polygons flattened into coordinate arrays: every ring closed (last vertex = first), rings grouped per polygon
/// (all rings of all parts of a multipolygon), and a bounding box per polygon. Inside = even-odd crossing rule
/// over all rings, which handles holes and multiple parts alike.
/// </summary>
public sealed class PolygonSet
{
    /// <summary>Vertex x (RD New).</summary>
    public required double[] X { get; init; }
    /// <summary>Vertex y.</summary>
    public required double[] Y { get; init; }
    /// <summary>First vertex of each ring; RingStart[r+1] ends ring r.</summary>
    public required int[] RingStart { get; init; }
    /// <summary>First ring of each polygon; PolygonRingStart[p+1] ends polygon p.</summary>
    public required int[] PolygonRingStart { get; init; }
    /// <summary>Bounding boxes per polygon: minX, minY, maxX, maxY.</summary>
    public required double[] MinX { get; init; }
    /// <inheritdoc cref="MinX"/>
    public required double[] MinY { get; init; }
    /// <inheritdoc cref="MinX"/>
    public required double[] MaxX { get; init; }
    /// <inheritdoc cref="MinX"/>
    public required double[] MaxY { get; init; }

    /// <summary>Number of polygons.</summary>
    public int Count => PolygonRingStart.Length - 1;

    /// <summary>Flattens (multi)polygons; a null or empty geometry becomes a polygon without rings (contains nothing).</summary>
    public static PolygonSet From(IReadOnlyList<Geometry?> geometries)
    {
        var xs = new List<double>(); var ys = new List<double>();
        var ringStart = new List<int> { 0 }; var polyStart = new List<int> { 0 };
        var minX = new double[geometries.Count]; var minY = new double[geometries.Count];
        var maxX = new double[geometries.Count]; var maxY = new double[geometries.Count];
        for (var p = 0; p < geometries.Count; p++)
        {
            var g = geometries[p];
            var env = g is null || g.IsEmpty ? null : g.EnvelopeInternal;
            (minX[p], minY[p], maxX[p], maxY[p]) = env is null ? (0, 0, -1, -1) : (env.MinX, env.MinY, env.MaxX, env.MaxY);
            if (g is not null)
                for (var k = 0; k < g.NumGeometries; k++)
                    if (g.GetGeometryN(k) is Polygon poly && !poly.IsEmpty)
                    {
                        AddRing(poly.ExteriorRing, xs, ys, ringStart);
                        foreach (var hole in poly.InteriorRings) AddRing(hole, xs, ys, ringStart);
                    }
            polyStart.Add(ringStart.Count - 1);
        }
        return new PolygonSet
        {
            X = xs.ToArray(), Y = ys.ToArray(), RingStart = ringStart.ToArray(), PolygonRingStart = polyStart.ToArray(),
            MinX = minX, MinY = minY, MaxX = maxX, MaxY = maxY,
        };
    }

    private static void AddRing(LineString ring, List<double> xs, List<double> ys, List<int> ringStart)
    {
        var seq = ring.CoordinateSequence;
        if (seq.Count < 4) return;
        for (var i = 0; i < seq.Count; i++) { xs.Add(seq.GetX(i)); ys.Add(seq.GetY(i)); }
        if (seq.GetX(0) != seq.GetX(seq.Count - 1) || seq.GetY(0) != seq.GetY(seq.Count - 1)) { xs.Add(seq.GetX(0)); ys.Add(seq.GetY(0)); }
        ringStart.Add(xs.Count);
    }

    /// <summary>Whether the edge from vertex i to i+1 crosses the horizontal ray from (px, py) to +∞ (half-open in y).</summary>
    public bool Crosses(int i, double px, double py)
    {
        double yi = Y[i], yj = Y[i + 1];
        return (yi > py) != (yj > py) && px < (X[i + 1] - X[i]) * (py - yi) / (yj - yi) + X[i];
    }

    /// <summary>Even-odd point-in-polygon over every ring of polygon <paramref name="p"/>: the reference test.</summary>
    public bool Contains(int p, double px, double py)
    {
        if (px < MinX[p] || px > MaxX[p] || py < MinY[p] || py > MaxY[p]) return false;
        var inside = false;
        for (var r = PolygonRingStart[p]; r < PolygonRingStart[p + 1]; r++)
            for (var i = RingStart[r]; i < RingStart[r + 1] - 1; i++)
                if (Crosses(i, px, py)) inside = !inside;
        return inside;
    }
}
