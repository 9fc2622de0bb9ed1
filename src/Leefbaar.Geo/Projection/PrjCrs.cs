namespace Leefbaar.Geo.Projection;

/// <summary>
/// Reads the CRS of an Esri .prj (or any OGC WKT). Stricter than <see cref="CrsNames"/>: a projected system is
/// RD New only when it says so, so a UTM zone on the WGS84 datum is not mistaken for lon/lat.
/// </summary>
public static class PrjCrs
{
    /// <summary>The CRS, or null when the WKT is neither RD New nor a geographic WGS84/ETRS89/Amersfoort system.</summary>
    public static Crs? TryParse(string? wkt)
    {
        if (string.IsNullOrWhiteSpace(wkt)) return null;
        var t = wkt.Trim().ToUpperInvariant();
        if (t.StartsWith("PROJCS[") || t.StartsWith("PROJCRS["))
        {
            var isRd = t.Contains("RD_NEW") || t.Contains("RD NEW") || t.Contains("\"28992\"")
                || (t.Contains("AMERSFOORT") && t.Contains("STEREOGRAPHIC"));
            return isRd ? Crs.RdNew : null;
        }
        if (t.StartsWith("GEOGCS[") || t.StartsWith("GEOGCRS["))
        {
            if (t.Contains("AMERSFOORT")) return Crs.Amersfoort;
            if (t.Contains("WGS_1984") || t.Contains("WGS 84") || t.Contains("WGS84") || t.Contains("ETRS")) return Crs.Wgs84;
        }
        return null;
    }
}
