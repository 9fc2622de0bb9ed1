namespace Leefbaar.Api.Hosting;

/// <summary>
/// The cross-origin policy, chosen on purpose: the scores are open data, so any site may read the API with GET (no
/// cookies or credentials exist to leak), but only the map's own origin may POST (the what-if is heavy and rate
/// limited per client; a foreign page must not spend a visitor's budget), so a cross-origin preflight for POST is
/// answered without permission.
/// </summary>
public static class CorsPolicy
{
    /// <summary>The policy name applied to /api/v1.</summary>
    public const string OpenRead = "open-read";

    /// <summary>Registers the policy.</summary>
    public static void Register(IServiceCollection services) => services.AddCors(o => o.AddPolicy(OpenRead, p => p
        .AllowAnyOrigin()
        .WithMethods("GET", "HEAD")
        .WithHeaders("Accept", "Accept-Language")
        .WithExposedHeaders("Retry-After", "Content-Disposition", "X-Leefbaar-Data")
        .SetPreflightMaxAge(TimeSpan.FromHours(1))));
}
