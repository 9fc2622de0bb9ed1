namespace Leefbaar.Geo.Projection;

/// <summary>The input coordinate reference systems Leefbaar accepts.</summary>
public enum Crs
{
    /// <summary>EPSG:28992, metres; stored as is.</summary>
    RdNew,
    /// <summary>EPSG:4326 lon/lat.</summary>
    Wgs84,
    /// <summary>EPSG:4289 lon/lat (Amersfoort geographic). Many files declare it on data that is really WGS84 or ETRS89; the difference (~100 m) is handled by <see cref="CrsGuess"/>.</summary>
    Amersfoort,
}

/// <summary>Parses CRS names as they appear in GeoJSON "crs" members, .prj files and manifests.</summary>
public static class CrsNames
{
    /// <summary>Parses "EPSG:28992", "urn:ogc:def:crs:EPSG::28992", "28992", "wgs84", "CRS84" and the like; null when unknown.</summary>
    public static Crs? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim().ToUpperInvariant();
        if (t.EndsWith("28992") || t.Contains("RD NEW") || t.Contains("RD_NEW") || t.Contains("OBLIQUE_STEREOGRAPHIC") || t.Contains("AMERSFOORT_RD")) return Crs.RdNew;
        if (t.EndsWith("4289") || t == "AMERSFOORT") return Crs.Amersfoort;
        if (t.EndsWith("4326") || t.EndsWith("CRS84") || t.Contains("WGS84") || t.Contains("WGS_1984") || t.Contains("WGS 84") || t.EndsWith("4258") || t.Contains("ETRS")) return Crs.Wgs84;
        return null;
    }
}

/// <summary>Guesses the CRS from coordinate ranges when a file does not say, and checks a declared CRS against them.</summary>
public static class CrsGuess
{
    /// <summary>True when (x, y) lies in the Netherlands as lon/lat degrees.</summary>
    public static bool LooksLikeLonLat(double x, double y) => x is > 2.5 and < 7.6 && y is > 50.5 and < 53.9;

    /// <summary>True when (x, y) lies in the RD New bounds of the Netherlands (with a margin for sea areas).</summary>
    public static bool LooksLikeRd(double x, double y) => x is > -10_000 and < 300_000 && y is > 280_000 and < 640_000;

    /// <summary>A CRS from one sample coordinate; null when it fits neither.</summary>
    public static Crs? FromSample(double x, double y) => LooksLikeLonLat(x, y) ? Crs.Wgs84 : LooksLikeRd(x, y) ? Crs.RdNew : null;
}
