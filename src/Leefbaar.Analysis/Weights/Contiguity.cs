using NetTopologySuite.Geometries;

namespace Leefbaar.Analysis.Weights;

/// <summary>
/// Queen and rook contiguity from polygons, the way libpysal builds them: queen neighbours share at least one
/// exact vertex (of any ring, holes included), rook neighbours share at least one exact edge. Exact coordinate
/// matching needs boundaries digitised on common vertices, as published boundary files are.
/// </summary>
public static class Contiguity
{
    /// <summary>Queen contiguity: polygons sharing a vertex.</summary>
    public static SpatialWeights Queen(IReadOnlyList<string> ids, IReadOnlyList<Geometry> polygons)
    {
        var byVertex = new Dictionary<(double, double), List<int>>();
        for (var i = 0; i < polygons.Count; i++)
            foreach (var c in Rings(polygons[i]).SelectMany(r => r.Coordinates))
            {
                if (!byVertex.TryGetValue((c.X, c.Y), out var list)) byVertex[(c.X, c.Y)] = list = [];
                if (list.Count == 0 || list[^1] != i) list.Add(i);
            }
        return Link(ids, byVertex.Values, "queen");
    }

    /// <summary>Rook contiguity: polygons sharing an edge (two consecutive vertices of a ring).</summary>
    public static SpatialWeights Rook(IReadOnlyList<string> ids, IReadOnlyList<Geometry> polygons)
    {
        var byEdge = new Dictionary<(double, double, double, double), List<int>>();
        for (var i = 0; i < polygons.Count; i++)
            foreach (var ring in Rings(polygons[i]))
            {
                var cs = ring.Coordinates;
                for (var k = 0; k + 1 < cs.Length; k++)
                {
                    var (a, b) = (cs[k], cs[k + 1]);
                    var key = a.CompareTo(b) <= 0 ? (a.X, a.Y, b.X, b.Y) : (b.X, b.Y, a.X, a.Y);
                    if (!byEdge.TryGetValue(key, out var list)) byEdge[key] = list = [];
                    if (list.Count == 0 || list[^1] != i) list.Add(i);
                }
            }
        return Link(ids, byEdge.Values, "rook");
    }

    private static SpatialWeights Link(IReadOnlyList<string> ids, IEnumerable<List<int>> groups, string kind)
    {
        var sets = ids.Select(_ => new HashSet<int>()).ToArray();
        foreach (var g in groups.Where(g => g.Count > 1))
            foreach (var i in g)
                foreach (var j in g)
                    if (i != j) sets[i].Add(j);
        return SpatialWeights.Binary(ids, sets, kind);
    }

    private static IEnumerable<LineString> Rings(Geometry g)
    {
        for (var p = 0; p < g.NumGeometries; p++)
        {
            if (g.GetGeometryN(p) is not Polygon poly) continue;
            yield return poly.ExteriorRing;
            foreach (var hole in poly.InteriorRings) yield return hole;
        }
    }
}
