using Leefbaar.Geo.Projection;
using NetTopologySuite.Geometries;

namespace Leefbaar.Data.Import;

/// <summary>
/// Settles the CRS of a geometry file from what it declares and what its first coordinate looks like: a file
/// that declares nothing gets the guess; one whose declaration contradicts its numbers (lon/lat degrees declared
/// as RD New, or the reverse) is refused as a wrong CRS. Every geometry, not only the first, must then lie inside
/// the Netherlands in that CRS (<see cref="EnsureInside"/>), so one RD-metre feature in a lon/lat file is caught.
/// </summary>
public static class CrsCheck
{
    /// <summary>The Netherlands in lon/lat degrees (3.2–7.3 E, 50.7–53.6 N) plus a 0.05° margin.</summary>
    public static readonly Envelope Degrees = new(3.15, 7.35, 50.65, 53.65);

    /// <summary>The Netherlands in RD New metres (x −7,000…300,000, y 289,000…629,000) plus a 5 km margin.</summary>
    public static readonly Envelope RdMetres = new(-12_000, 305_000, 284_000, 634_000);

    /// <summary>Throws when any coordinate of <paramref name="raw"/> (in <paramref name="crs"/>) lies outside the Netherlands.</summary>
    public static void EnsureInside(string file, long feature, Crs crs, Geometry raw, string field = "geometry")
    {
        var box = crs == Crs.RdNew ? RdMetres : Degrees;
        if (raw.IsEmpty || box.Contains(raw.EnvelopeInternal)) return;
        var bad = raw.Coordinates.FirstOrDefault(c => !box.Contains(c.X, c.Y) || !double.IsFinite(c.X) || !double.IsFinite(c.Y)) ?? raw.Coordinate;
        var unit = crs == Crs.RdNew ? "RD New metres (x −7,000…300,000, y 289,000…629,000)" : "lon/lat degrees (3.2…7.3, 50.7…53.6)";
        throw new ImportException(file, $"every coordinate inside the Netherlands in {unit}, the CRS of this file", feature: feature, field: field,
            found: $"{bad.X}, {bad.Y}", hint: "a file mixing CRSs or a shifted feature; reproject the whole file to one CRS");
    }

    /// <summary>The CRS to reproject from, or an <see cref="ImportException"/> naming the feature and the coordinate.</summary>
    public static Crs Resolve(string file, long feature, Crs? declared, Geometry sample, string field = "geometry")
    {
        var c = sample.Coordinate;
        if (c is null) return declared ?? Crs.RdNew;
        var guessed = CrsGuess.FromSample(c.X, c.Y)
            ?? throw new ImportException(file, "coordinates in the Netherlands, in lon/lat degrees or RD New metres", feature: feature, field: field, found: $"{c.X}, {c.Y}");
        if (declared is null) return guessed;
        var declaredIsDegrees = declared != Crs.RdNew;
        var lookDegrees = guessed != Crs.RdNew;
        if (declaredIsDegrees != lookDegrees)
            throw new ImportException(file, $"coordinates matching the declared CRS {declared} (wrong CRS?)", feature: feature, field: field, found: $"{c.X}, {c.Y}");
        return declared.Value;
    }
}
