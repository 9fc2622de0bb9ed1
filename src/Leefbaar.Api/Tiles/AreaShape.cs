using NetTopologySuite.Geometries;

namespace Leefbaar.Api.Tiles;

/// <summary>One area's boundary in WGS84 lon/lat.</summary>
public sealed record AreaShape(string Code, Geometry Geometry);
