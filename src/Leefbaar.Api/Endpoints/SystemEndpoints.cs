using Leefbaar.Api.Contracts;
using Leefbaar.Api.Serving;
using Leefbaar.Api.Tiles;
using Leefbaar.Core.Scores;

namespace Leefbaar.Api.Endpoints;

/// <summary>GET /api/v1/health and GET /api/v1/meta.</summary>
public static class SystemEndpoints
{
    private const string Attribution = "Bron: CBS, PDOK/Kadaster, Politie, RIVM (CC BY 4.0); Leefbaarometer 3.0, Ministerie van BZK.";

    /// <summary>Maps the endpoints.</summary>
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/health", (ApiState s) => TypedResults.Ok(new HealthResponse("ok", s.Data.IsDemo, s.Notice,
                Path.GetFileName(s.Data.StorePath), s.Data.Areas.Count, s.Data.LoadedAt)))
            .WithName("Health").WithSummary("Liveness, whether the data is the synthetic demo, and how many areas are served.");

        api.MapGet("/meta", (ApiState s) => TypedResults.Ok(Meta(s)))
            .WithName("Meta").WithSummary("Classes with Dutch and English labels, dimensions, and the score layers (source, level, year, release).");
    }

    /// <summary>An envelope as [min lon, min lat, max lon, max lat], or null when empty.</summary>
    public static double[]? Bbox(NetTopologySuite.Geometries.Envelope e) =>
        e.IsNull ? null : [Math.Round(e.MinX, 5), Math.Round(e.MinY, 5), Math.Round(e.MaxX, 5), Math.Round(e.MaxY, 5)];

    private static MetaResponse Meta(ApiState s)
    {
        var scores = s.Data.Scores;
        return new MetaResponse(
            s.Data.IsDemo, s.Notice, Attribution,
            Enumerable.Range(1, 9).Select(c => ClassLabel.Of(c)!).ToList(),
            Dimensions.All.Select(d => new DimensionDto(d.Code(), d.DutchName(), d.EnglishName())).ToList(),
            scores.Summary().Select(l => new LayerDto(l.Source, l.Level, l.Year, l.Release, l.Count)).ToList(),
            TileService.Levels,
            scores.LatestYear(ScoreValues.OfficialSource, TileService.Levels),
            scores.LatestYear(ScoreValues.ModelSource, TileService.Levels),
            ApiLimits.MaxPageSize,
            Bbox(s.Tiles.Shapes("gemeente").Extent) ?? Bbox(s.Tiles.Shapes("buurt").Extent),
            s.Data.Releases.Count > 0);
    }
}
