using System.Net;
using Leefbaar.Api.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Leefbaar.Api.Tests;

/// <summary>An analysis that cannot get a worker within its time budget is a 503 problem with Retry-After (a server with a zero budget).</summary>
[Collection(DemoServerCollection.Name)]
public sealed class AnalysisBudgetTests(DemoServerFixture demo)
{
    [Fact]
    public async Task Analysis_over_its_time_budget_is_503_with_Retry_After()
    {
        await using var app = LeefbaarApi.Build(demo.StorePath, ["http://127.0.0.1:0"], limits: RateLimits.Off, analysisBudget: TimeSpan.Zero);
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };
        using var response = await client.GetAsync("/api/v1/analysis/inequality?level=gemeente");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
        Assert.Contains("time budget", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/health")).StatusCode);
    }
}
