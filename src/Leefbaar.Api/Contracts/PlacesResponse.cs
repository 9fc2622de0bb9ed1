namespace Leefbaar.Api.Contracts;

/// <summary>Place names for the map's own labels (gemeenten and wijken), so the map reads without a background map.</summary>
public sealed record PlacesResponse(IReadOnlyList<PlaceDto> Places);

/// <summary>
/// One label: area code, name, level, a WGS84 point inside the area (lon, lat) and its rank — its inhabitants (CBS),
/// or its number of buurten where the store has no population — which decides the label that wins where labels would overlap.
/// </summary>
public sealed record PlaceDto(string Code, string Name, string Level, double Lon, double Lat, int Rank);

/// <summary>A raster background map: XYZ tile URL template, attribution to show and its deepest zoom.</summary>
public sealed record BasemapDto(string Tiles, string Attribution, int MaxZoom);
