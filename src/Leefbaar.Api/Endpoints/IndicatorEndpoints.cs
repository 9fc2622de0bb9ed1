using Leefbaar.Api.Contracts;
using Leefbaar.Model.Catalogue;

namespace Leefbaar.Api.Endpoints;

/// <summary>GET /api/v1/indicators: the indicator catalogue, so clients can name the codes in profiles and contributions.</summary>
public static class IndicatorEndpoints
{
    private static readonly IndicatorList Catalogue = new(IndicatorCatalogue.Default.All.Count,
        IndicatorCatalogue.Default.All.Select(d => new IndicatorDto(d.Code, d.NameNl, d.NameEn, d.Unit, d.Source, d.Dimension, d.Direction, d.Role.ToString())).ToList());

    /// <summary>Maps the endpoint.</summary>
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/indicators", () => TypedResults.Ok(Catalogue)).WithName("Indicators")
            .WithSummary("The indicator catalogue: code, Dutch and English name, unit, source table, dimension, direction and role of every indicator.");
}
