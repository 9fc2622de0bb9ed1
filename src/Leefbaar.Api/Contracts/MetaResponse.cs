namespace Leefbaar.Api.Contracts;

/// <summary>
/// What the served store holds and how to draw it: classes, dimensions, levels and years per source, the map extent
/// (WGS84 min lon, min lat, max lon, max lat, over all served boundaries), the map levels that have boundaries, and
/// the provinces the newest official buurt release leaves unscored where the model scores them, and the background
/// map when `serve` was given one.
/// </summary>
public sealed record MetaResponse(
    bool Demo, string? Notice, string Attribution, IReadOnlyList<ClassLabel> Classes, IReadOnlyList<DimensionDto> Dimensions,
    IReadOnlyList<LayerDto> Layers, IReadOnlyList<string> MapLevels, int? LatestOfficialYear, int? LatestModelYear, int MaxPageSize,
    IReadOnlyList<double>? Extent, bool HasModelRelease, IReadOnlyList<string> GeometryLevels, IReadOnlyList<CoverageGap> OfficialGaps,
    BasemapDto? Basemap = null);

/// <summary>A dimension of the Leefbaarometer with its Dutch and English name.</summary>
public sealed record DimensionDto(string Code, string Nl, string En);

/// <summary>A score layer: source, level, year, the release it comes from and how many areas it scores.</summary>
public sealed record LayerDto(string Source, string Level, int Year, string Release, int Areas);

/// <summary>Liveness and what is served.</summary>
public sealed record HealthResponse(string Status, bool Demo, string? Notice, string Store, int Areas, DateTimeOffset LoadedAt, IReadOnlyList<double>? Extent);
