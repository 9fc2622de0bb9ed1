namespace Leefbaar.Api.Contracts;

/// <summary>Place names for the map's own labels (gemeenten and wijken), so the map reads without a background map.</summary>
public sealed record PlacesResponse(IReadOnlyList<PlaceDto> Places);

/// <summary>
/// One label: area code, name, level, a WGS84 point inside the area (lon, lat) and its rank — the number of buurten
/// it holds, a stand-in for its size that decides which label wins where labels would overlap.
/// </summary>
public sealed record PlaceDto(string Code, string Name, string Level, double Lon, double Lat, int Rank);

/// <summary>A raster background map: XYZ tile URL template, attribution to show and its deepest zoom.</summary>
public sealed record BasemapDto(string Tiles, string Attribution, int MaxZoom);
