using Leefbaar.Core.Areas;
using Leefbaar.Geo.Projection;
using NetTopologySuite.Geometries;

namespace Leefbaar.Geo.Grid;

/// <summary>The 100 m squares of the CBS grid (vierkantstatistieken) in RD New, built from their E####N#### codes.</summary>
public static class CellSquares
{
    /// <summary>The side of a CBS grid square in metres.</summary>
    public const double Side = 100.0;

    /// <summary>The closed square of a cell code, counter-clockwise from its lower-left corner.</summary>
    public static Polygon Square(AreaCode cell)
    {
        var (x, y) = cell.CellOrigin();
        return RdReprojector.RdFactory.CreatePolygon(
        [
            new Coordinate(x, y), new Coordinate(x + Side, y), new Coordinate(x + Side, y + Side),
            new Coordinate(x, y + Side), new Coordinate(x, y),
        ]);
    }
}
