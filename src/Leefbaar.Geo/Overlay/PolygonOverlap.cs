using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;

namespace Leefbaar.Geo.Overlay;

/// <summary>How much of one part (a buurt) a drawn area covers, in square metres of RD New.</summary>
public sealed record Overlap(string Code, double SharedArea, double PartArea)
{
    /// <summary>The covered share of the part, 0…1.</summary>
    public double Share => PartArea > 0 ? Math.Min(1, SharedArea / PartArea) : 0;
}

/// <summary>
/// The parts (buurten) a polygon covers and by how much, for custom areas. Parts sit in an STR-tree; a candidate
/// a polygon contains entirely is taken whole without an overlay, the rest are intersected with the robust
/// OverlayNG. Overlaps below <see cref="SliverShare"/> of a part are slivers along shared boundaries and are
/// dropped, so a polygon equal to a buurt covers that buurt only: the CBS buurt boundaries of 2024 overlap their
/// neighbours by up to 0.2 % of a buurt's area (Stadsdriehoek and Noordereiland, Tarwewijk and Katendrecht), and a
/// drawn or lon/lat round-tripped boundary adds its own metres.
/// </summary>
public sealed class PolygonOverlap
{
    /// <summary>Smallest covered share of a part that counts.</summary>
    public const double SliverShare = 0.01;

    private readonly STRtree<(string Code, Geometry Shape, double Area)> _tree = new();

    /// <summary>Indexes the parts (RD New metres).</summary>
    public PolygonOverlap(IEnumerable<KeyValuePair<string, Geometry>> parts)
    {
        foreach (var (code, shape) in parts)
            if (!shape.IsEmpty && shape.Area > 0) _tree.Insert(shape.EnvelopeInternal, (code, shape, shape.Area));
        _tree.Build();
    }

    /// <summary>The parts <paramref name="area"/> (RD New, valid polygonal) covers by at least <see cref="SliverShare"/>, largest share first.</summary>
    public List<Overlap> Of(Geometry area)
    {
        var prepared = PreparedGeometryFactory.Prepare(area);
        var result = new List<Overlap>();
        foreach (var (code, shape, partArea) in _tree.Query(area.EnvelopeInternal))
        {
            if (!prepared.Intersects(shape)) continue;
            var shared = prepared.Contains(shape) ? partArea : OverlayNGRobust.Overlay(area, shape, SpatialFunction.Intersection).Area;
            if (shared / partArea >= SliverShare) result.Add(new Overlap(code, shared, partArea));
        }
        return result.OrderByDescending(o => o.Share).ThenBy(o => o.Code, StringComparer.Ordinal).ToList();
    }
}
