using Leefbaar.Geo.Projection;
using NetTopologySuite.Geometries;

namespace Leefbaar.Geo.Tests.Projection;

/// <summary>Whole-geometry reprojection into RD New and back.</summary>
public sealed class RdReprojectorTests
{
    private static readonly GeometryFactory LonLat = new(new PrecisionModel(), 4326);

    private static Polygon Square(GeometryFactory f, double x, double y, double side) => f.CreatePolygon(
        [new Coordinate(x, y), new Coordinate(x + side, y), new Coordinate(x + side, y + side), new Coordinate(x, y + side), new Coordinate(x, y)]);

    [Fact]
    public void A_WGS84_point_at_the_tower_lands_on_the_RD_origin()
    {
        var rd = RdReprojector.ToRd(LonLat.CreatePoint(new Coordinate(5.38720621, 52.15517440)), Crs.Wgs84);
        Assert.Equal(28992, rd.SRID);
        Assert.InRange(rd.Coordinate.X, 155000 - 1.5, 155000 + 1.5);
        Assert.InRange(rd.Coordinate.Y, 463000 - 1.5, 463000 + 1.5);
    }

    [Fact]
    public void RD_input_is_copied_unchanged_with_SRID_28992()
    {
        var square = Square(new GeometryFactory(), 155000, 463000, 100);
        var rd = RdReprojector.ToRd(square, Crs.RdNew);
        Assert.Equal(28992, rd.SRID);
        Assert.True(rd.EqualsExact(square));
        Assert.NotSame(square, rd);
    }

    [Fact]
    public void Declaring_Amersfoort_geographic_on_WGS84_numbers_moves_them_about_a_hundred_metres()
    {
        // The Bessel and WGS84 graticules differ by ~0.001° in latitude near Amersfoort: the classic EPSG:4289 trap.
        var point = LonLat.CreatePoint(new Coordinate(5.38720621, 52.15517440));
        var asWgs84 = RdReprojector.ToRd(point, Crs.Wgs84);
        var asBessel = RdReprojector.ToRd(point, Crs.Amersfoort);
        Assert.InRange(asWgs84.Distance(asBessel), 90, 140);
    }

    [Fact]
    public void A_100_m_RD_square_survives_the_trip_to_WGS84_and_back()
    {
        var square = Square(RdReprojector.RdFactory, 155000, 463000, 100);
        var wgs = RdReprojector.ToWgs84(square);
        Assert.Equal(4326, wgs.SRID);
        Assert.True(CrsGuess.LooksLikeLonLat(wgs.Coordinate.X, wgs.Coordinate.Y));
        var back = RdReprojector.ToRd(wgs, Crs.Wgs84);
        Assert.Equal(10_000, back.Area, 0.5);
        for (var i = 0; i < square.NumPoints; i++)
            Assert.True(square.Coordinates[i].Distance(back.Coordinates[i]) < 0.02); // see CoordinateSystemsTests: 1.2 cm datum-shift round trip
    }

    [Fact]
    public void Reprojection_leaves_the_input_untouched()
    {
        var square = Square(LonLat, 5.38, 52.15, 0.01);
        var before = square.Copy();
        RdReprojector.ToRd(square, Crs.Wgs84);
        Assert.True(square.EqualsExact(before));
    }
}
