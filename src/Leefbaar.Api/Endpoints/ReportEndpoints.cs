using Leefbaar.Core.Areas;
using Leefbaar.App.Reports;
using Leefbaar.Api.Serving;

namespace Leefbaar.Api.Endpoints;

/// <summary>
/// GET /api/v1/reports/gemeente/{code} (the wijkdiagnose) and /api/v1/reports/national: the reports of
/// `leefbaar report` as a download, HTML (self-contained) or PDF.
/// </summary>
public static class ReportEndpoints
{
    private const string Query = " Query: year (default: the newest year with buurt scores), format=html|pdf (default html), lang=nl|en (default nl).";

    /// <summary>Maps the endpoints.</summary>
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/reports/gemeente/{code}", (ApiState s, ReportService reports, string code, string? year, string? format, string? lang, HttpContext http) =>
                Gemeente(s, reports, code, year, format, lang, http.RequestAborted))
            .WithName("GemeenteReport")
            .WithSummary("The wijkdiagnose of a gemeente: map of its buurten, every wijk and buurt with class and dimensions, the weakest buurten, comparison with Nederland and its group, early-warning signals, methods and sources.")
            .AsReportDownload();
        api.MapGet("/reports/national", (ApiState s, ReportService reports, string? year, string? format, string? lang, HttpContext http) =>
                Run(s, reports, "national", null, year, format, lang, http.RequestAborted))
            .WithName("NationalReport")
            .WithSummary("The national livability report: residents per class, where the residents of insufficient buurten live, differences by group, province and urbanity, inequality, a map of the gemeenten, methods and sources.")
            .AsReportDownload();
    }

    // What both report downloads share: attachment, HTML or PDF, the problems they can give and the heavy rate limit.
    private static RouteHandlerBuilder AsReportDownload(this RouteHandlerBuilder b) => b
        .RequireRateLimiting(Hosting.RateLimits.HeavyPolicy)
        .WithDescription("Downloads the report as a file (Content-Disposition: attachment)." + Query)
        .Produces(StatusCodes.Status200OK, contentType: "text/html")
        .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    private static Task<IResult> Gemeente(ApiState s, ReportService reports, string code, string? year, string? format, string? lang, CancellationToken cancel)
    {
        if (Params.Code(code, "code", out var canonical) is { } badCode) return Task.FromResult<IResult>(badCode);
        if (!canonical.StartsWith("GM", StringComparison.Ordinal)) return Task.FromResult<IResult>(Problems.BadRequest("code", code, "a gemeente code GM+4 digits"));
        if (!s.Data.Areas.ContainsKey(canonical)) return Task.FromResult<IResult>(Problems.NotFound($"No gemeente {canonical} in the served store."));
        return Run(s, reports, LevelName.Gemeente, canonical, year, format, lang, cancel);
    }

    private static async Task<IResult> Run(ApiState s, ReportService reports, string kind, string? gemeente, string? year, string? format, string? lang, CancellationToken cancel)
    {
        var latest = s.Data.Scores.LatestYear(ScoreValues.OfficialSource, LevelName.Buurt) ?? s.Data.Scores.LatestYear(ScoreValues.ModelSource, LevelName.Buurt);
        if (Params.Year(year, () => latest, out var y) is { } badYear) return badYear;
        if (y is null) return Problems.NotFound("The served store has no buurt scores yet: import the Leefbaarometer data or fit the model.");
        var fmt = string.IsNullOrWhiteSpace(format) ? "html" : format.Trim().ToLowerInvariant();
        if (fmt is not ("html" or "pdf")) return Problems.BadRequest("format", format, "html or pdf");
        var language = string.IsNullOrWhiteSpace(lang) ? "nl" : lang.Trim().ToLowerInvariant();
        if (language is not ("nl" or "en")) return Problems.BadRequest("lang", lang, "nl or en");
        if (fmt == "pdf" && !ReportService.CanPrintPdf)
            return TypedResults.Problem(title: "PDF unavailable", detail: "This server has no Chromium to print PDFs; ask for format=html.",
                statusCode: StatusCodes.Status503ServiceUnavailable);
        var file = await reports.Get(kind, gemeente, y.Value, language, fmt == "pdf", cancel);
        return Results.File(file.Content, file.ContentType, file.FileName);
    }
}
