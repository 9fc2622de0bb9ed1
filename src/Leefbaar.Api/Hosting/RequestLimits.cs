
namespace Leefbaar.Api.Hosting;

/// <summary>
/// Size limits on what a client may send. Bodies are small (the what-if question is under 2 KB with the 20 changes
/// allowed), so Kestrel refuses larger ones with 413; the one upload, a GeoJSON of drawn areas, raises the limit
/// for its own request only (<see cref="Endpoints.CustomAreaEndpoints.MaxBodyBytes"/>); query strings longer than any valid one
/// (the longest, a compare of six codes with its options, is under 200 characters) get 414. Kestrel itself refuses
/// only request lines over 64 KB; up to there an over-long path or query is answered here, as a problem document
/// with the security headers, instead of Kestrel's empty response.
/// </summary>
public static class RequestLimits
{
    /// <summary>Largest request body: ample for a what-if JSON, far below anything that costs memory.</summary>
    public const long MaxBodyBytes = 16 * 1024;

    /// <summary>Longest query string.</summary>
    public const int MaxQueryLength = 2048;

    /// <summary>Longest path: the longest route, a tile or a release's model card, is under 120 characters.</summary>
    public const int MaxPathLength = 2048;

    /// <summary>Sets Kestrel's limits.</summary>
    public static void Configure(IWebHostBuilder web) => web.ConfigureKestrel(k =>
    {
        k.Limits.MaxRequestBodySize = MaxBodyBytes;
        k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        k.Limits.MaxRequestLineSize = 64 * 1024; // beyond this Kestrel answers an empty 414; below it, UseRequestTargetLimit does
        k.AddServerHeader = false; // no server name in any answer, including Kestrel's own parser rejections
    });

    /// <summary>Answers an over-long path or query string with a 414 problem before any endpoint parses it.</summary>
    public static IApplicationBuilder UseRequestTargetLimit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var path = context.Request.Path.Value?.Length ?? 0;
        var query = context.Request.QueryString.Value?.Length ?? 0;
        if (path <= MaxPathLength && query <= MaxQueryLength)
        {
            await next(context);
            return;
        }
        var detail = path > MaxPathLength
            ? $"The path has {path:N0} characters; at most {MaxPathLength:N0} are accepted."
            : $"The query string has {query:N0} characters; at most {MaxQueryLength:N0} are accepted.";
        await TypedResults.Problem(title: path > MaxPathLength ? "Path too long" : "Query too long", detail: detail,
            statusCode: StatusCodes.Status414UriTooLong).ExecuteAsync(context);
    });
}
