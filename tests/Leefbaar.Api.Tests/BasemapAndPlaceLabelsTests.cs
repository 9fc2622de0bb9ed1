using System.Net;
using System.Text.Json;
using Leefbaar.Api.Serving;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Leefbaar.Api.Tests;

/// <summary>
/// Orientation on the map: the own place labels (offline, from the served boundaries) and an optional raster
/// background map, tested against a loopback tile server so no test touches the internet.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class BasemapAndPlaceLabelsTests(ServerFixture server, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Every_gemeente_label_lies_inside_its_gemeente_and_the_largest_come_first()
    {
        var places = (await server.Client.Json("/api/v1/places")).GetProperty("places").EnumerateArray().ToList();
        var gemeenten = places.Where(p => p.GetProperty("level").GetString() == "gemeente").ToList();
        Assert.Equal(342, gemeenten.Count); // the gemeenten of the 2024 division (CBS), no merged predecessor beside its successor
        var names = gemeenten.Select(p => p.GetProperty("name").GetString()).ToHashSet();
        Assert.Contains("De Fryske Marren", names);
        Assert.DoesNotContain("Lemsterland", names); // merged into De Fryske Marren in 2014
        Assert.Contains(places, p => p.GetProperty("level").GetString() == "wijk");
        var ranks = places.Select(p => p.GetProperty("rank").GetInt32()).ToList();
        Assert.Equal(ranks.OrderByDescending(r => r), ranks);

        var options = new JsonSerializerOptions { Converters = { new GeoJsonConverterFactory() } };
        var shapes = JsonSerializer.Deserialize<NetTopologySuite.Features.FeatureCollection>(
            await server.Client.GetStringAsync("/api/v1/scores/gemeente/2024?pageSize=1000&format=geojson&fill=model"), options)!
            .Where(f => f.Geometry is not null).ToDictionary(f => (string)f.Attributes["code"], f => f.Geometry);
        Assert.True(shapes.Count >= 300, $"{shapes.Count} gemeente shapes");
        foreach (var p in gemeenten.Where(p => shapes.ContainsKey(p.GetProperty("code").GetString()!)))
        {
            var point = new Point(p.GetProperty("lon").GetDouble(), p.GetProperty("lat").GetDouble());
            Assert.True(shapes[p.GetProperty("code").GetString()!].Buffer(1e-5).Covers(point), $"{p.GetProperty("name").GetString()} label outside its gemeente");
        }
        // Rank is the gemeente's inhabitants as its profile shows them: Rotterdam ranks above Amersfoort.
        var amersfoort = gemeenten.Single(p => p.GetProperty("code").GetString() == "GM0307");
        var rotterdam = gemeenten.Single(p => p.GetProperty("code").GetString() == "GM0599");
        Assert.True(rotterdam.GetProperty("rank").GetInt32() > 600_000, $"Rotterdam rank {rotterdam.GetProperty("rank").GetInt32()}");
        Assert.InRange(amersfoort.GetProperty("rank").GetInt32(), 150_000, rotterdam.GetProperty("rank").GetInt32());
        Assert.Equal("Amersfoort", amersfoort.GetProperty("name").GetString());
    }

    [Fact]
    public async Task The_map_names_gemeenten_without_overlap_and_wijken_when_zoomed_in()
    {
        Assert.True(server.WebBuildError is null, server.WebBuildError);
        await using var p = await BrowserPage.CreateAsync(browser.Browser, server.BaseAddress, height: 900, width: 1440);
        await p.OpenAsync("/?z=8.6&lat=52.2&lon=5.2");
        var labels = p.Page.Locator(".place-label.place-gemeente");
        await Assertions.Expect(labels.First).ToBeVisibleAsync();
        Assert.InRange(await labels.CountAsync(), 15, 80);
        await Assertions.Expect(p.Page.Locator(".place-label", new() { HasTextString = "Amsterdam" })).ToHaveCountAsync(1);
        // "Utrecht (gemeente)" is labelled "Utrecht": the suffix would only push other names off the map.
        await Assertions.Expect(p.Page.Locator(".place-label[data-code='GM0344']")).ToHaveTextAsync("Utrecht");
        var overlaps = await p.Page.EvaluateAsync<string[]>(Overlaps);
        Assert.Empty(overlaps);
        await p.ScreenshotAsync("map-place-labels-1440");

        await p.OpenAsync("/?z=12.5&lat=51.885&lon=4.49");
        await Assertions.Expect(p.Page.Locator(".place-label.place-wijk").First).ToBeVisibleAsync();
        Assert.Equal(0, await p.Page.Locator(".place-label.place-gemeente").CountAsync());
        Assert.Empty(p.Problems);

        // A phone: fewer names fit, still none over another, and the legend stays above them.
        await using var phone = await BrowserPage.CreateAsync(browser.Browser, server.BaseAddress, height: 844, width: 390);
        await phone.OpenAsync("/?z=9&lat=52.08&lon=5.12");
        await Assertions.Expect(phone.Page.Locator(".place-label").First).ToBeVisibleAsync();
        Assert.Empty(await phone.Page.EvaluateAsync<string[]>(Overlaps));
        await phone.ScreenshotAsync("map-place-labels-phone-390");
        Assert.Empty(phone.Problems);
    }

    private const string Overlaps = """
        () => { const e = [...document.querySelectorAll('.place-label')]; const r = e.map(x => x.getBoundingClientRect()); const n = [];
          for (let i = 0; i < r.length; i++) for (let j = i + 1; j < r.length; j++)
            if (r[i].left < r[j].right && r[i].right > r[j].left && r[i].top < r[j].bottom && r[i].bottom > r[j].top) n.push(`${e[i].textContent} / ${e[j].textContent}`);
          return n; }
        """;

    [Fact]
    public void A_basemap_is_none_pdok_or_an_xyz_template_else_a_clear_error()
    {
        Assert.Null(Basemap.Parse(null));
        Assert.Null(Basemap.Parse(" none "));
        Assert.Equal(Basemap.Pdok, Basemap.Parse("PDOK"));
        Assert.Equal("https://service.pdok.nl", Basemap.Pdok.Origin);
        var own = Basemap.Parse("http://127.0.0.1:8111/tiles/{z}/{x}/{y}.png")!;
        Assert.Equal("http://127.0.0.1:8111", own.Origin);
        Assert.Equal("Achtergrondkaart: 127.0.0.1", own.Attribution);
        var e = Assert.Throws<ArgumentException>(() => Basemap.Parse("https://tiles.example.org/{z}/{x}.png"));
        Assert.Contains("--basemap 'https://tiles.example.org/{z}/{x}.png'", e.Message);
        Assert.Throws<ArgumentException>(() => Basemap.Parse("file:///{z}/{x}/{y}.png"));
    }

    [Fact]
    public async Task A_configured_basemap_is_drawn_under_the_scores_from_its_tile_server_allowed_by_the_policy()
    {
        Assert.True(server.WebBuildError is null, server.WebBuildError);
        // A loopback tile server answering every tile with one grey PNG, counting what the browser asks for.
        var requests = new List<string>();
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGM4AQAAygDJmcpdfgAAAABJRU5ErkJggg==");
        var tilesBuilder = WebApplication.CreateSlimBuilder();
        tilesBuilder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var tiles = tilesBuilder.Build();
        tiles.MapGet("/{z}/{x}/{y}.png", (HttpContext c, int z, int x, int y) =>
        {
            lock (requests) requests.Add($"{z}/{x}/{y}");
            c.Response.Headers.AccessControlAllowOrigin = "*";
            return Results.Bytes(png, "image/png");
        });
        await tiles.StartAsync();
        var tileAddress = tiles.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

        var basemap = Basemap.Parse(tileAddress + "/{z}/{x}/{y}.png")!;
        var (app, client) = await LoopbackServer.StartAsync(server.StorePath, basemap);
        await using var _ = app;
        using var __ = client;
        var address = client.BaseAddress!;
        var meta = await client.Json("/api/v1/meta");
        Assert.Equal(basemap.Tiles, meta.At("basemap.tiles").GetString());
        using var page0 = await client.GetAsync("/");
        var policy = page0.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains($"img-src 'self' data: blob: {tileAddress}", policy);
        Assert.Contains($"connect-src 'self' {tileAddress}", policy);
        // Without a basemap the policy names no other origin.
        Assert.DoesNotContain("http", (await server.Client.GetAsync("/")).Headers.GetValues("Content-Security-Policy").Single());

        await using var p = await BrowserPage.CreateAsync(browser.Browser, address, height: 900, width: 1440);
        await p.OpenAsync("/?z=9&lat=52.1&lon=5.1");
        await p.Page.WaitForFunctionAsync("() => document.querySelector('#attribution').textContent.includes('Achtergrondkaart: 127.0.0.1')");
        lock (requests) Assert.True(requests.Count >= 4, $"{requests.Count} basemap tiles requested");
        // Raster tiles of the camera's zoom (256 px tiles: MapLibre asks one level deeper than the 512 px map zoom).
        lock (requests) Assert.All(requests, r => Assert.InRange(int.Parse(r.Split('/')[0]), 9, 10));
        Assert.Empty(p.Problems);
    }
}
