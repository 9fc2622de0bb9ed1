using System.Text.Json;
using Leefbaar.App.Explaining;
using Leefbaar.Data.Store;
using Leefbaar.Model.Catalogue;

namespace Leefbaar.Api.Tests;

/// <summary>
/// The profile's explanation (contributions per dimension) on the demo store and its fitted release: the same numbers
/// as the explain use case, and base plus contributions give every dimension's score; the real-data fixture's
/// hand-written test release cannot be split, so its profiles carry no explanation.
/// </summary>
public sealed class ExplanationEndpointTests
{
    private static readonly string[] Dims = ["won", "fys", "vrz", "soc", "onv"];

    [Collection(DemoServerCollection.Name)]
    public sealed class Demo(DemoServerFixture server)
    {
        [Fact]
        public async Task A_buurt_profile_splits_every_contribution_over_the_dimensions_as_explain_does()
        {
            var hits = await server.Client.Json("/api/v1/areas?q=BU99&limit=20");
            var code = hits.GetProperty("results").EnumerateArray().First(h => h.GetProperty("level").GetString() == "buurt").GetProperty("code").GetString()!;
            var profile = await server.Client.Json($"/api/v1/areas/{code}");
            var explanation = profile.GetProperty("explanation");
            var model = profile.GetProperty("model");
            Assert.Equal(model.GetProperty("release").GetString(), explanation.GetProperty("release").GetString());

            AreaExplanation expected;
            using (var store = LeefbaarStore.Open(server.StorePath, readOnly: true))
                expected = AreaExplainer.Explain(store, code, model.GetProperty("year").GetInt32(), explanation.GetProperty("release").GetString(),
                    IndicatorCatalogue.Default, ExplanationSource.Stored);
            var served = explanation.GetProperty("contributions").EnumerateArray().ToDictionary(c => c.GetProperty("indicator").GetString()!);
            Assert.Equal(expected.Contributions.Count, served.Count);
            Assert.True(served.Count >= 3, $"only {served.Count} contributions");
            foreach (var c in expected.Contributions)
            {
                var s = served[c.Indicator];
                foreach (var d in Dims) Assert.Equal(c.PerDimension[d], s.GetProperty("perDimension").GetProperty(d).GetDouble(), 1e-12);
                Assert.Equal(c.Total, s.GetProperty("total").GetDouble(), 1e-12);
                Assert.Equal(c.Reference, s.GetProperty("reference").GetDouble(), 1e-12);
            }
            // Largest total first, and per dimension base + Σ contributions = the model's dimension score.
            var totals = explanation.GetProperty("contributions").EnumerateArray().Select(c => Math.Abs(c.GetProperty("total").GetDouble())).ToList();
            Assert.Equal(totals.OrderByDescending(x => x), totals);
            foreach (var d in Dims)
            {
                var sum = explanation.GetProperty("base").GetProperty(d).GetDouble() + served.Values.Sum(c => c.GetProperty("perDimension").GetProperty(d).GetDouble());
                Assert.Equal(model.GetProperty(d).GetDouble(), sum, 1e-9);
            }
        }
    }

    [Collection(ServerCollection.Name)]
    public sealed class RealData(ServerFixture server)
    {
        [Fact]
        public async Task A_release_that_does_not_load_gives_no_explanation_but_keeps_the_stored_contributions()
        {
            var profile = await server.Client.Json("/api/v1/areas/BU03070100");
            Assert.True(!profile.TryGetProperty("explanation", out var e) || e.ValueKind == JsonValueKind.Null);
            Assert.Equal(3, profile.GetProperty("contributions").GetArrayLength());
        }
    }
}
