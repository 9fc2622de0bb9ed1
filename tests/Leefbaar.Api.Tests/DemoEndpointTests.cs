namespace Leefbaar.Api.Tests;

/// <summary>What /meta tells the map about the synthetic demo store: its extent, the levels with boundaries, the layers.</summary>
[Collection(DemoServerCollection.Name)]
public sealed class DemoEndpointTests(DemoServerFixture server)
{
    [Fact]
    public async Task Meta_gives_the_demo_extent_near_Amersfoort_and_only_gemeente_and_buurt_boundaries()
    {
        var meta = await server.Client.Json("/api/v1/meta");
        Assert.True(meta.GetProperty("demo").GetBoolean());
        Assert.Equal(["gemeente", "buurt"], meta.GetProperty("geometryLevels").EnumerateArray().Select(x => x.GetString()!).ToArray());
        var extent = meta.GetProperty("extent").EnumerateArray().Select(x => x.GetDouble()).ToArray();
        // DemoDatasetGenerator lays its squares out in RD New around Amersfoort (about 5.39 E, 52.16 N).
        Assert.InRange(extent[0], 5.0, 5.4);
        Assert.InRange(extent[2], 5.3, 5.7);
        Assert.InRange(extent[1], 52.0, 52.2);
        Assert.InRange(extent[3], 52.0, 52.3);
        Assert.True(extent[2] - extent[0] < 0.6, "the demo spans a few kilometres, not the country");
        Assert.Empty(meta.GetProperty("officialGaps").EnumerateArray());
        var layers = meta.GetProperty("layers").EnumerateArray()
            .Select(l => $"{l.GetProperty("source").GetString()}/{l.GetProperty("level").GetString()}").ToHashSet();
        Assert.Contains("official/buurt", layers);
        Assert.DoesNotContain("official/gemeente", layers); // why the map shows the model at gemeente zoom
        Assert.Contains("model/gemeente", layers);
    }
}
