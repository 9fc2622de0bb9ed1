using System.CommandLine;
using Leefbaar.Api;
using Leefbaar.Harness.Kernels;
using Leefbaar.Cli.Commands;
using Leefbaar.App.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Leefbaar.Harness;

/// <summary>
/// `leefbaar bench api [--store FILE] [--seconds 10]`: starts the server on loopback and measures the profile,
/// search and tile endpoints with 16 concurrent in-process clients, flat out and at a fixed 1,000 requests/s.
/// </summary>
public static class BenchCommand
{
    private const int Concurrency = 16;
    private const double TargetRate = 1000;

    /// <summary>Builds the command.</summary>
    public static Command Build()
    {
        var store = new Option<string?>("--store") { Description = $"Store file. Default: {CommonOptions.DefaultStore}, else the synthetic demo store." };
        var seconds = new Option<int>("--seconds") { Description = "Seconds per run (each endpoint runs flat out, then paced).", DefaultValueFactory = _ => 10 };
        var api = new Command("api", "Latency (p50/p99) and throughput of the profile, search and tile endpoints.") { store, seconds };
        api.SetAction(async (parse, cancel) =>
        {
            var secs = parse.GetValue(seconds);
            if (secs is < 1 or > 300) throw new ArgumentException("--seconds must be 1–300.");
            await Run(ServeCommand.ResolveStore(parse.GetValue(store)), TimeSpan.FromSeconds(secs), cancel);
            return 0;
        });
        return new Command("bench", "Benchmarks.") { api, BenchScoringCommand.Build(), BenchPeersCommand.BuildPeers(), BenchPeersCommand.BuildKernels() };
    }

    private static async Task Run(string storePath, TimeSpan duration, CancellationToken cancel)
    {
        await using var app = LeefbaarApi.Build(storePath, ["http://127.0.0.1:0"], limits: Leefbaar.Api.Hosting.RateLimits.Off);
        await app.StartAsync(cancel);
        var state = app.State();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
            { BaseAddress = new Uri(address) };
        state.Tiles.Warm();
        Console.Error.WriteLine($"bench: {storePath}{(state.Data.IsDemo ? " (SYNTHETIC DEMO DATA)" : "")}, {Environment.ProcessorCount} cores, {Concurrency} concurrent clients, {duration.TotalSeconds:0} s per run");

        var load = new LoadGenerator(client, Concurrency);
        var targets = new (string Name, List<string> Urls)[]
        {
            ("profile", BenchTargets.Profiles(state, 2000)),
            ("search", BenchTargets.Searches(state, 2000)),
            ("tile", BenchTargets.Tiles(state, 2000)),
        };
        var results = new List<LoadResult>();
        foreach (var (name, urls) in targets)
        {
            // First pass over every URL once: JIT, and for tiles the one-time generation before the cache holds them.
            results.Add(await load.ClosedLoop(name, urls, urls.Count, TimeSpan.FromMinutes(2)) with { Mode = "first pass" });
            results.Add(await load.ClosedLoop(name, urls, 1_000_000, duration));
            results.Add(await load.Paced(name, urls, TargetRate, duration));
        }
        await app.StopAsync(cancel);

        var table = new Table().AddColumns("endpoint", "mode", "requests", "errors", "req/s", "p50 ms", "p99 ms", "max ms");
        foreach (var r in results)
            table.AddRow(r.Endpoint, r.Mode, r.Requests.ToString("N0"), r.Errors.ToString("N0"), r.Throughput.ToString("N0"),
                r.P50Ms.ToString("0.00"), r.P99Ms.ToString("0.00"), r.MaxMs.ToString("0.0"));
        AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        if (Console.IsOutputRedirected) AnsiConsole.Console.Profile.Width = 160;
        AnsiConsole.Write(table);
    }
}
