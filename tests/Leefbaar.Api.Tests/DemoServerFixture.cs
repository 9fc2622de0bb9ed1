using Leefbaar.Api;
using Leefbaar.Cli.Commands;
using Leefbaar.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Leefbaar.Api.Tests;

/// <summary>
/// Writes the synthetic demo store exactly as `leefbaar demo` does (four invented gemeenten with a fitted model
/// release) and serves it on a free loopback port, for the tests of what a fresh machine shows.
/// </summary>
public sealed class DemoServerFixture : IAsyncLifetime
{
    private readonly TempDir _dir = new();
    private WebApplication? _app;

    /// <summary>The served demo store file.</summary>
    public string StorePath => _dir.File("demo.duckdb");

    /// <summary>The server's base address.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>A client for the server.</summary>
    public HttpClient Client { get; private set; } = null!;

    /// <summary>Why the web map could not be built, or null when it is available.</summary>
    public string? WebBuildError { get; private set; }

    public async Task InitializeAsync()
    {
        var store = Leefbaar.App.Demo.DemoStore.Write(StorePath, seed: 1);
        WebBuildError = WebBuild.EnsureBuilt();
        _app = LeefbaarApi.Build(store, ["http://127.0.0.1:0"], limits: Leefbaar.Api.Hosting.RateLimits.Off); // RateLimitTests covers the limits
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null) await _app.DisposeAsync();
        _dir.Dispose();
    }
}

/// <summary>The collection sharing one demo server.</summary>
[CollectionDefinition(Name)]
public sealed class DemoServerCollection : ICollectionFixture<DemoServerFixture>
{
    public const string Name = "demo-server";
}
