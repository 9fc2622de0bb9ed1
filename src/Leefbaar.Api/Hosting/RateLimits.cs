using System.Globalization;
using System.Threading.RateLimiting;

namespace Leefbaar.Api.Hosting;

/// <summary>
/// Requests per client (remote address) per window: one budget for every /api/v1 call, a much smaller one for the
/// answers that rebuild feature tables or print PDFs (what-if, reports). Over budget: 429 with Retry-After, as RFC 6585
/// describes, in the problem-details shape of every other error.
/// </summary>
public sealed record RateLimits(int ApiPermits, int HeavyPermits, TimeSpan Window)
{
    /// <summary>The policy name of the heavy endpoints.</summary>
    public const string HeavyPolicy = "heavy";

    /// <summary>Generous for a map (a pan loads dozens of tiles): 3,000 API calls and 20 heavy ones per client per minute.</summary>
    public static readonly RateLimits Default = new(3000, 20, TimeSpan.FromMinutes(1));

    /// <summary>No limit (benchmarks on loopback).</summary>
    public static readonly RateLimits Off = new(int.MaxValue, int.MaxValue, TimeSpan.FromSeconds(1));

    /// <summary>Registers the limiter.</summary>
    public void Register(IServiceCollection services) => services.AddRateLimiter(o =>
    {
        o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            http.Request.Path.StartsWithSegments("/api")
                ? RateLimitPartition.GetFixedWindowLimiter(Client(http), _ => Budget(ApiPermits))
                : RateLimitPartition.GetNoLimiter("static"));
        o.AddPolicy(HeavyPolicy, http => RateLimitPartition.GetFixedWindowLimiter(Client(http), _ => Budget(HeavyPermits)));
        o.OnRejected = async (context, cancel) =>
        {
            var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : this.Window;
            var response = context.HttpContext.Response;
            response.StatusCode = StatusCodes.Status429TooManyRequests;
            response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            await Results.Problem(title: "Too many requests",
                detail: "Te veel verzoeken; probeer het over enkele seconden opnieuw. / Too many requests; try again in a few seconds.",
                statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(context.HttpContext);
        };
    });

    private FixedWindowRateLimiterOptions Budget(int permits) => new() { PermitLimit = permits, Window = this.Window, QueueLimit = 0, AutoReplenishment = true };

    private static string Client(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
