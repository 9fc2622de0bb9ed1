namespace Leefbaar.Api.Hosting;

/// <summary>
/// Adds the security headers to every response, and the demo-data header when the store is synthetic. The
/// content security policy allows this origin only; blob: workers and images are MapLibre's own (it builds them
/// from its bundled worker code and tile data). A configured basemap adds its one tile origin to img-src and
/// connect-src, nothing else.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The content security policy.</summary>
    public const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; worker-src 'self' blob:; " +
        "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The policy with <paramref name="tileOrigin"/> (a basemap's origin) allowed for images and fetches.</summary>
    public static string PolicyWith(string? tileOrigin) => tileOrigin is null
        ? Policy
        : Policy.Replace("img-src 'self' data: blob:", $"img-src 'self' data: blob: {tileOrigin}").Replace("connect-src 'self'", $"connect-src 'self' {tileOrigin}");

    /// <summary>Registers the middleware.</summary>
    public static IApplicationBuilder UseLeefbaarHeaders(this IApplicationBuilder app, bool demo, string? tileOrigin = null) => app.Use((context, next) =>
    {
        var h = context.Response.Headers;
        h.XContentTypeOptions = "nosniff";
        h.XFrameOptions = "DENY";
        h.ContentSecurityPolicy = PolicyWith(tileOrigin);
        h["Referrer-Policy"] = "no-referrer";
        h["Cross-Origin-Opener-Policy"] = "same-origin";
        if (demo) h["X-Leefbaar-Data"] = "synthetic-demo";
        return next(context);
    });
}
