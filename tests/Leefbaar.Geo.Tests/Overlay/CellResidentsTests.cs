using Leefbaar.Geo.Overlay;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace Leefbaar.Geo.Tests.Overlay;

/// <summary>
/// Residents' shares on two 1 km buurten side by side, whose residents all live in 100 m cells of the western
/// 300 m of the first (10 per cell), and one in the east (1 per cell), so each share is a simple fraction.
/// </summary>
public sealed class CellResidentsTests
{
    private static readonly GeometryFactory F = new(new PrecisionModel(), 28992);

    private static Polygon Box(double x0, double y0, double x1, double y1) => (Polygon)F.ToGeometry(new Envelope(x0, x1, y0, y1));

    private static readonly Dictionary<string, Geometry> Buurten = new()
    {
        ["A"] = Box(100_000, 400_000, 101_000, 401_000),
        ["B"] = Box(101_000, 400_000, 102_000, 401_000),
        ["Far"] = Box(150_000, 400_000, 151_000, 401_000), // outside the grid's extent
    };

    // Cell centres: A's west 300 m (30 cells × 10 residents), B's whole area (100 cells × 1), one empty cell in A's east.
    private static IEnumerable<(double, double, double)> Cells()
    {
        for (var i = 0; i < 3; i++) for (var j = 0; j < 10; j++) yield return (100_050 + i * 100, 400_050 + j * 100, 10);
        for (var i = 0; i < 10; i++) for (var j = 0; j < 10; j++) yield return (101_050 + i * 100, 400_050 + j * 100, 1);
        yield return (100_950, 400_950, 0);
    }

    private static readonly CellResidents Residents = new(Buurten, Cells());

    private static double? Share(string part, Geometry area) => Residents.ShareInside(part, PreparedGeometryFactory.Prepare(area));

    [Fact]
    public void The_populated_west_of_a_buurt_holds_all_its_residents_on_a_third_of_its_area()
    {
        Assert.Equal(1.0, Share("A", Box(100_000, 400_000, 100_300, 401_000)));
        Assert.Equal(0.0, Share("A", Box(100_300, 400_000, 101_000, 401_000)));
        Assert.Equal(0.5, Share("A", Box(100_000, 400_000, 100_300, 400_500)));
    }

    [Fact]
    public void An_evenly_populated_buurt_has_its_area_share()
    {
        Assert.Equal(0.25, Share("B", Box(101_000, 400_000, 101_500, 400_500)));
        Assert.Equal(1.0, Share("B", Box(99_000, 399_000, 103_000, 402_000)));
    }

    [Fact]
    public void A_buurt_the_grid_does_not_cover_has_no_residents_share()
    {
        Assert.Null(Share("Far", Buurten["Far"]));
        Assert.Null(Share("Unknown", Buurten["A"]));
        Assert.Equal(2, Residents.PartsWithCells);
    }

    [Fact]
    public void A_buurt_partly_outside_the_grid_extent_is_left_to_the_area_share()
    {
        var straddling = new CellResidents(new Dictionary<string, Geometry> { ["S"] = Box(101_500, 400_000, 102_500, 401_000) }, Cells());
        Assert.Null(straddling.ShareInside("S", PreparedGeometryFactory.Prepare(Box(101_500, 400_000, 102_000, 401_000))));
    }
}
