using Leefbaar.Api.Contracts;
using Leefbaar.Api.Serving;

namespace Leefbaar.Api.Endpoints;

/// <summary>GET /api/v1/indicators: the indicator catalogue (with the store's user indicators), so clients can name the codes in profiles and contributions.</summary>
public static class IndicatorEndpoints
{
    /// <summary>Maps the endpoint.</summary>
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/indicators", (ApiState s) => TypedResults.Ok(new IndicatorList(s.Data.Catalogue.All.Count,
                s.Data.Catalogue.All.Select(d => new IndicatorDto(d.Code, d.NameNl, d.NameEn, d.Unit, d.Source, d.Dimension, d.Direction, d.Role.ToString())).ToList())))
            .WithName("Indicators")
            .WithSummary("The indicator catalogue: code, Dutch and English name, unit, source table, dimension, direction and role of every indicator (role User: a gemeente's own indicator, never in the default release).");
}
