using Leefbaar.TestSupport;
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
        // The fit of this run against the release published from an earlier fit of the same shared data: the same
        // bytes, so fitting is deterministic across runs and processes. A deliberate model change publishes anew.
        var published = Path.Combine(SharedData.RepositoryRoot(), "releases", fixture.Release.Id + ".json");
        Assert.True(File.Exists(published), $"{fixture.Release.Id} is not in releases/: the fit no longer reproduces a published release (publish the new one with './leefbaar fit --out releases/<id>.json' when the change is intended).");
        Assert.Equal(File.ReadAllText(published), ReleaseJson.Serialize(fixture.Release));
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
        var e = Assert.Throws<ReleaseRejectedException>(() => ReleaseJson.Deserialize(json, Catalogue));
        Assert.Contains("prohibited", e.Message);
        Assert.Contains(indicator, e.Message);
    }

    [Fact]
    public void An_outcome_is_refused_in_a_default_release_and_allowed_in_a_nowcast()
    {
        var e = Assert.Throws<ReleaseRejectedException>(() => ReleaseJson.Deserialize(WithIndicator("woz_mean", "default"), Catalogue));
        Assert.Contains("woz_mean", e.Message);
        Assert.Equal("nowcast", ReleaseJson.Deserialize(WithIndicator("woz_mean", "nowcast"), Catalogue).Variant);
    }

    [Theory]
    [InlineData("moroccan_origin_pct", "prohibited")]      // imported by the KWB shapefile importer
    [InlineData("turkish_origin_pct", "prohibited")]
    [InlineData("some_new_origin_column", "not in the indicator catalogue")] // allowlist: unknown codes never pass
    [InlineData("population", "role is Weight")]
    public void Only_catalogued_inputs_may_enter_a_release(string indicator, string reason)
    {
        var e = Assert.Throws<ReleaseRejectedException>(() => ReleaseJson.Deserialize(WithIndicator(indicator, "default"), Catalogue));
        Assert.Contains(indicator, e.Message);
        Assert.Contains(reason, e.Message);
    }

    [Fact]
    public void A_release_file_changed_after_publication_is_refused()
    {
        var json = ReleaseJson.Serialize(fixture.Release);
        var constant = fixture.Release.Constant.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var tampered = json.Replace($"\"constant\": {constant}", "\"constant\": 4.5");
        Assert.NotEqual(json, tampered);
        var e = Assert.Throws<ReleaseRejectedException>(() => ReleaseJson.Deserialize(tampered, Catalogue));
        Assert.Contains("release file changed after publication", e.Message);
        Assert.Contains(ReleaseJson.ContentHash(ReleaseJson.Deserialize(json, Catalogue) with { Constant = 4.5 }), e.Message);
    }

    [Fact]
    public void A_loaded_release_cannot_be_changed_in_place()
    {
        var r = ReleaseJson.Deserialize(ReleaseJson.Serialize(fixture.Release), Catalogue);
        Assert.Throws<NotSupportedException>(() => ((ICollection<ReleaseTerm>)r.Terms).Clear());
        Assert.Throws<NotSupportedException>(() => ((IDictionary<string, double>)r.DimensionBase)["won"] = 1);
        Assert.True(r.ClassBoundaries.IsDefaultOrEmpty is false);
    }

    /// <summary>
    /// The real release with its first term's indicator replaced (and the variant set), re-identified by its new
    /// content hash — so only the term rules can refuse it, as they must for a file that was re-hashed on purpose.
    /// </summary>
    private string WithIndicator(string indicator, string variant)
    {
        var r = fixture.Release;
        var first = r.Terms[0];
        var changed = r with { Variant = variant, Terms = [first with { Spec = first.Spec with { Indicator = indicator } }, .. r.Terms.Skip(1)] };
        changed = changed with { Id = $"leefbaar-{changed.Target}-{variant}-{ReleaseJson.ContentHash(changed)}" };
        return ReleaseJson.Serialize(changed);
    }
}
