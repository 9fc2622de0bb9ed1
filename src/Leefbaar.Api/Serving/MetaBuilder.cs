using Leefbaar.Core.Areas;
using Leefbaar.Api.Contracts;
using Leefbaar.Api.Tiles;
using Leefbaar.Core.Scores;
using NetTopologySuite.Geometries;

namespace Leefbaar.Api.Serving;

/// <summary>Builds the /meta answer once per served store: it only depends on the immutable snapshot and boundaries.</summary>
public static class MetaBuilder
{
    private const string Attribution = "Bron: CBS, PDOK/Kadaster, Politie, RIVM (CC BY 4.0); Leefbaarometer 3.0, Ministerie van BZK.";

    /// <summary>The meta document of a served state.</summary>
    public static MetaResponse Build(ApiState s)
    {
        var scores = s.Data.Scores;
        var withShapes = TileService.Levels.Where(l => s.Tiles.Shapes(l).ByCode.Count > 0).ToList();
        return new MetaResponse(
            s.Data.IsDemo, s.Notice, Attribution,
            Enumerable.Range(1, 9).Select(c => ClassLabel.Of(c)!).ToList(),
            Dimensions.All.Select(d => new DimensionDto(d.Code(), d.DutchName(), d.EnglishName())).ToList(),
            scores.Summary().Select(l => new LayerDto(l.Source, l.Level, l.Year, l.Release, l.Count)).ToList(),
            TileService.Levels,
            scores.LatestYear(ScoreValues.OfficialSource, TileService.Levels),
            scores.LatestYear(ScoreValues.ModelSource, TileService.Levels),
            ApiLimits.MaxPageSize,
            Extent(s),
            s.Data.Releases.Count > 0,
            withShapes,
            OfficialCoverage.Gaps(s.Data, LevelName.Buurt),
            s.Basemap is { } b ? new BasemapDto(b.Tiles, b.Attribution, b.MaxZoom) : null);
    }

    /// <summary>The WGS84 extent of everything served, over the boundaries of all map levels, or null without boundaries.</summary>
    public static double[]? Extent(ApiState s)
    {
        var all = new Envelope();
        foreach (var level in TileService.Levels) all.ExpandToInclude(s.Tiles.Shapes(level).Extent);
        return Bbox(all);
    }

    /// <summary>An envelope as [min lon, min lat, max lon, max lat], or null when empty.</summary>
    public static double[]? Bbox(Envelope e) =>
        e.IsNull ? null : [Math.Round(e.MinX, 5), Math.Round(e.MinY, 5), Math.Round(e.MaxX, 5), Math.Round(e.MaxY, 5)];
}
