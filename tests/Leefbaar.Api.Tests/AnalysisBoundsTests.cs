using System.Net;

namespace Leefbaar.Api.Tests;

/// <summary>
/// The analysis endpoints cannot be made to work without bound (issue 14): a distance band linking every buurt with
/// every other is refused before it is built, level/weights combinations that mean nothing are refused, and the
/// cache is keyed on what a statistic reads, so varying an ignored parameter computes nothing new.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class AnalysisBoundsTests(ServerFixture server)
{
    private readonly HttpClient _client = server.Client;

    [Fact]
    public async Task A_national_distance_band_over_all_buurten_is_refused_with_a_short_reason()
    {
        // The request: it ran for 11.5 minutes and took 3.7 GB after the client had left.
        var p = await _client.Problem("/api/v1/analysis/moran?level=buurt&weights=distance&band=100000&permutations=9999", HttpStatusCode.BadRequest);
        var detail = p.GetProperty("detail").GetString()!;
        Assert.Contains("at most 5,000,000", detail);
        Assert.Contains("distance band 100000 m", detail);
        // The same request again is answered from the remembered failure, without computing.
        var before = server.Analysis.Computations;
        await _client.Problem("/api/v1/analysis/moran?level=buurt&weights=distance&band=100000&permutations=9999&alpha=0.01", HttpStatusCode.BadRequest);
        Assert.Equal(before, server.Analysis.Computations);
    }

    [Fact]
    public async Task Weights_are_checked_per_level()
    {
        var p = await _client.Problem("/api/v1/analysis/lisa?level=pc4&weights=distance&band=99000", HttpStatusCode.BadRequest);
        Assert.Equal("weights", p.GetProperty("parameter").GetString());
        await _client.Problem("/api/v1/analysis/moran?level=gemeente&permutations=10000", HttpStatusCode.BadRequest);
        await _client.Problem("/api/v1/analysis/moran?level=gemeente&band=100001&weights=distance", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Early_warning_with_forty_different_ignored_measures_is_computed_at_most_once()
    {
        // The issue: 40 requests early-warning?measure=xN took 24 s and 511 MB, one result per N.
        await _client.Json("/api/v1/analysis/early-warning?measure=x0");
        var before = server.Analysis.Computations;
        for (var i = 1; i <= 40; i++) await _client.Json($"/api/v1/analysis/early-warning?measure=x{i}&band={i}");
        Assert.Equal(before, server.Analysis.Computations);
        // A parameter it reads does make a new computation.
        await _client.Json("/api/v1/analysis/early-warning?event=decline&delta=0.05");
        Assert.Equal(before + 1, server.Analysis.Computations);
    }

    [Fact]
    public async Task A_long_parameter_is_not_echoed_back()
    {
        var huge = new string('x', 1500);
        var p = await _client.Problem($"/api/v1/analysis/moran?weights={huge}", HttpStatusCode.BadRequest);
        var detail = p.GetProperty("detail").GetString()!;
        Assert.True(detail.Length <= 300, $"{detail.Length} characters");
        Assert.Contains("(1,500 characters)", detail);
        var measure = await _client.Problem($"/api/v1/analysis/moran?level=gemeente&measure={huge}", HttpStatusCode.BadRequest);
        Assert.True(measure.GetProperty("detail").GetString()!.Length <= 300);
        var scores = await _client.Problem($"/api/v1/scores/buurt/2024?source={huge}", HttpStatusCode.BadRequest);
        Assert.DoesNotContain(new string('x', 41), scores.GetProperty("detail").GetString()!);
    }
}
