using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace Leefbaar.Geo.Overlay;

/// <summary>
/// The first-order ring around a group of areas: every other area whose boundary comes within
/// <see cref="Tolerance"/> of a member's. A distance test rather than shared vertices, because neighbouring buurten
/// in the CBS boundaries often touch without a common vertex (queen contiguity misses them).
/// </summary>
public static class TouchingRing
{
    /// <summary>How close two boundaries must come to count as neighbours, in metres (RD New).</summary>
    public const double Tolerance = 1.0;

    /// <summary>The codes of the ring around <paramref name="members"/>, ordered.</summary>
    public static List<string> Of(IReadOnlyDictionary<string, Geometry> shapes, IReadOnlyCollection<string> members)
    {
        var inSet = members.ToHashSet(StringComparer.Ordinal);
        var tree = new STRtree<string>();
        foreach (var (code, shape) in shapes) tree.Insert(shape.EnvelopeInternal, code);
        tree.Build();
        var ring = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var code in inSet)
        {
            if (!shapes.TryGetValue(code, out var shape)) continue;
            var box = shape.EnvelopeInternal.Copy();
            box.ExpandBy(Tolerance);
            foreach (var other in tree.Query(box))
                if (!inSet.Contains(other) && !ring.Contains(other) && shape.IsWithinDistance(shapes[other], Tolerance)) ring.Add(other);
        }
        return ring.ToList();
    }
}
