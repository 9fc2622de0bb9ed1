using Leefbaar.Model.Catalogue;
using Leefbaar.Model.Releases;

namespace Leefbaar.Model.Tests.RealData;

/// <summary>Releases fitted on the real data: byte-identical when refitted, and refused when they hold a prohibited indicator or (default variant) an outcome.</summary>
[Collection(RealDataCollection.Name)]
public class ReleaseTests(RealDataFixture fixture)
{
    private static readonly IndicatorCatalogue Catalogue = IndicatorCatalogue.Default;

    [Fact]
    public void The_published_default_release_is_what_the_shared_data_gives_today()
    {
        // releases/ holds the published release; a change in data, catalogue or method must be re-published
        // (./leefbaar fit --out releases/<id>.json), never drift silently.
        var published = Path.Combine(Leefbaar.TestSupport.SharedData.RepositoryRoot(), "releases", fixture.Release.Id + ".json");
        Assert.True(File.Exists(published), $"No published release {fixture.Release.Id} in releases/: re-publish with ./leefbaar fit --out {published}");
        Assert.Equal(File.ReadAllText(published), ReleaseJson.Serialize(fixture.Release));
    }

    [Fact]
    public void Refitting_on_the_same_inputs_gives_a_byte_identical_release()
    {
        var again = fixture.Fit(fixture.BuildTable());
        Assert.Equal(ReleaseJson.Serialize(fixture.Release), ReleaseJson.Serialize(again));
        Assert.Equal(fixture.Release.Id, again.Id);
        // Round trip: the file loads back to the same bytes.
        var json = ReleaseJson.Serialize(fixture.Release);
        Assert.Equal(json, ReleaseJson.Serialize(ReleaseJson.Deserialize(json, Catalogue)));
    }

    [Fact]
    public void The_default_release_uses_environment_inputs_only()
    {
        Assert.All(fixture.Release.Terms, t => Assert.Equal(IndicatorRole.Input, Catalogue.Get(t.Spec.Indicator).Role));
        Assert.DoesNotContain(fixture.Release.Terms, t => t.Spec.Indicator is "woz_mean" or "income_per_inhabitant" or "migration_background_pct");
    }

    [Theory]
    [InlineData("migration_background_pct", "default")]
    [InlineData("non_western_pct", "default")]
    [InlineData("migration_background_pct", "nowcast")]
    public void A_release_with_a_prohibited_indicator_is_refused(string indicator, string variant)
    {
        var json = WithIndicator(indicator, variant);
        var e = Assert.Throws<InvalidDataException>(() => ReleaseJson.Deserialize(json, Catalogue));
        Assert.Contains("prohibited", e.Message);
        Assert.Contains(indicator, e.Message);
    }

    [Fact]
    public void An_outcome_is_refused_in_a_default_release_and_allowed_in_a_nowcast()
    {
        var e = Assert.Throws<InvalidDataException>(() => ReleaseJson.Deserialize(WithIndicator("woz_mean", "default"), Catalogue));
        Assert.Contains("woz_mean", e.Message);
        Assert.Equal("nowcast", ReleaseJson.Deserialize(WithIndicator("woz_mean", "nowcast"), Catalogue).Variant);
    }

    /// <summary>The real release's JSON with its first term renamed (and the variant set): the same text a tampered file would hold.</summary>
    private string WithIndicator(string indicator, string variant)
    {
        var json = ReleaseJson.Serialize(fixture.Release);
        var first = fixture.Release.Terms[0].Spec.Indicator;
        var renamed = json.Replace($"\"indicator\": \"{first}\"", $"\"indicator\": \"{indicator}\"").Replace("\"variant\": \"default\"", $"\"variant\": \"{variant}\"");
        Assert.NotEqual(json, renamed);
        return renamed;
    }
}
