using Leefbaar.Geo.Overlay;
using NetTopologySuite.Geometries;

namespace Leefbaar.Geo.Tests.Overlay;

/// <summary>Covered shares on a grid of 1 km squares, where every share is a simple fraction.</summary>
public sealed class PolygonOverlapTests
{
    private static readonly GeometryFactory F = new(new PrecisionModel(), 28992);

    private static Polygon Box(double x0, double y0, double x1, double y1) => (Polygon)F.ToGeometry(new Envelope(x0, x1, y0, y1));

    // A 3 × 3 grid of 1 km buurten named B{column}{row}.
    private static readonly PolygonOverlap Grid = new(
        from i in Enumerable.Range(0, 3) from j in Enumerable.Range(0, 3)
        select new KeyValuePair<string, Geometry>($"B{i}{j}", Box(100_000 + i * 1000, 400_000 + j * 1000, 101_000 + i * 1000, 401_000 + j * 1000)));

    [Fact]
    public void A_polygon_equal_to_a_part_covers_only_that_part()
    {
        var o = Assert.Single(Grid.Of(Box(101_000, 401_000, 102_000, 402_000)));
        Assert.Equal("B11", o.Code);
        Assert.Equal(1.0, o.Share, 12);
    }

    [Fact]
    public void A_polygon_across_four_parts_covers_a_quarter_of_each()
    {
        var o = Grid.Of(Box(100_500, 400_500, 101_500, 401_500));
        Assert.Equal(["B00", "B01", "B10", "B11"], o.Select(x => x.Code).Order());
        Assert.All(o, x => Assert.Equal(0.25, x.Share, 9));
        Assert.Equal(1e6, o.Sum(x => x.SharedArea), 3);
    }

    [Fact]
    public void Slivers_along_a_shared_edge_are_dropped()
    {
        // Overshoots B11 by 0.5 m into B21: 500 m² of a 1 km² buurt, below the 1 % sliver share.
        var o = Grid.Of(Box(101_000, 401_000, 102_000.5, 402_000));
        Assert.Equal("B11", Assert.Single(o).Code);
        // 5 m over (5,000 m², 0.5 %) is still a sliver; 20 m (2 %) is a real overlap.
        Assert.Single(Grid.Of(Box(101_000, 401_000, 102_005, 402_000)));
        o = Grid.Of(Box(101_000, 401_000, 102_020, 402_000));
        Assert.Equal(0.02, o.Single(x => x.Code == "B21").Share, 9);
        o = Grid.Of(Box(101_000, 401_000, 102_000.5, 402_000));
        Assert.Equal("B11", Assert.Single(o).Code);
    }

    [Fact]
    public void A_polygon_outside_every_part_covers_nothing() => Assert.Empty(Grid.Of(Box(0, 0, 10, 10)));
}
