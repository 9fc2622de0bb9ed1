using Leefbaar.Api.Contracts;
using Leefbaar.Api.Serving;

namespace Leefbaar.Api.Endpoints;

/// <summary>GET /api/v1/health, GET /api/v1/meta and GET /api/v1/places.</summary>
public static class SystemEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/health", (ApiState s) => TypedResults.Ok(new HealthResponse("ok", s.Data.IsDemo, s.Notice,
                Path.GetFileName(s.Data.StorePath), s.Data.Areas.Count, s.Data.LoadedAt, s.Meta.Extent)))
            .WithName("Health").WithSummary("Liveness, whether the data is the synthetic demo, how many areas are served and their WGS84 extent.");

        api.MapGet("/meta", (ApiState s) => TypedResults.Ok(s.Meta))
            .WithName("Meta").WithSummary("Classes with Dutch and English labels, dimensions, score layers (source, level, year, release), map extent, levels with boundaries, provinces without official scores, the background map if one is configured.");

        api.MapGet("/places", (ApiState s) => TypedResults.Ok(s.Places))
            .WithName("Places").WithSummary("Place labels for the map: every gemeente and wijk with a WGS84 point inside it and its rank: inhabitants, else number of buurten (largest first).");
    }
}
