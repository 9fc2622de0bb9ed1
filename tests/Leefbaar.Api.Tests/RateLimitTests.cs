using System.Net;
using System.Net.Http.Json;
using Leefbaar.Api.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Leefbaar.Api.Tests;

/// <summary>Rate limiting on a second server over the demo store, with budgets small enough to exhaust in a test.</summary>
[Collection(DemoServerCollection.Name)]
public sealed class RateLimitTests(DemoServerFixture demo)
{
    private static async Task<(WebApplication App, HttpClient Client)> Start(string store, RateLimits limits)
    {
        var app = LeefbaarApi.Build(store, ["http://127.0.0.1:0"], limits: limits);
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return (app, new HttpClient { BaseAddress = address });
    }

    [Fact]
    public async Task Over_the_budget_a_client_gets_429_with_Retry_After_and_a_Dutch_problem()
    {
        var (app, client) = await Start(demo.StorePath, new RateLimits(5, 100, TimeSpan.FromMinutes(1)));
        await using var _ = app;
        using var __ = client;
        for (var i = 0; i < 5; i++) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/health")).StatusCode);
        var rejected = await client.GetAsync("/api/v1/health");
        Assert.Equal(HttpStatusCode.TooManyRequests, rejected.StatusCode);
        Assert.InRange(int.Parse(rejected.Headers.GetValues("Retry-After").Single()), 1, 60);
        Assert.Contains("Te veel verzoeken", await rejected.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode); // the page itself is not counted
    }

    [Fact]
    public async Task Heavy_endpoints_have_their_own_smaller_budget()
    {
        var (app, client) = await Start(demo.StorePath, new RateLimits(1000, 2, TimeSpan.FromMinutes(1)));
        await using var _ = app;
        using var __ = client;
        async Task<HttpStatusCode> Ask() => (await client.PostAsJsonAsync("/api/v1/whatif", new { code = "BU99010000", set = new[] { "no_such_indicator=1" } })).StatusCode;
        Assert.Equal(HttpStatusCode.NotFound, await Ask());
        Assert.Equal(HttpStatusCode.NotFound, await Ask());
        Assert.Equal(HttpStatusCode.TooManyRequests, await Ask());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/health")).StatusCode); // other calls still pass
    }
}
