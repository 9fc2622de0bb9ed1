using System.Net;
using Leefbaar.Api.Tiles;
using NetTopologySuite.IO.VectorTiles.Mapbox;

namespace Leefbaar.Api.Tests;

/// <summary>Vector tiles decoded with the Mapbox reader: real boundaries with real score attributes.</summary>
[Collection(ServerCollection.Name)]
public sealed class TileEndpointTests(ServerFixture server)
{
    private readonly HttpClient _client = server.Client;

    [Fact]
    public async Task Buurt_tile_over_Amersfoort_at_z12_holds_Hof_with_its_class()
    {
        var (x, y) = TileMath.TileAt(5.387, 52.156, 12); // Amersfoort centre
        using var response = await _client.GetAsync($"/api/v1/tiles/buurt/12/{x}/{y}.pbf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.mapbox-vector-tile", response.Content.Headers.ContentType?.MediaType);
        var tile = new MapboxTileReader().Read(await response.Content.ReadAsStreamAsync(), new NetTopologySuite.IO.VectorTiles.Tiles.Tile(x, y, 12));
        var layer = Assert.Single(tile.Layers);
        Assert.Equal("buurt", layer.Name);
        Assert.True(layer.Features.Count > 10, $"only {layer.Features.Count} features");
        var hof = layer.Features.Single(f => (string)f.Attributes["code"] == "BU03070100");
        Assert.Equal("Hof", hof.Attributes["name"]);
        Assert.Equal(7L, Convert.ToInt64(hof.Attributes["o_kscore"]));
        Assert.Equal(0.0771, Convert.ToDouble(hof.Attributes["o_afw"]));
        Assert.Equal(6L, Convert.ToInt64(hof.Attributes["m_kscore"]));
        Assert.Equal((0.12, 5L, 7L), (Convert.ToDouble(hof.Attributes["m_p_weak"]), Convert.ToInt64(hof.Attributes["m_class_low"]), Convert.ToInt64(hof.Attributes["m_class_high"]))); // the fixture's uncertainty
        Assert.InRange(hof.Geometry.Centroid.X, 5.37, 5.40);
        Assert.InRange(hof.Geometry.Centroid.Y, 52.14, 52.17);
    }

    [Fact]
    public async Task Gemeente_tile_of_the_country_at_z6_holds_Amersfoort()
    {
        var (x, y) = TileMath.TileAt(5.387, 52.156, 6);
        var bytes = await _client.GetByteArrayAsync($"/api/v1/tiles/gemeente/6/{x}/{y}.pbf?year=latest");
        var tile = new MapboxTileReader().Read(new MemoryStream(bytes), new NetTopologySuite.IO.VectorTiles.Tiles.Tile(x, y, 6));
        var amersfoort = tile.Layers.Single().Features.Single(f => (string)f.Attributes["code"] == "GM0307");
        Assert.Equal(7L, Convert.ToInt64(amersfoort.Attributes["o_kscore"]));
    }

    [Fact]
    public async Task Tiles_reject_bad_levels_and_coordinates()
    {
        await _client.Problem("/api/v1/tiles/street/12/2109/1350.pbf", HttpStatusCode.BadRequest);
        await _client.Problem("/api/v1/tiles/buurt/17/0/0.pbf", HttpStatusCode.BadRequest);
        await _client.Problem("/api/v1/tiles/buurt/3/8/0.pbf", HttpStatusCode.BadRequest);
        await _client.Problem("/api/v1/tiles/buurt/12/2109/1350.pbf?year=abc", HttpStatusCode.BadRequest);
    }
}
