using System.Net;
using System.Text;
using System.Text.Json;

namespace Leefbaar.Api.Tests;

/// <summary>POST /api/v1/areas/custom on the demo store: the API's own buurt boundaries sent back as drawn areas.</summary>
[Collection(DemoServerCollection.Name)]
public sealed class CustomAreaEndpointTests(DemoServerFixture server)
{
    private async Task<List<(string Code, JsonElement Geometry, double Afw, int Class)>> ModelBuurten()
    {
        var geo = await server.Client.Json("/api/v1/scores/buurt/latest?source=model&format=geojson&pageSize=1000");
        var page = await server.Client.Json("/api/v1/scores/buurt/latest?source=model&pageSize=1000");
        var scores = page.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("code").GetString()!, i => i.GetProperty("score"));
        return geo.GetProperty("features").EnumerateArray().Where(f => f.GetProperty("geometry").ValueKind == JsonValueKind.Object)
            .Select(f => (f.GetProperty("id").GetString()!, f.GetProperty("geometry").Clone(),
                scores[f.GetProperty("id").GetString()!].GetProperty("afw").GetDouble(),
                scores[f.GetProperty("id").GetString()!].GetProperty("classes").GetProperty("total").GetInt32())).ToList();
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> Post(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/geo+json");
        var response = await server.Client.PostAsync("/api/v1/areas/custom", content);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }

    [Fact]
    public async Task A_buurt_boundary_sent_back_scores_as_that_buurt()
    {
        var buurten = await ModelBuurten();
        Assert.True(buurten.Count > 10);
        foreach (var (code, geometry, afw, cls) in buurten.Take(5))
        {
            var (status, r) = await Post(geometry.GetRawText());
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.True(r.GetProperty("demo").GetBoolean());
            var area = r.GetProperty("areas")[0];
            Assert.True(area.GetProperty("covered").GetBoolean());
            Assert.Equal(code, area.GetProperty("buurten")[0].GetProperty("code").GetString());
            Assert.Equal(afw, area.GetProperty("score").GetProperty("afw").GetDouble(), 6);
            Assert.Equal(cls, area.GetProperty("score").GetProperty("class").GetInt32());
        }
    }

    [Fact]
    public async Task Two_buurten_in_one_feature_collection_are_two_answers_and_their_union_lies_between()
    {
        var b = (await ModelBuurten()).Take(2).ToList();
        var body = $$"""
            {"type":"FeatureCollection","features":[
              {"type":"Feature","properties":{"name":"Eerste"},"geometry":{{b[0].Geometry.GetRawText()}}},
              {"type":"Feature","properties":{"name":"Tweede","code":"plan-2"},"geometry":{{b[1].Geometry.GetRawText()}}}]}
            """;
        var (status, r) = await Post(body);
        Assert.Equal(HttpStatusCode.OK, status);
        var areas = r.GetProperty("areas").EnumerateArray().ToList();
        Assert.Equal(["Eerste", "Tweede"], areas.Select(a => a.GetProperty("name").GetString()));
        Assert.Equal(["custom-1", "plan-2"], areas.Select(a => a.GetProperty("code").GetString()));
        Assert.Equal(b[1].Afw, areas[1].GetProperty("score").GetProperty("afw").GetDouble(), 6);
    }

    [Theory]
    [InlineData("", "body")]
    [InlineData("{\"type\":\"Point\",\"coordinates\":[5.1,52.1]}", "type")]
    [InlineData("{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[5.1,52.1],[5.2,52.2]]}}", "LineString")]
    [InlineData("{\"type\":\"Polygon\",\"coordinates\":[[[5.1,52.1],[5.2,52.1]", "line 1")]
    public async Task Bad_bodies_are_short_problems_saying_what_is_wrong(string body, string mentioned)
    {
        var (status, r) = await Post(body);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(mentioned, r.GetProperty("detail").GetString());
        Assert.True(r.GetProperty("detail").GetString()!.Length <= 300);
    }

    [Fact]
    public async Task A_body_over_the_upload_limit_is_a_413_problem()
    {
        var big = "{\"type\":\"FeatureCollection\",\"features\":[" + new string(' ', 9 * 1024 * 1024) + "]}";
        // Expect: 100-continue lets the server refuse on the Content-Length before the client sends 9 MiB into a closed socket.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/areas/custom") { Content = new StringContent(big, Encoding.UTF8, "application/geo+json") };
        request.Headers.ExpectContinue = true;
        var response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var r = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains("8 MiB", r.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_body_of_a_megabyte_is_read_although_other_bodies_stop_at_16_KB()
    {
        var b = (await ModelBuurten())[0];
        var padded = "{\"type\":\"Feature\",\"properties\":{\"name\":\"" + new string('a', 100) + "\",\"note\":\"" + new string('x', 1024 * 1024) + "\"},\"geometry\":" + b.Geometry.GetRawText() + "}";
        var (status, r) = await Post(padded);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(b.Afw, r.GetProperty("areas")[0].GetProperty("score").GetProperty("afw").GetDouble(), 6);
    }

    [Fact]
    public async Task An_area_at_sea_covers_no_buurt()
    {
        var (status, r) = await Post("""{"type":"Polygon","coordinates":[[[3.3,52.9],[3.4,52.9],[3.4,53.0],[3.3,53.0],[3.3,52.9]]]}""");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(r.GetProperty("areas")[0].GetProperty("covered").GetBoolean());
    }
}
