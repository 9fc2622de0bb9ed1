using Leefbaar.Api.Serving;
using Leefbaar.Api.Tiles;

namespace Leefbaar.Api.Endpoints;

/// <summary>GET /api/v1/tiles/{level}/{z}/{x}/{y}.pbf?year=: Mapbox vector tiles of area boundaries with score attributes.</summary>
public static class TileEndpoints
{
    /// <summary>Maps the endpoint.</summary>
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/tiles/{level}/{z:int}/{x:int}/{y:int}.pbf", Tile).WithName("VectorTile")
            .WithSummary("A vector tile (layer named after the level) with code, name, o_afw, o_kscore, o_kwon…o_konv, m_afw, m_kscore, m_kwon…m_konv, m_reliable for the year (default latest).")
            .Produces(StatusCodes.Status200OK, contentType: "application/vnd.mapbox-vector-tile")
            .ProducesProblem(StatusCodes.Status400BadRequest);

    private static IResult Tile(ApiState s, HttpContext http, string level, int z, int x, int y, string? year)
    {
        if (Params.Level(level, TileService.Levels, out var lvl) is { } badLevel) return badLevel;
        if (!TileMath.IsValid(z, x, y)) return Problems.BadRequest("z/x/y", $"{z}/{x}/{y}", $"a tile with 0 ≤ z ≤ {TileMath.MaxZoom} and 0 ≤ x, y < 2^z");
        var latest = s.Data.Scores.LatestYear(ScoreValues.OfficialSource, TileService.Levels) ?? s.Data.Scores.LatestYear(ScoreValues.ModelSource, TileService.Levels);
        if (Params.Year(year, () => latest, out var yr) is { } badYear) return badYear;
        var bytes = s.Tiles.Tile(lvl, yr ?? 0, z, x, y);
        http.Response.Headers.CacheControl = "public, max-age=3600";
        return Results.Bytes(bytes, "application/vnd.mapbox-vector-tile");
    }
}
