using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;

namespace Leefbaar.Api.Tests;

/// <summary>
/// Long analyses leave the request path: on a server whose requests wait zero seconds, every uncached analysis
/// answers 202 with a job, whose Location gives the result once computed, identical to asking again.
/// </summary>
[Collection(DemoServerCollection.Name)]
public sealed class AnalysisJobTests(DemoServerFixture demo)
{
    private Task<(WebApplication App, HttpClient Client)> Start() => LoopbackServer.StartAsync(demo.StorePath, analysisWait: TimeSpan.Zero);

    [Fact]
    public async Task An_analysis_longer_than_the_wait_is_a_job_whose_location_gives_the_result()
    {
        var (app, client) = await Start();
        await using var _ = app;
        using var __ = client;
        const string path = "/api/v1/analysis/moran?level=buurt&weights=distance&band=8000&permutations=2999";
        using var first = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), first.Headers.RetryAfter?.Delta);
        var job = JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement;
        var id = job.GetProperty("id").GetString()!;
        Assert.Matches("^[0-9a-f]{16}$", id);
        Assert.Equal("running", job.GetProperty("status").GetString());
        Assert.Equal("moran", job.GetProperty("statistic").GetString());
        Assert.Equal($"/api/v1/analysis/jobs/{id}", first.Headers.Location?.OriginalString);
        Assert.Equal(first.Headers.Location?.OriginalString, job.GetProperty("location").GetString());

        using var polled = await client.GetFollowingJobs(first.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, polled.StatusCode);
        var result = await polled.Content.ReadAsStringAsync();
        Assert.Contains("\"moran\"", result);
        // Asked again, the remembered result comes at once and equals the job's.
        using var again = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(result, await again.Content.ReadAsStringAsync());
        // The job is still known and gives the same result, also as CSV.
        Assert.Equal(result, await client.GetStringAsync($"/api/v1/analysis/jobs/{id}"));
        using var csv = await client.GetAsync($"/api/v1/analysis/jobs/{id}?format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_failing_job_answers_its_problem_and_unknown_or_malformed_ids_are_problems()
    {
        var (app, client) = await Start();
        await using var _ = app;
        using var __ = client;
        var problem = await client.Problem("/api/v1/analysis/trends?level=buurt&release=no-such-release", HttpStatusCode.NotFound);
        Assert.Contains("no-such-release", problem.GetProperty("detail").GetString());
        var unknown = await client.Problem("/api/v1/analysis/jobs/0123456789abcdef", HttpStatusCode.NotFound);
        Assert.Contains("0123456789abcdef", unknown.GetProperty("detail").GetString());
        await client.Problem("/api/v1/analysis/jobs/..%2F..%2Fetc", HttpStatusCode.BadRequest);
        await client.Problem("/api/v1/analysis/jobs/0123456789ABCDEF", HttpStatusCode.BadRequest);
    }
}
