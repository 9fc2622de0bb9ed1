using Leefbaar.Api.Serving;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Leefbaar.Api.Tests;

/// <summary>A server of its own on a free loopback port, without rate limits, for tests that change how it is built or what it serves.</summary>
public static class LoopbackServer
{
    /// <summary>Builds and starts the API on <paramref name="store"/>; the caller disposes both.</summary>
    public static async Task<(WebApplication App, HttpClient Client)> StartAsync(string store, Basemap? basemap = null, TimeSpan? analysisWait = null)
    {
        var app = LeefbaarApi.Build(store, ["http://127.0.0.1:0"], limits: Leefbaar.Api.Hosting.RateLimits.Off, basemap: basemap, analysisWait: analysisWait);
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return (app, new HttpClient { BaseAddress = address });
    }
}
