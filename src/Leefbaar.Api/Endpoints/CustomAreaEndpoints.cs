using Leefbaar.Api.Contracts;
using Leefbaar.Api.Serving;
using Leefbaar.App.CustomAreas;
using Leefbaar.Model.Scoring;
using Microsoft.AspNetCore.Http.Features;

namespace Leefbaar.Api.Endpoints;

/// <summary>POST /api/v1/areas/custom: drawn polygons scored from the buurten they cover, as `leefbaar score --areas`.</summary>
public static class CustomAreaEndpoints
{
    /// <summary>Largest GeoJSON body: 100 areas of detailed boundaries fit; the API's other bodies stay at 16 KB.</summary>
    public const long MaxBodyBytes = 8L * 1024 * 1024;

    /// <summary>How a custom area is scored, in every answer.</summary>
    public const string Method =
        "Modelscore: het gemiddelde van de buurten die het gebied bedekt, gewogen naar bedekt aandeel × inwoners; het aandeel " +
        "is dat van de inwoners volgens de CBS-100m-cellen waar die er zijn (residentShare), anders dat van de oppervlakte. / " +
        "Model score: the mean of the buurten the area covers, weighted by covered share × inhabitants; the share is that of " +
        "the residents by the CBS 100 m cells where the store has them (residentShare), else that of the area.";

    /// <summary>Maps the endpoint.</summary>
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/areas/custom", (ApiState s, CustomAreaService service, HttpContext http, string? release) => Score(s, service, http, release))
            .WithName("CustomAreas")
            .RequireRateLimiting(Hosting.RateLimits.HeavyPolicy)
            .WithMetadata(new Microsoft.AspNetCore.Cors.DisableCorsAttribute())
            .WithSummary("Score drawn areas: a GeoJSON body (FeatureCollection, Feature or Polygon/MultiPolygon; lon/lat or RD New; at most 100 areas) scored as the inhabitant-weighted combination of the buurten each covers, with the per-buurt breakdown and the 90 % interval.")
            .Accepts<object>("application/geo+json", "application/json")
            .Produces<CustomAreaResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

    private static async Task<IResult> Score(ApiState s, CustomAreaService service, HttpContext http, string? release)
    {
        if (release is { Length: 0 or > 100 }) return Problems.BadRequest("release", release, "a release id of 1–100 characters");
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = MaxBodyBytes;
        if (http.Request.ContentLength > MaxBodyBytes)
            return TypedResults.Problem(title: "Body too large", detail: $"A GeoJSON body of at most {MaxBodyBytes >> 20} MiB.", statusCode: StatusCodes.Status413PayloadTooLarge);
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
        if (buffer.Length == 0) return Problems.BadRequest("body", "", "a GeoJSON FeatureCollection, Feature or Polygon");
        var (id, answers) = await service.Score(buffer.ToArray(), release, http.RequestAborted);
        return TypedResults.Ok(new CustomAreaResponse(s.Data.IsDemo, s.Data.IsDemo ? ApiState.DemoNotice : null, id, answers.Select(Dto).ToList(), Method));
    }

    private static CustomAreaDto Dto(CustomAreaAnswer a)
    {
        if (a.Combined is not { } c) return new CustomAreaDto(a.Area.Code, a.Area.Name, false, a.Area.Repaired, null, null, null, null, null, null, null, null, null, []);
        var s = c.Score;
        return new CustomAreaDto(a.Area.Code, a.Area.Name, true, a.Area.Repaired,
            new WhatIfScore(s.Afw, s.Won, s.Fys, s.Vrz, s.Soc, s.Onv, s.Class, ClassLabel.Of(s.Class), N(s.PWeak)),
            s.ClassLow, s.ClassHigh, s.AfwLower, s.AfwUpper, s.Reliable, Math.Round(s.Weight, 1),
            c.Weights == CombinationWeights.Inhabitants ? "inhabitants" : "area", N(Math.Round(c.ShareWeak, 4)),
            c.Parts.Select(p => new CoveredBuurtDto(p.Score.Code, p.Score.Name, p.Score.Gemeente, Math.Round(p.Share, 6), p.ResidentShare is { } r ? Math.Round(r, 6) : null, Math.Round(p.Score.Weight, 1),
                Math.Round(p.Weight, 3), p.Score.Afw, p.Score.Class)).ToList());
    }

    private static double? N(double v) => double.IsNaN(v) ? null : v;
}
