using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;

namespace Leefbaar.Geo.Overlay;

/// <summary>
/// Where the residents of a part (a buurt) live, from the CBS 100 m grid: each populated cell belongs to the part
/// holding its centre, so the share of a part's residents inside a drawn area is the population of its cells whose
/// centre the area contains, over the population of all its cells. That is the "better weight" than covered area ×
/// inhabitants the custom-area method asks for where cells exist: a plan area over a buurt's park covers much
/// area and few residents. Parts the grid does not cover wholly (outside the grid's extent, or no populated cell)
/// have no resident share, and the caller falls back to the area share.
/// </summary>
public sealed class CellResidents
{
    private readonly Dictionary<string, List<(Point Centre, double Residents)>> _cellsOfPart = new(StringComparer.Ordinal);

    /// <summary>The number of parts with populated cells.</summary>
    public int PartsWithCells => _cellsOfPart.Count;

    /// <summary>
    /// Assigns every cell (its centre and residents, RD New) with residents to the part containing its centre; only
    /// parts lying inside the grid's extent (the convex hull of all cell squares) take part.
    /// </summary>
    public CellResidents(IEnumerable<KeyValuePair<string, Geometry>> parts, IEnumerable<(double X, double Y, double Residents)> cells)
    {
        var populated = cells.Where(c => c.Residents > 0 && double.IsFinite(c.Residents)).ToList();
        if (populated.Count == 0) return;
        var factory = new GeometryFactory(new PrecisionModel(), 28992);
        const double half = Grid.CellSquares.Side / 2;
        var corners = populated.SelectMany(c => new[]
        {
            new Coordinate(c.X - half, c.Y - half), new Coordinate(c.X + half, c.Y - half),
            new Coordinate(c.X + half, c.Y + half), new Coordinate(c.X - half, c.Y + half),
        }).ToArray();
        var extent = PreparedGeometryFactory.Prepare(factory.CreateMultiPointFromCoords(corners).ConvexHull());

        var tree = new STRtree<(string Code, IPreparedGeometry Shape)>();
        foreach (var (code, shape) in parts)
            if (!shape.IsEmpty && extent.Covers(shape)) tree.Insert(shape.EnvelopeInternal, (code, PreparedGeometryFactory.Prepare(shape)));
        tree.Build();
        foreach (var (x, y, residents) in populated)
        {
            var centre = factory.CreatePoint(new Coordinate(x, y));
            foreach (var (code, shape) in tree.Query(centre.EnvelopeInternal))
            {
                if (!shape.Covers(centre)) continue; // a centre on a shared boundary goes to the first part
                if (!_cellsOfPart.TryGetValue(code, out var list)) _cellsOfPart[code] = list = [];
                list.Add((centre, residents));
                break;
            }
        }
    }

    /// <summary>The share (0…1) of <paramref name="part"/>'s cell residents whose cell centre <paramref name="area"/> contains; null when the grid does not cover the part.</summary>
    public double? ShareInside(string part, IPreparedGeometry area)
    {
        if (!_cellsOfPart.TryGetValue(part, out var cells)) return null;
        double inside = 0, total = 0;
        foreach (var (centre, residents) in cells)
        {
            total += residents;
            if (area.Contains(centre)) inside += residents;
        }
        return total > 0 ? inside / total : null;
    }
}
