using System.Net;

namespace Leefbaar.Api.Tests;

/// <summary>Compare and model-release endpoints.</summary>
[Collection(ServerCollection.Name)]
public sealed class CompareAndModelEndpointTests(ServerFixture server)
{
    private readonly HttpClient _client = server.Client;

    [Fact]
    public async Task Compare_sets_Hof_beside_Amersfoort_and_Bergeijk_Hof()
    {
        var c = await _client.Json("/api/v1/compare?codes=BU03070100,GM0307,BU17240007");
        var areas = c.GetProperty("areas").EnumerateArray().ToList();
        Assert.Equal(["BU03070100", "GM0307", "BU17240007"], areas.Select(a => a.GetProperty("code").GetString()!).ToArray());
        Assert.Equal(0.0771055, areas[0].At("official.afw").GetDouble());
        Assert.Equal(0.0632271, areas[1].At("official.afw").GetDouble());
        Assert.Equal("Amersfoort", areas[1].GetProperty("name").GetString());
        Assert.Equal("lbm3-2024", c.At("nederlandOfficial.release").GetString());
    }

    [Fact]
    public async Task Compare_needs_two_to_six_valid_codes()
    {
        await _client.Problem("/api/v1/compare?codes=BU03070100", HttpStatusCode.BadRequest);
        await _client.Problem("/api/v1/compare?codes=GM0307,GM0344,GM0363,GM0518,GM0599,GM0014,GM0034", HttpStatusCode.BadRequest);
        await _client.Problem("/api/v1/compare?codes=GM0307,nonsense", HttpStatusCode.BadRequest);
        await _client.Problem("/api/v1/compare?codes=GM0307,GM9899", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Model_releases_list_and_detail_and_card()
    {
        var list = await _client.Json("/api/v1/models");
        var release = list.GetProperty("releases").EnumerateArray().Single();
        Assert.Equal(ServerFixture.TestRelease, release.GetProperty("id").GetString());
        Assert.True(release.GetProperty("hasModelCard").GetBoolean());

        var detail = await _client.Json("/api/v1/models/latest");
        Assert.Equal(ServerFixture.TestRelease, detail.GetProperty("id").GetString());
        Assert.Equal("afw", detail.GetProperty("target").GetString());
        Assert.Equal(3, detail.At("release.indicators").GetArrayLength());

        using var card = await _client.GetAsync($"/api/v1/models/{ServerFixture.TestRelease}/card");
        Assert.Equal("text/markdown", card.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("# Model card: api-test-release", await card.Content.ReadAsStringAsync());

        await _client.Problem("/api/v1/models/no-such-release", HttpStatusCode.NotFound);
    }
}
