using Leefbaar.Core.Areas;
using NetTopologySuite.Geometries;

namespace Leefbaar.Data.Import;

/// <summary>An area's boundary in RD New from one source; the store keeps one per area, division and source.</summary>
public sealed record GeometryRecord(AreaCode Area, int DivisionYear, Geometry Geometry);
