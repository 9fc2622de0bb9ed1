using System.Text;
using Leefbaar.Analysis.Reporting;
using Leefbaar.Api.Contracts;
using Leefbaar.App.Analysis;
using Leefbaar.Core.Errors;

namespace Leefbaar.Api.Endpoints;

/// <summary>The HTTP answers of an analysis, shared by the statistic endpoints and the job endpoint: result, job or problem.</summary>
public static class AnalysisAnswers
{
    /// <summary>Seconds a client should wait before polling a running job again.</summary>
    public const int PollSeconds = 1;

    /// <summary>The result as JSON (meta + tables) or CSV of its primary table.</summary>
    public static IResult Result(AnalysisResult result, string format) => format == "csv"
        ? Results.Text(AnalysisFormats.Csv(result), "text/csv; charset=utf-8", Encoding.UTF8)
        : Results.Json(AnalysisFormats.ToJsonObject(result));

    /// <summary>202 Accepted for a running job, with its Location and Retry-After.</summary>
    public static IResult Accepted(AnalysisJob job, AnalysisJobs jobs, string format, HttpContext http)
    {
        var location = $"/api/v1/analysis/jobs/{job.Id}" + (format == "csv" ? "?format=csv" : "");
        http.Response.Headers.Location = location;
        http.Response.Headers.RetryAfter = PollSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var elapsed = Math.Round((DateTimeOffset.UtcNow - job.Started).TotalSeconds, 1);
        return TypedResults.Json(new AnalysisJobDto(job.Id, job.Statistic, "running", job.Started, elapsed, jobs.Budget.TotalSeconds, location,
            "De analyse loopt nog; vraag het resultaat op bij location. / The analysis is still running; fetch the result from location."),
            statusCode: StatusCodes.Status202Accepted);
    }

    /// <summary>The problem for a failed analysis, or null when the exception is not an analysis failure (it is rethrown).</summary>
    public static IResult? Failure(Exception e, HttpContext http)
    {
        switch (e)
        {
            case ArgumentException when e is not ArgumentNullException and not ArgumentOutOfRangeException:
                return TypedResults.Problem(title: "Invalid analysis request", detail: Problems.Short(e.Message), statusCode: StatusCodes.Status400BadRequest);
            case NotFoundException:
                return Problems.NotFound(e.Message);
            case WorkBudgetExceededException budget:
                // 503 with Retry-After: a busy server clears soon; a request that ran out itself is remembered and fails at once.
                http.Response.Headers.RetryAfter = budget.Queued ? "5" : "60";
                return TypedResults.Problem(title: "Analysis time budget exceeded", detail: budget.Message, statusCode: StatusCodes.Status503ServiceUnavailable,
                    extensions: new Dictionary<string, object?> { ["budgetSeconds"] = budget.Budget.TotalSeconds });
            default:
                return null;
        }
    }
}
