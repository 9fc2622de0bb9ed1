using System.Net;
using System.Text.Json;

namespace Leefbaar.Api.Tests;

/// <summary>GET /api/v1/sets on the demo store, whose generator stores one synthetic set (the six lowest model scores).</summary>
[Collection(DemoServerCollection.Name)]
public sealed class AreaSetEndpointTests(DemoServerFixture server)
{
    private const string Id = "demo-aandachtsbuurten";

    [Fact]
    public async Task The_demo_set_is_listed_and_its_report_agrees_with_the_score_endpoint()
    {
        var list = await server.Client.Json("/api/v1/sets");
        var listed = list.GetProperty("sets").EnumerateArray().Single(s => s.GetProperty("id").GetString() == Id);
        Assert.Equal(6, listed.GetProperty("buurten").GetInt32());

        var r = await server.Client.Json($"/api/v1/sets/{Id}?source=model");
        Assert.True(r.GetProperty("demo").GetBoolean());
        Assert.Equal("model", r.GetProperty("source").GetString());
        var page = await server.Client.Json("/api/v1/scores/buurt/latest?source=model&pageSize=1000");
        var afw = page.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("code").GetString()!, i => i.GetProperty("score").GetProperty("afw").GetDouble());
        var members = r.GetProperty("members").EnumerateArray().ToList();
        Assert.Equal(6, members.Count);
        // The six lowest model scores of the demo, as the generator chose them.
        var lowest = afw.OrderBy(kv => kv.Value).Take(6).Select(kv => kv.Key).Order(StringComparer.Ordinal);
        Assert.Equal(lowest, members.Select(m => m.GetProperty("code").GetString()!).Order(StringComparer.Ordinal));

        var groups = r.GetProperty("groups").EnumerateArray().ToDictionary(g => g.GetProperty("group").GetString()!);
        var w = members.Sum(m => m.GetProperty("inhabitants").GetDouble());
        var mean = members.Sum(m => m.GetProperty("inhabitants").GetDouble() * afw[m.GetProperty("code").GetString()!]) / w;
        Assert.Equal(mean, groups["set"].GetProperty("afw").GetDouble(), 5);
        Assert.Equal(w, groups["set"].GetProperty("inhabitants").GetDouble(), 0);
        Assert.True(groups["set"].GetProperty("afw").GetDouble() < groups["nederland"].GetProperty("afw").GetDouble());
        Assert.Equal(afw.Count, groups["nederland"].GetProperty("buurten").GetInt32());
        var ring = r.GetProperty("ring").EnumerateArray().Select(c => c.GetString()).ToList();
        Assert.Equal(ring.Count, groups["ring"].GetProperty("buurten").GetInt32());
        Assert.DoesNotContain(ring, c => members.Any(m => m.GetProperty("code").GetString() == c));
    }

    [Fact]
    public async Task An_unknown_set_is_a_404_naming_the_stored_ones_and_a_bad_source_a_400()
    {
        var missing = await server.Client.Problem("/api/v1/sets/atlantis", HttpStatusCode.NotFound);
        Assert.Contains(Id, missing.GetProperty("detail").GetString());
        var bad = await server.Client.Problem($"/api/v1/sets/{Id}?source=rumour", HttpStatusCode.BadRequest);
        Assert.Equal("source", bad.GetProperty("parameter").GetString());
    }
}
