
namespace Leefbaar.Api.Hosting;

/// <summary>
/// Size limits on what a client may send. Bodies are small (the what-if question is under 2 KB with the 20 changes
/// allowed), so Kestrel refuses larger ones with 413; the one upload, a GeoJSON of drawn areas, raises the limit
/// for its own request only (<see cref="Endpoints.CustomAreaEndpoints.MaxBodyBytes"/>); query strings longer than any valid one
/// (the longest, a compare of six codes with its options, is under 200 characters) get 414.
/// </summary>
public static class RequestLimits
{
    /// <summary>Largest request body: ample for a what-if JSON, far below anything that costs memory.</summary>
    public const long MaxBodyBytes = 16 * 1024;

    /// <summary>Longest query string.</summary>
    public const int MaxQueryLength = 2048;

    /// <summary>Sets Kestrel's limits.</summary>
    public static void Configure(IWebHostBuilder web) => web.ConfigureKestrel(k =>
    {
        k.Limits.MaxRequestBodySize = MaxBodyBytes;
        k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        k.Limits.MaxRequestLineSize = 8 * 1024;
    });

    /// <summary>Answers an over-long query string with a 414 problem before any endpoint parses it.</summary>
    public static IApplicationBuilder UseQueryLengthLimit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var length = context.Request.QueryString.Value?.Length ?? 0;
        if (length <= MaxQueryLength)
        {
            await next(context);
            return;
        }
        await TypedResults.Problem(title: "Query too long",
            detail: $"The query string has {length:N0} characters; at most {MaxQueryLength:N0} are accepted.",
            statusCode: StatusCodes.Status414UriTooLong).ExecuteAsync(context);
    });
}
