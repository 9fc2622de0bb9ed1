using Leefbaar.Core.Areas;
using Leefbaar.Api.Contracts;
using Leefbaar.Api.Serving;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Leefbaar.Api.Endpoints;

/// <summary>GET /api/v1/areas?q= (search) and GET /api/v1/areas/{code} (profile).</summary>
public static class AreaEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/areas", Search).WithName("SearchAreas")
            .WithSummary("Find areas by name, other name or code (q), ranked postcode (a PC4 lists the buurten whose most frequent postcode it is), exact code, exact name, other name ('Den Bosch'), code prefix, name prefix, contains; each with its gemeente.");
        api.MapGet("/areas/{code}", Profile).WithName("AreaProfile")
            .WithSummary("The profile of an area: parents, official and model scores with class labels, indicators, contributions, comparison with gemeente and Nederland.");
    }

    private static Results<Ok<SearchResponse>, ProblemHttpResult> Search(ApiState s, string? q, string? limit)
    {
        if (string.IsNullOrWhiteSpace(q) || q.Length > ApiLimits.MaxQueryLength)
            return Problems.BadRequest("q", q, $"a name or code of 1–{ApiLimits.MaxQueryLength} characters");
        if (Params.Int(limit, "limit", 1, ApiLimits.MaxSearchResults, 10, out var max) is { } bad) return bad;
        var hits = s.Data.Search.Find(q, max).Select(h => new SearchResult(h.Area.Code, h.Area.Name, h.Area.Level,
            s.Data.GemeenteOf(h.Area) is { } gm && gm != h.Area.Code ? new AreaRef(gm, h.GemeenteName ?? s.Data.Areas.GetValueOrDefault(gm)?.Name ?? "", LevelName.Gemeente) : null,
            AreaSearch.MatchNames[h.Rank])).ToList();
        return TypedResults.Ok(new SearchResponse(s.Data.IsDemo, s.Notice, q.Trim(), hits));
    }

    private static Results<Ok<AreaProfile>, ProblemHttpResult> Profile(ApiState s, string code, string? year)
    {
        if (Params.Code(code, "code", out var canonical) is { } badCode) return badCode;
        if (!s.Data.Areas.TryGetValue(canonical, out var area)) return Problems.NotFound($"No area {canonical} in the served store.");
        if (Params.Year(year, () => null, out var y) is { } badYear) return badYear;
        return TypedResults.Ok(ProfileBuilder.Build(s, area, y));
    }
}
