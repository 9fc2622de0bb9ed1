using Leefbaar.Api.Contracts;
using Leefbaar.Api.Serving;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Leefbaar.Api.Endpoints;

/// <summary>GET /api/v1/compare?codes=a,b[,…]&amp;year=: two to six areas side by side.</summary>
public static class CompareEndpoints
{
    /// <summary>Maps the endpoint.</summary>
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/compare", Compare).WithName("CompareAreas")
            .WithSummary("Two to six areas (codes, comma-separated) side by side for a year (default: each area's newest), with the Nederland reference.");

    private static Results<Ok<CompareResponse>, ProblemHttpResult> Compare(ApiState s, string? codes, string? year)
    {
        var parts = (codes ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length is < ApiLimits.MinCompare or > ApiLimits.MaxCompare)
            return Problems.BadRequest("codes", codes, $"{ApiLimits.MinCompare} to {ApiLimits.MaxCompare} comma-separated area codes");
        if (Params.Year(year, () => null, out var y) is { } badYear) return badYear;
        var areas = new List<ComparedArea>();
        foreach (var part in parts)
        {
            if (Params.Code(part, "codes", out var code) is { } bad) return bad;
            if (ProfileBuilder.Compared(s, code, null, null, y) is not { } compared) return Problems.NotFound($"No area {code} in the served store.");
            if (areas.All(a => a.Code != code)) areas.Add(compared);
        }
        var first = areas.Select(a => a.Official).FirstOrDefault(o => o is not null);
        var firstModel = areas.Select(a => a.Model).FirstOrDefault(o => o is not null);
        return TypedResults.Ok(new CompareResponse(s.Data.IsDemo, s.Notice, y, areas,
            first is null ? null : National(s, first), firstModel is null ? null : National(s, firstModel)));
    }

    private static NationalDto? National(ApiState s, ScoreDto score) =>
        s.Data.Scores.National(score.Release, score.Year) is { } n ? new NationalDto(n.Release, n.Year, n.Level, n.Weighting, n.Areas, n.Means) : null;
}
