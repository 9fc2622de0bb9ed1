using NetTopologySuite.Geometries;

namespace Leefbaar.Api.Tiles;

/// <summary>Web-mercator (XYZ) tile arithmetic: tile bounds in WGS84 degrees.</summary>
public static class TileMath
{
    /// <summary>The highest zoom served; deeper zooms are overzoomed by the client.</summary>
    public const int MaxZoom = 16;

    /// <summary>True when z/x/y names an existing tile.</summary>
    public static bool IsValid(int z, int x, int y) => z is >= 0 and <= MaxZoom && x >= 0 && y >= 0 && x < (1 << z) && y < (1 << z);

    /// <summary>The lon/lat envelope of a tile.</summary>
    public static Envelope Bounds(int z, int x, int y)
    {
        double n = 1 << z;
        return new Envelope(x / n * 360.0 - 180.0, (x + 1) / n * 360.0 - 180.0, Latitude(y + 1, n), Latitude(y, n));
    }

    /// <summary>The tile containing a lon/lat point at a zoom.</summary>
    public static (int X, int Y) TileAt(double lon, double lat, int z)
    {
        double n = 1 << z;
        var x = (int)Math.Floor((lon + 180.0) / 360.0 * n);
        var rad = lat * Math.PI / 180.0;
        var y = (int)Math.Floor((1 - Math.Log(Math.Tan(rad) + 1 / Math.Cos(rad)) / Math.PI) / 2 * n);
        return (x, y);
    }

    private static double Latitude(int y, double n) => Math.Atan(Math.Sinh(Math.PI * (1 - 2 * y / n))) * 180.0 / Math.PI;
}
