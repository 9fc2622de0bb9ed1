using Leefbaar.Geo.Projection;

namespace Leefbaar.Geo.Tests.Projection;

/// <summary>RD New ⇄ WGS84 with ProjNET: a known point and round trips over the Dutch extent.</summary>
public sealed class CoordinateSystemsTests
{
    // The RD origin, the Onze Lieve Vrouwetoren in Amersfoort, in WGS84 (published RDNAPTRANS value, rounded).
    private const double TowerLon = 5.38720621;
    private const double TowerLat = 52.15517440;

    // 1e-5 degree is about 1.1 m north–south and 0.7 m east–west here; the 7-parameter shift is good to ~1 m
    // (measured: 0.19 m west, 0.23 m south of the published value).
    private const double DegreeTolerance = 1e-5;

    [Fact]
    public void The_RD_origin_projects_to_the_Amersfoort_tower_in_WGS84()
    {
        var (lon, lat) = CoordinateSystems.RdToWgs84.MathTransform.Transform(155000, 463000);
        Assert.InRange(lon, TowerLon - DegreeTolerance, TowerLon + DegreeTolerance);
        Assert.InRange(lat, TowerLat - DegreeTolerance, TowerLat + DegreeTolerance);
    }

    [Fact]
    public void The_Amersfoort_tower_in_WGS84_projects_to_the_RD_origin()
    {
        var (x, y) = CoordinateSystems.Wgs84ToRd.MathTransform.Transform(TowerLon, TowerLat);
        Assert.InRange(x, 155000 - 1.5, 155000 + 1.5);
        Assert.InRange(y, 463000 - 1.5, 463000 + 1.5);
    }

    [Fact]
    public void The_Bessel_origin_is_the_RD_false_origin_without_a_datum_shift()
    {
        // EPSG:4289 → 28992 is a pure projection: the projection's own origin must come out at (155000, 463000).
        var (x, y) = CoordinateSystems.AmersfoortToRd.MathTransform.Transform(5.38763888888889, 52.15616055555555);
        Assert.Equal(155000, x, 0.001);
        Assert.Equal(463000, y, 0.001);
    }

    public static TheoryData<double, double> RdPoints() => new()
    {
        { 155000, 463000 }, // Amersfoort
        { 121000, 487000 }, // Amsterdam
        { 92000, 437000 },  // Rotterdam
        { 233000, 582000 }, // Groningen
        { 176000, 317000 }, // Maastricht
        { 13000, 380000 },  // Cadzand, far south-west
        { 278000, 600000 }, // Bad Nieuweschans, far north-east
        { 150000, 620000 }, // Schiermonnikoog, far north
    };

    [Theory]
    [MemberData(nameof(RdPoints))]
    public void RD_to_WGS84_and_back_loses_less_than_two_centimetres(double x, double y)
    {
        // Measured: a constant (0.0045, 0.0108) m everywhere, from ProjNET inverting the 7-parameter datum shift by
        // negating its parameters; the projection itself round-trips to well under a millimetre (next test).
        var (lon, lat) = CoordinateSystems.RdToWgs84.MathTransform.Transform(x, y);
        Assert.True(CrsGuess.LooksLikeLonLat(lon, lat), $"({lon}, {lat}) is not in the Netherlands");
        var (x2, y2) = CoordinateSystems.Wgs84ToRd.MathTransform.Transform(lon, lat);
        Assert.True(Math.Sqrt((x2 - x) * (x2 - x) + (y2 - y) * (y2 - y)) < 0.02, $"round trip error at ({x}, {y}): ({x2 - x}, {y2 - y}) m");
    }

    [Theory]
    [MemberData(nameof(RdPoints))]
    public void RD_to_Bessel_geographic_and_back_loses_less_than_a_millimetre(double x, double y)
    {
        var toBessel = new ProjNet.CoordinateSystems.Transformations.CoordinateTransformationFactory()
            .CreateFromCoordinateSystems(CoordinateSystems.RdNew, CoordinateSystems.RdNew.GeographicCoordinateSystem);
        var (lon, lat) = toBessel.MathTransform.Transform(x, y);
        var (x2, y2) = CoordinateSystems.AmersfoortToRd.MathTransform.Transform(lon, lat);
        Assert.True(Math.Sqrt((x2 - x) * (x2 - x) + (y2 - y) * (y2 - y)) < 0.001, $"round trip error at ({x}, {y}): ({x2 - x}, {y2 - y}) m");
    }

    [Fact]
    public void One_hundred_metres_north_in_RD_is_about_0_0009_degrees_of_latitude()
    {
        var (_, lat1) = CoordinateSystems.RdToWgs84.MathTransform.Transform(155000, 463000);
        var (_, lat2) = CoordinateSystems.RdToWgs84.MathTransform.Transform(155000, 463100);
        // 100 m / (111.25 km per degree at 52° N) = 0.000899 degrees.
        Assert.Equal(0.000899, lat2 - lat1, 0.000005);
    }
}
