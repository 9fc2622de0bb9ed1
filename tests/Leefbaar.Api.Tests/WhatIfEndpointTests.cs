using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Leefbaar.Api.Tests;

/// <summary>POST /api/v1/whatif on the demo store and its fitted demo release.</summary>
[Collection(DemoServerCollection.Name)]
public sealed class WhatIfEndpointTests(DemoServerFixture server)
{
    private static readonly string[] Dims = ["won", "fys", "vrz", "soc", "onv"];

    private async Task<(string Code, string Indicator)> AnyBuurtAndInput()
    {
        var model = await server.Client.Json("/api/v1/models/latest");
        var indicator = model.GetProperty("release").GetProperty("terms")[0].GetProperty("spec").GetProperty("indicator").GetString()!;
        var hits = await server.Client.Json("/api/v1/areas?q=BU99&limit=20");
        var code = hits.GetProperty("results").EnumerateArray().First(h => h.GetProperty("level").GetString() == "buurt").GetProperty("code").GetString()!;
        return (code, indicator);
    }

    [Fact]
    public async Task A_doubled_input_moves_the_score_by_exactly_the_contributions_that_moved()
    {
        var (code, indicator) = await AnyBuurtAndInput();
        var response = await server.Client.PostAsJsonAsync("/api/v1/whatif", new { code, set = new[] { $"{indicator}=+100%" } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var r = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(r.GetProperty("demo").GetBoolean());
        Assert.Contains("geen voorspelling van oorzaak", r.GetProperty("notice").GetString());
        var (before, after) = (r.GetProperty("before"), r.GetProperty("after"));
        var contributions = r.GetProperty("contributions").EnumerateArray().ToList();
        foreach (var d in Dims)
            Assert.Equal(after.GetProperty(d).GetDouble() - before.GetProperty(d).GetDouble(),
                contributions.Sum(c => c.GetProperty("delta").GetProperty(d).GetDouble()), 1e-9);
        var moved = r.GetProperty("inputs").EnumerateArray().Single(i => i.GetProperty("indicator").GetString() == indicator);
        Assert.True(moved.GetProperty("requested").GetBoolean());
        Assert.Equal(2 * moved.GetProperty("before").GetDouble(), moved.GetProperty("after").GetDouble(), 1e-9);
    }

    [Fact]
    public async Task Bad_questions_are_problems()
    {
        var (code, _) = await AnyBuurtAndInput();
        async Task<HttpStatusCode> Post(object body) => (await server.Client.PostAsJsonAsync("/api/v1/whatif", body)).StatusCode;
        Assert.Equal(HttpStatusCode.BadRequest, await Post(new { code, set = Array.Empty<string>() }));
        Assert.Equal(HttpStatusCode.BadRequest, await Post(new { code, set = new[] { "crime_per_1000=abc" } }));
        Assert.Equal(HttpStatusCode.BadRequest, await Post(new { code = "GM9901", set = new[] { "crime_per_1000=1" } }));
        Assert.Equal(HttpStatusCode.NotFound, await Post(new { code, set = new[] { "no_such_indicator=1" } }));
    }
}
