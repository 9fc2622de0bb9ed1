using Leefbaar.Core.Areas;
using System.Globalization;
using Leefbaar.Analysis;
using Leefbaar.Analysis.Reporting;
using Leefbaar.Core.Errors;
using Leefbaar.App.Analysis;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Leefbaar.Api.Endpoints;

/// <summary>
/// GET /api/v1/analysis/{statistic}: trends, distribution, transitions, moran, lisa, inequality and early-warning on
/// one score release (official or model), with the CLI's parameters as query parameters; JSON (meta + tables) or
/// CSV of the primary table (?format=csv). An analysis that needs longer than <see cref="AnalysisJobs.Wait"/> answers
/// 202 with a job to poll (<see cref="AnalysisJobEndpoints"/>), so a long computation holds no connection.
/// </summary>
public static class AnalysisEndpoints
{
    private static readonly string[] Levels = [LevelName.Buurt, LevelName.Wijk, LevelName.Gemeente, LevelName.Pc4];
    private static readonly Dictionary<string, string> DefaultLevel = new()
    {
        ["distribution"] = LevelName.Buurt, ["early-warning"] = LevelName.Pc4,
    };

    /// <summary>Maps one endpoint per statistic, each documented with the statistic's one-line description.</summary>
    public static void Map(RouteGroupBuilder api)
    {
        foreach (var (name, description) in AnalysisCatalog.All)
            api.MapGet($"/analysis/{name}", (AnalysisJobs jobs, HttpRequest http) => Run(jobs, name, http))
                .WithName("Analysis" + string.Concat(name.Split('-').Select(p => char.ToUpperInvariant(p[0]) + p[1..])))
                .WithSummary(description)
                .WithDescription(description + " Query: release, level, year, from, to, measure, weights (queen|rook|knn|distance), k, band, permutations, alpha, grouping, hardCore, delta, event (fall|decline), indicator (groups: CODE or A/B), weighted, format=json|csv.")
                .Produces(StatusCodes.Status200OK, contentType: "application/json")
                .Produces(StatusCodes.Status200OK, contentType: "text/csv")
                .Produces<Contracts.AnalysisJobDto>(StatusCodes.Status202Accepted)
                .ProducesProblem(StatusCodes.Status400BadRequest)
                .ProducesProblem(StatusCodes.Status404NotFound)
                .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<IResult> Run(AnalysisJobs jobs, string statistic, HttpRequest http)
    {
        var q = http.Query;
        string? S(string key) => q.TryGetValue(key, out var v) ? v.ToString() : null;
        var level = DefaultLevel.GetValueOrDefault(statistic, LevelName.Gemeente);
        if (S("level") is { } lt && Params.Level(lt, Levels, out level) is { } badLevel) return badLevel;
        if (Opt(S("year"), "year", 1990, 2100, out var year) is { } e1) return e1;
        if (Opt(S("from"), "from", 1990, 2100, out var from) is { } e2) return e2;
        if (Opt(S("to"), "to", 1990, 2100, out var to) is { } e3) return e3;
        if (Params.Int(S("k"), "k", 1, 50, 6, out var k) is { } e4) return e4;
        if (Params.Int(S("permutations"), "permutations", 0, 9999, 999, out var perms) is { } e5) return e5;
        if (Params.Int(S("hardCore"), "hardCore", 1, 10, 3, out var hardCore) is { } e6) return e6;
        if (Real(S("band"), "band", 1, 100_000, 5000, out var band) is { } e7) return e7;
        if (Real(S("alpha"), "alpha", 1e-6, 0.5, 0.05, out var alpha) is { } e8) return e8;
        if (Real(S("delta"), "delta", 1e-4, 1, 0.03, out var delta) is { } e9) return e9;
        var format = (S("format") ?? "json").ToLowerInvariant();
        var weights = (S("weights") ?? "queen").ToLowerInvariant();
        if (format is not ("json" or "csv")) return Problems.BadRequest("format", S("format"), "json or csv");
        var weighted = S("weighted") is not { } wt || !wt.Equals("false", StringComparison.OrdinalIgnoreCase);
        var release = S("release");
        if (release is { Length: 0 or > 100 }) return Problems.BadRequest("release", release, "a release id of 1–100 characters");

        var request = new AnalysisRequest
        {
            Level = level, Year = year, Release = release, From = from, To = to, Measure = S("measure"), Weights = weights,
            K = k, Band = band, Permutations = perms, Alpha = alpha, Grouping = S("grouping"), HardCore = hardCore, Delta = delta, Weighted = weighted,
            Indicator = S("indicator"), WarningEvent = S("event") ?? "fall",
        };
        if (request.WarningEvent is not ("fall" or "decline")) return Problems.BadRequest("event", request.WarningEvent, "fall or decline");
        if (!Leefbaar.Analysis.Weights.AreaWeights.Kinds.Contains(request.Weights))
            return Problems.BadRequest("weights", request.Weights, string.Join(", ", Leefbaar.Analysis.Weights.AreaWeights.Kinds));
        // PC4 has no polygons of its own: its neighbours are always queen contiguity through its buurten.
        if (level == LevelName.Pc4 && request.Weights != "queen") return Problems.BadRequest("weights", request.Weights, "queen at level pc4 (neighbours through touching buurten)");
        (AnalysisResult? Result, AnalysisJob? Job) outcome;
        try
        {
            outcome = await jobs.Run(statistic, request, http.HttpContext.RequestAborted);
        }
        catch (Exception e) when (AnalysisAnswers.Failure(e, http.HttpContext) is { } problem)
        {
            return problem;
        }
        return outcome.Job is { } job ? AnalysisAnswers.Accepted(job, jobs, format, http.HttpContext) : AnalysisAnswers.Result(outcome.Result!, format);
    }

    private static ProblemHttpResult? Opt(string? text, string name, int min, int max, out int? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (Params.Int(text, name, min, max, 0, out var v) is { } bad) return bad;
        value = v;
        return null;
    }

    private static ProblemHttpResult? Real(string? text, string name, double min, double max, double fallback, out double value)
    {
        value = fallback;
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && value >= min && value <= max) return null;
        return Problems.BadRequest(name, text, $"a number {min}–{max}");
    }
}
