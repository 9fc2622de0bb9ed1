using Microsoft.AspNetCore.Routing.Template;

namespace Leefbaar.Api.Hosting;

/// <summary>
/// Tells a wrong method from a wrong path for the API fallback: routing picks the catch-all fallback when no endpoint
/// takes the method, so without this a POST to a GET route answered 404. The route templates are read once from
/// the app's endpoints; thread-safe after that.
/// </summary>
public sealed class MethodNotAllowed(EndpointDataSource endpoints)
{
    private readonly Lazy<List<(TemplateMatcher Matcher, IReadOnlyList<string> Methods)>> _routes = new(() => endpoints.Endpoints
        .OfType<RouteEndpoint>()
        .Where(e => e.RoutePattern.RawText is not null && e.Metadata.GetMetadata<IHttpMethodMetadata>() is { HttpMethods.Count: > 0 })
        .Select(e => (new TemplateMatcher(TemplateParser.Parse(e.RoutePattern.RawText!.TrimStart('/')), new RouteValueDictionary()),
            e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods))
        .ToList());

    /// <summary>The methods the path's routes accept (empty when no route has this path).</summary>
    public IReadOnlyList<string> Allowed(PathString path)
    {
        var methods = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (matcher, m) in _routes.Value)
            if (matcher.TryMatch(path, new RouteValueDictionary())) methods.UnionWith(m);
        return [.. methods];
    }

    /// <summary>The fallback answer: 405 with Allow when another method fits the path, else 404.</summary>
    public IResult Answer(HttpContext http)
    {
        var allowed = Allowed(http.Request.Path);
        if (allowed.Count == 0 || allowed.Contains(http.Request.Method)) return Endpoints.Problems.NotFound("No such API endpoint; see /openapi/v1.json.");
        http.Response.Headers.Allow = string.Join(", ", allowed);
        return TypedResults.Problem(title: "Method not allowed",
            detail: $"{http.Request.Method} is not allowed here; this path accepts {string.Join(", ", allowed)}.",
            statusCode: StatusCodes.Status405MethodNotAllowed);
    }
}
