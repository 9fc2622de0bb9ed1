using System.Net;
using System.Text.Json;

namespace Leefbaar.Api.Tests;

/// <summary>
/// Parameter audit of every GET endpoint (issue 14): starting from a valid request, each parameter in turn gets
/// hostile values — empty, negative, huge, NaN, an overflowing number, a traversal path, control characters, a
/// long string, another level's code. No combination may give a server error; every refusal is a short problem
/// document without a stack trace.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class HostileParameterTests(ServerFixture server)
{
    private static readonly string[] Hostile =
        ["", "-1", "0", "99999999999999999999", "NaN", "1e309", "-Infinity", "../../../etc/passwd", "%00", "%0d%0aX-Injected:%201",
         "<script>alert(1)</script>", "'; DROP TABLE areas; --", new string('9', 600), "BU05991571", "GM0599", "PV27", "%C3%BAs"];

    // A valid request per endpoint (cheap: gemeente level, few permutations) and the parameters that get hostile values.
    private static readonly (string Path, string Query, string[] Params)[] Endpoints =
    [
        ("/api/v1/areas", "q=Rotterdam&limit=5", ["q", "limit"]),
        ("/api/v1/areas/{code}", "year=2024", ["code", "year"]),
        ("/api/v1/scores/{level}/{year}", "source=official&page=1&pageSize=10", ["level", "year", "source", "gemeente", "page", "pageSize", "format", "excel"]),
        ("/api/v1/compare", "codes=GM0599,GM0363&year=2024", ["codes", "year"]),
        ("/api/v1/models/{id}", "", ["id"]),
        ("/api/v1/models/{id}/card", "", ["id"]),
        ("/api/v1/tiles/{level}/{z}/{x}/{y}.pbf", "year=2024", ["level", "z", "x", "y", "year"]),
        ("/api/v1/analysis/moran", "level=gemeente&year=2024&permutations=9", ["level", "year", "release", "measure", "weights", "k", "band", "permutations"]),
        ("/api/v1/analysis/lisa", "level=gemeente&year=2024&permutations=9", ["alpha", "weights", "measure"]),
        ("/api/v1/analysis/inequality", "level=gemeente", ["grouping", "measure", "weighted", "year"]),
        ("/api/v1/analysis/trends", "level=pc4&release=lbm3-2022&from=2020&to=2022", ["from", "to", "hardCore", "format"]),
        ("/api/v1/analysis/transitions", "level=pc4&release=lbm3-2022", ["from", "to"]),
        ("/api/v1/analysis/distribution", "year=2024", ["grouping", "year"]),
        ("/api/v1/analysis/early-warning", "", ["delta", "event", "release"]),
        ("/api/v1/analysis/groups", "indicator=population", ["indicator", "from", "to", "grouping"]),
        ("/api/v1/reports/gemeente/{code}", "year=2024&format=html", ["code", "year", "format", "lang"]),
        ("/api/v1/reports/national", "year=2024&format=html", ["year", "format", "lang"]),
        ("/api/v1/sets/{id}", "", ["id", "source"]),
    ];

    private static readonly Dictionary<string, string> PathDefaults = new()
    {
        ["code"] = "GM0599", ["year"] = "2024", ["level"] = "gemeente", ["id"] = ServerFixture.TestRelease, ["z"] = "8", ["x"] = "131", ["y"] = "84",
    };

    [Fact]
    public async Task No_hostile_parameter_gives_a_server_error_and_every_refusal_is_a_short_problem()
    {
        var failures = new List<string>();
        var requests = 0;
        foreach (var (path, query, names) in Endpoints)
            foreach (var name in names)
                foreach (var value in Hostile)
                {
                    // the reports render seconds-long documents for a valid request: give them only values that are invalid there
                    if (path.StartsWith("/api/v1/reports", StringComparison.Ordinal) && value is "GM0599") continue;
                    var url = Build(path, query, name, value);
                    requests++;
                    using var response = await server.Client.GetAsync(url);
                    var status = (int)response.StatusCode;
                    var body = await response.Content.ReadAsStringAsync();
                    if (status >= 500 && status != 503) failures.Add($"{status} {url}: {Trim(body)}");
                    else if (status >= 400 && !IsShortProblem(response, body, status)) failures.Add($"{status} without a short problem document: {url}: {Trim(body)}");
                    if (body.Contains("   at ", StringComparison.Ordinal)) failures.Add($"stack trace in {url}");
                    if (response.Headers.Contains("X-Injected")) failures.Add($"header injection through {url}");
                }
        Assert.True(failures.Count == 0, $"{failures.Count} of {requests} requests:\n" + string.Join("\n", failures.Take(30)));
        Assert.True(requests > 900, $"{requests} requests");
    }

    private static string Build(string path, string query, string name, string value)
    {
        var resolved = path;
        foreach (var (key, fallback) in PathDefaults)
        {
            var token = "{" + key + "}";
            if (!resolved.Contains(token, StringComparison.Ordinal)) continue;
            // an empty path segment would route elsewhere; a slash is part of the hostile traversal value on purpose
            resolved = resolved.Replace(token, key == name ? (value.Length == 0 ? "%20" : value) : fallback);
        }
        var parts = query.Split('&', StringSplitOptions.RemoveEmptyEntries).Where(p => p.Split('=')[0] != name).ToList();
        if (!path.Contains("{" + name + "}", StringComparison.Ordinal)) parts.Add($"{name}={value}");
        return parts.Count == 0 ? resolved : resolved + "?" + string.Join('&', parts);
    }

    private static bool IsShortProblem(HttpResponseMessage response, string body, int status)
    {
        if (status == 404 && body.Length == 0) return true; // a route that does not exist (e.g. a path value with a slash) has no endpoint to answer
        // Kestrel itself refuses a NUL in the request path before any middleware runs, with an empty 400: safe, but
        // not a problem document (left in docs/reliability.md)
        if (status == 400 && body.Length == 0 && response.RequestMessage?.RequestUri?.AbsolutePath.Contains("%00", StringComparison.Ordinal) == true) return true;
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json") return false;
        using var doc = JsonDocument.Parse(body);
        var detail = doc.RootElement.TryGetProperty("detail", out var d) ? d.GetString() ?? "" : "";
        return doc.RootElement.GetProperty("status").GetInt32() == status && detail.Length <= 300;
    }

    private static string Trim(string body) => body.Length <= 200 ? body : body[..200] + "…";
}
