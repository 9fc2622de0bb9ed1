using Leefbaar.Geo.Projection;

namespace Leefbaar.Geo.Tests.Projection;

/// <summary>Guessing the CRS of undeclared coordinates from their ranges.</summary>
public sealed class CrsGuessTests
{
    [Theory]
    [InlineData(5.3872, 52.1552, Crs.Wgs84)]     // Amersfoort
    [InlineData(3.3, 51.35, Crs.Wgs84)]          // Cadzand
    [InlineData(7.2, 53.2, Crs.Wgs84)]           // Bad Nieuweschans
    [InlineData(155000, 463000, Crs.RdNew)]      // Amersfoort
    [InlineData(13000, 380000, Crs.RdNew)]       // Cadzand
    [InlineData(278000, 600000, Crs.RdNew)]      // Bad Nieuweschans
    [InlineData(-5000, 400000, Crs.RdNew)]       // the sea west of Zeeland, within the margin
    public void Dutch_coordinates_are_recognised(double x, double y, Crs expected)
    {
        Assert.Equal(expected, CrsGuess.FromSample(x, y));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(-74.0, 40.7)]       // New York
    [InlineData(52.1552, 5.3872)]   // lat/lon swapped
    [InlineData(463000, 155000)]    // RD swapped
    [InlineData(600000, 5800000)]   // UTM 31N metres
    [InlineData(599700, 6829000)]   // Web Mercator metres of Amersfoort
    public void Coordinates_outside_the_Netherlands_fit_neither(double x, double y)
    {
        Assert.Null(CrsGuess.FromSample(x, y));
        Assert.False(CrsGuess.LooksLikeLonLat(x, y) && CrsGuess.LooksLikeRd(x, y));
    }

    [Fact]
    public void Lon_lat_and_RD_ranges_do_not_overlap()
    {
        Assert.True(CrsGuess.LooksLikeLonLat(5.4, 52.2));
        Assert.False(CrsGuess.LooksLikeRd(5.4, 52.2));
        Assert.True(CrsGuess.LooksLikeRd(155000, 463000));
        Assert.False(CrsGuess.LooksLikeLonLat(155000, 463000));
    }
}
