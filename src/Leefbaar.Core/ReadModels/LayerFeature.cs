using NetTopologySuite.Geometries;

namespace Leefbaar.Core.ReadModels;

/// <summary>
/// One feature of a map layer that is not an area (a rail track, a station, an earthquake epicentre, a protected
/// townscape), in RD New, with an optional measure (an earthquake's magnitude; NaN when the layer has none).
/// </summary>
public sealed record LayerFeature(Geometry Geometry, double Value, int? Year = null);
