using System.Diagnostics;
using Leefbaar.Api;
using Leefbaar.Data.Import;
using Leefbaar.Data.Manifest;
using Leefbaar.Core.ReadModels;
using Leefbaar.Data.Store;
using Leefbaar.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Leefbaar.Api.Tests;

/// <summary>
/// Imports the real shared data into a temporary store once, adds one clearly fake model release (so the model
/// endpoints have something to serve), builds the web map if it is missing, and runs the API on a free loopback port.
/// </summary>
public sealed class ServerFixture : IAsyncLifetime
{
    /// <summary>The id of the test-only model release written into the store.</summary>
    public const string TestRelease = "api-test-release";

    private readonly TempDir _dir = new();
    private WebApplication? _app;

    /// <summary>The served store file.</summary>
    public string StorePath => _dir.File("store.duckdb");

    /// <summary>The server's base address.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>A client for the server.</summary>
    public HttpClient Client { get; private set; } = null!;

    /// <summary>Why the web map could not be built, or null when it is available.</summary>
    public string? WebBuildError { get; private set; }

    /// <summary>The server's analysis service (its computation counter shows cache hits).</summary>
    /// <summary>The server's shared state (snapshot, caches).</summary>
    public Leefbaar.Api.Serving.ApiState State => _app!.Services.GetRequiredService<Leefbaar.Api.Serving.ApiState>();

    /// <summary>The server's analysis service.</summary>
    public Leefbaar.App.Analysis.AnalysisService Analysis => _app!.Services.GetRequiredService<Leefbaar.App.Analysis.AnalysisService>();

    public async Task InitializeAsync()
    {
        var manifest = DataManifest.Load(Path.Combine(SharedData.RepositoryRoot(), "data-manifests", "shared-data.json"));
        using (var store = LeefbaarStore.Open(StorePath))
        {
            new ImportService(store, ImporterRegistry.Default()).Import(SharedData.Require("."), manifest);
            AddTestModel(store);
        }
        WebBuildError = WebBuild.EnsureBuilt();
        _app = LeefbaarApi.Build(StorePath, ["http://127.0.0.1:0"], limits: Leefbaar.Api.Hosting.RateLimits.Off); // RateLimitTests covers the limits
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    // Invented numbers, written only into this temporary store: they test that model rows are served, not the model.
    private static void AddTestModel(LeefbaarStore store)
    {
        store.Execute("INSERT INTO model_releases VALUES ($id, TIMESTAMP '2026-01-02 03:04:05', 'afw', $json, $card)",
            ("id", TestRelease), ("json", """{"id":"api-test-release","indicators":["crime_per_1000","population_density","dist_supermarket_km"]}"""),
            ("card", "# Model card: api-test-release\n\nTest fixture only."));
        store.Execute("""
            INSERT INTO model_scores VALUES ('BU03070100', 'buurt', 2024, 2024, $id, 0.05, 0.01, 0.02, 0.2, -0.03, -0.15, NULL,
                6, 6, 5, 5, 9, 4, 2, true, 0.01, 0.09, 735, 5, 7, 0.12)
            """, ("id", TestRelease));
        // Asserbos (Assen, Drenthe): a buurt of a province whose official 2024 scores are withheld, so only a model score exists.
        store.Execute("""
            INSERT INTO model_scores VALUES ('BU01060009', 'buurt', 2024, 2024, $id, 0.07, 0.006, 0.06, -0.006, 0.04, -0.036, NULL,
                7, 6, 5, 6, 5, 6, 4, false, -0.06, 0.2, 1200, NULL, NULL, NULL)
            """, ("id", TestRelease));
        store.Execute("""
            INSERT INTO model_contributions VALUES
                ('BU03070100', 2024, 2024, $id, 'population_density', 'fys', 10080, 2590, 0.02),
                ('BU03070100', 2024, 2024, $id, 'crime_per_1000', 'onv', 347.8, 43.9, -0.03),
                ('BU03070100', 2024, 2024, $id, 'dist_supermarket_km', 'vrz', 0.4, 1.0, 0.005)
            """, ("id", TestRelease));
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null) await _app.DisposeAsync();
        _dir.Dispose();
    }
}

/// <summary>The collection sharing one server (one import) between the API and browser tests.</summary>
[CollectionDefinition(Name)]
public sealed class ServerCollection : ICollectionFixture<ServerFixture>
{
    public const string Name = "server";
}
