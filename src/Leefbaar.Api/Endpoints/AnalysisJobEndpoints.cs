using Leefbaar.Api.Contracts;
using Leefbaar.App.Analysis;

namespace Leefbaar.Api.Endpoints;

/// <summary>GET /api/v1/analysis/jobs/{id}: the state of an analysis that outlived its request (202 while it runs), then its result or problem.</summary>
public static class AnalysisJobEndpoints
{
    /// <summary>Maps the endpoint.</summary>
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/analysis/jobs/{id}", (AnalysisJobs jobs, HttpContext http, string id, string? format) => Poll(jobs, http, id, format))
            .WithName("AnalysisJob")
            .WithSummary("An analysis that took longer than its request may wait: 202 with Retry-After while it runs, then the result (format=json|csv) or its problem. Jobs are kept for the most recent 64 analyses.")
            .Produces<AnalysisJobDto>(StatusCodes.Status202Accepted)
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    private static async Task<IResult> Poll(AnalysisJobs jobs, HttpContext http, string id, string? format)
    {
        if (!AnalysisJobs.IsId(id)) return Problems.BadRequest("id", id, "a job id of 16 hexadecimal digits (0-9, a-f)");
        var f = (format ?? "json").ToLowerInvariant();
        if (f is not ("json" or "csv")) return Problems.BadRequest("format", format, "json or csv");
        if (jobs.Find(id) is not { } job)
            return Problems.NotFound($"Analysis job {id} is not known: it was never started or has been forgotten; ask for the analysis again (a finished result is remembered).");
        if (!job.Task.IsCompleted) return AnalysisAnswers.Accepted(job, jobs, f, http);
        try
        {
            return AnalysisAnswers.Result(await job.Task, f);
        }
        catch (Exception e) when (AnalysisAnswers.Failure(e, http) is { } problem)
        {
            return problem;
        }
    }
}
