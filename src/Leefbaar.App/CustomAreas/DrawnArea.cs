using NetTopologySuite.Geometries;

namespace Leefbaar.App.CustomAreas;

/// <summary>An area a user drew or uploaded: a code and name of its own and its polygon in RD New.</summary>
public sealed record DrawnArea(string Code, string Name, Geometry Shape, bool Repaired);
