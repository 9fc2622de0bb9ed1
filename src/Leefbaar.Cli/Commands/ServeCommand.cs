using Leefbaar.App.Workspaces;
using Leefbaar.App.Demo;
using Leefbaar.App.Releases;
using System.CommandLine;
using Leefbaar.Api;
using Leefbaar.Api.Serving;
using Microsoft.Extensions.Hosting;

namespace Leefbaar.Cli.Commands;

/// <summary>
/// `leefbaar serve [--store FILE] [--urls URL] [--basemap none|pdok|URL]`: the HTTP API and web map. Without --store and without an imported
/// store it serves the synthetic demo store (generated on first use), labelled as such everywhere.
/// </summary>
public static class ServeCommand
{
    /// <summary>The default address: loopback only.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>Builds the command.</summary>
    public static Command Build()
    {
        var store = new Option<string?>("--store") { Description = $"Store file (DuckDB), opened read-only. Default: {CommonOptions.DefaultStore}, else the synthetic demo store." };
        var urls = new Option<string>("--urls") { Description = "Address(es) to listen on, separated by ';'.", DefaultValueFactory = _ => DefaultUrls };
        var basemap = new Option<string?>("--basemap")
        {
            Description = "Background map under the scores: none (default; own boundaries and place names, works offline), pdok (BRT-Achtergrondkaart of Kadaster, needs internet in the browser) or an XYZ tile URL template. Default: $LEEFBAAR_BASEMAP, else none.",
        };
        var rateLimit = new Option<string?>("--rate-limit")
        {
            Description = $"API requests per client per minute (default {Leefbaar.Api.Hosting.RateLimits.Default.ApiPermits:N0}; heavy endpoints {Leefbaar.Api.Hosting.RateLimits.Default.HeavyPermits}), or 'off' for load tests on loopback.",
        };
        var cmd = new Command("serve", "Serve the HTTP API (/api/v1, /openapi/v1.json) and the web map.") { store, urls, basemap, rateLimit };
        cmd.SetAction(async (parse, cancel) =>
        {
            var limits = RateLimit(parse.GetValue(rateLimit));
            var background = Basemap.Parse(parse.GetValue(basemap) ?? Environment.GetEnvironmentVariable("LEEFBAAR_BASEMAP"));
            var path = ResolveStore(parse.GetValue(store));
            if (File.Exists(path))
            {
                using var writable = Workspace.Open(path);
                writable.ScoreUnfittedStore(PublishedReleases.Folder(), m => Console.Error.WriteLine(m));
            }
            var app = LeefbaarApi.Build(path, parse.GetValue(urls)!.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                limits: limits, basemap: background);
            var state = app.State();
            if (state.Data.IsDemo) Console.Error.WriteLine($"SYNTHETIC DEMO DATA — not real measurements ({path}). Import real data with './leefbaar import --data <dir>'.");
            await app.StartAsync(cancel);
            Console.Error.WriteLine($"Leefbaar serving {path} ({state.Data.Areas.Count:N0} areas) on {string.Join(", ", app.Urls)} — Ctrl+C stops.");
            state.Tiles.Warm();
            await app.WaitForShutdownAsync(cancel);
            return 0;
        });
        return cmd;
    }

    // "off", a number of API requests per client per minute, or null for the default budget.
    private static Leefbaar.Api.Hosting.RateLimits RateLimit(string? text)
    {
        var d = Leefbaar.Api.Hosting.RateLimits.Default;
        if (string.IsNullOrWhiteSpace(text)) return d;
        if (text.Trim().Equals("off", StringComparison.OrdinalIgnoreCase)) return Leefbaar.Api.Hosting.RateLimits.Off;
        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0
            ? d with { ApiPermits = n }
            : throw new ArgumentException($"--rate-limit '{text}': expected a positive number of requests per minute, or off.");
    }

    /// <summary>The store to serve: the given one, else the default store when it exists, else the demo store (written when missing).</summary>
    public static string ResolveStore(string? given)
    {
        if (given is not null) return given;
        if (File.Exists(CommonOptions.DefaultStore)) return CommonOptions.DefaultStore;
        if (!File.Exists(DemoCommand.DefaultDemoStore))
        {
            Console.Error.WriteLine($"No store at {CommonOptions.DefaultStore}: generating the synthetic demo store {DemoCommand.DefaultDemoStore}.");
            DemoStore.Write(DemoCommand.DefaultDemoStore, seed: 1);
        }
        return DemoCommand.DefaultDemoStore;
    }
}
