using System.Net;
using Leefbaar.App.AreaSets;
using Leefbaar.Data.Store;
using Leefbaar.TestSupport;

namespace Leefbaar.Api.Tests;

/// <summary>
/// A store changed while it is served (an import, a new set) changes nothing the running server answers: it reads
/// a private copy taken at start, so every endpoint — the in-memory ones and the lazily read sets, analysis and
/// tiles — answers from one snapshot, and the writer is never blocked by the server.
/// </summary>
[Collection(DemoServerCollection.Name)]
public sealed class ConsistentSnapshotTests(DemoServerFixture demo)
{
    [Fact]
    public async Task A_set_added_while_serving_appears_only_after_a_restart()
    {
        using var dir = new TempDir();
        var store = dir.File("served.duckdb");
        File.Copy(demo.StorePath, store);

        async Task<(int Sets, string Name)> Served()
        {
            var (app, client) = await LoopbackServer.StartAsync(store);
            await using var _ = app;
            using var __ = client;
            var sets = (await client.Json("/api/v1/sets")).GetProperty("sets").GetArrayLength();
            return (sets, (await client.Json("/api/v1/health")).GetProperty("store").GetString()!);
        }

        var (app, client) = await LoopbackServer.StartAsync(store);
        await using var _ = app;
        using var __ = client;
        var before = (await client.Json("/api/v1/sets")).GetProperty("sets").GetArrayLength();
        Assert.Equal("served.duckdb", (await client.Json("/api/v1/health")).GetProperty("store").GetString());

        // A writer while the server runs: not blocked, and its set is not served by the running server.
        using (var writer = LeefbaarStore.Open(store))
        {
            var buurt = writer.AllAreasNewestDivision().First(a => a.Level == "buurt").Code;
            AreaSetService.Add(writer, new AreaSetDefinition("late-set", "Late set", "Added while serving.", "test", [new AreaSetEntry(buurt, null, 1)]), "late.csv", DateTime.UnixEpoch);
        }
        Assert.Equal(before, (await client.Json("/api/v1/sets")).GetProperty("sets").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/sets/late-set")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/analysis/distribution?level=buurt")).StatusCode);

        // A server started after the change serves it.
        Assert.Equal((before + 1, "served.duckdb"), await Served());
    }

    [Fact]
    public async Task The_private_copy_is_removed_when_the_server_stops()
    {
        using var dir = new TempDir();
        var name = $"unique-{Guid.NewGuid():N}.duckdb"; // other tests start servers in parallel: find this one's copy by name
        File.Copy(demo.StorePath, dir.File(name));
        string[] Copies() => Directory.GetDirectories(Path.GetTempPath(), "leefbaar-serving-*").Where(d => File.Exists(Path.Combine(d, name))).ToArray();
        var (app, client) = await LoopbackServer.StartAsync(dir.File(name));
        client.Dispose();
        Assert.Single(Copies());
        await app.StopAsync();
        await app.DisposeAsync();
        Assert.Empty(Copies());

        // Built and disposed without a stop (as test fixtures do): removed too.
        var built = LeefbaarApi.Build(dir.File(name), ["http://127.0.0.1:0"], limits: Leefbaar.Api.Hosting.RateLimits.Off);
        Assert.Single(Copies());
        await built.DisposeAsync();
        Assert.Empty(Copies());
    }
}
