using Leefbaar.Geo.Projection;
using NetTopologySuite.Geometries;

namespace Leefbaar.Data.Import;

/// <summary>
/// Settles the CRS of a geometry file from what it declares and what its first coordinate looks like: a file
/// that declares nothing gets the guess; one whose declaration contradicts its numbers (lon/lat degrees declared
/// as RD New, or the reverse) is refused as a wrong CRS.
/// </summary>
public static class CrsCheck
{
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
