using Leefbaar.Api;
using Leefbaar.App.Scoring;
using Leefbaar.Data.Import;
using Leefbaar.Data.Manifest;
using Leefbaar.Data.Store;
using Leefbaar.Model.Catalogue;
using Leefbaar.Model.Releases;
using Leefbaar.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Leefbaar.Api.Tests;

/// <summary>
/// The real shared data scored with the published default release of releases/ (no invented rows), served on a free
/// loopback port: the store an analyst has after `import` and scoring, where Drenthe, Flevoland and Zeeland carry
/// only model scores (Angelslo in Emmen).
/// </summary>
public sealed class ModelServerFixture : IAsyncLifetime
{
    /// <summary>The published default release the store is scored with.</summary>
    public const string Release = "leefbaar-lbm3-2024-default-cb6e137d36";

    private readonly TempDir _dir = new();
    private WebApplication? _app;

    /// <summary>The server's base address.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>A client for the server.</summary>
    public HttpClient Client { get; private set; } = null!;

    /// <summary>Why the web map could not be built, or null when it is available.</summary>
    public string? WebBuildError { get; private set; }

    public async Task InitializeAsync()
    {
        var root = SharedData.RepositoryRoot();
        var manifest = DataManifest.Load(Path.Combine(root, "data-manifests", "shared-data.json"));
        var store = _dir.File("scored.duckdb");
        using (var s = LeefbaarStore.Open(store))
        {
            new ImportService(s, ImporterRegistry.Default()).Import(SharedData.Require("."), manifest);
            var file = Path.Combine(root, "releases", Release);
            ScorePublisher.Publish(s, ReleaseJson.Load(file + ".json", IndicatorCatalogue.Default), IndicatorCatalogue.Default, File.ReadAllText(file + ".md"));
        }
        WebBuildError = WebBuild.EnsureBuilt();
        _app = LeefbaarApi.Build(store, ["http://127.0.0.1:0"], limits: Leefbaar.Api.Hosting.RateLimits.Off);
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

/// <summary>The collection sharing the scored store.</summary>
[CollectionDefinition(Name)]
public sealed class ModelServerCollection : ICollectionFixture<ModelServerFixture>
{
    public const string Name = "model-server";
}
