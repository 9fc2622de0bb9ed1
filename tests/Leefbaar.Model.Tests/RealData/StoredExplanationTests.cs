using Leefbaar.App.Explaining;
using Leefbaar.App.Scoring;
using Leefbaar.Core.Errors;
using Leefbaar.Model.Catalogue;
using Leefbaar.Model.Scoring;

namespace Leefbaar.Model.Tests.RealData;

/// <summary>
/// `explain` reads a published release back from the store instead of rebuilding the national feature table; the
/// stored explanation must be the computed one, number for number.
/// </summary>
[Collection(RealDataCollection.Name)]
public class StoredExplanationTests(RealDataFixture fixture)
{
    private static readonly object Gate = new();
    private static bool _published;

    private static Dictionary<string, List<AreaScore>>? _computed;

    // Every level scored from one fresh feature table, as LevelScoring does per level (one national build, not five).
    private Dictionary<string, List<AreaScore>> ComputedLevels()
    {
        lock (Gate)
            return _computed ??= LevelAggregation.ScoreAllLevels(fixture.Store, fixture.Release, fixture.BuildTable());
    }

    /// <summary>Publishes the fixture's release into the shared store once; returns its id.</summary>
    private string Publish()
    {
        lock (Gate)
        {
            if (!_published) ScorePublisher.Publish(fixture.Store, fixture.Release, IndicatorCatalogue.Default, "test model card");
            _published = true;
            return fixture.Release.Id;
        }
    }

    // Rotterdam Tarwewijk, Groningen centre and a Drenthe buurt (no official score). Each computed explanation
    // rebuilds the national feature table (~20 s), so three buurten stand for the kinds.
    [Theory]
    [InlineData("BU05991571")]
    [InlineData("BU00140000")]
    [InlineData("BU16800000")]
    public void Stored_explanation_equals_the_computed_one(string code)
    {
        var release = Publish();
        var catalogue = IndicatorCatalogue.Default;
        var stored = AreaExplainer.Explain(fixture.Store, code, 2024, release, catalogue, ExplanationSource.Stored);
        var computed = AreaExplainer.Explain(fixture.Store, code, 2024, release, catalogue, ExplanationSource.Computed);

        Assert.Equal(ExplanationSource.Stored, stored.Source);
        Assert.Equal(ExplanationSource.Computed, computed.Source);
        Assert.Equal(computed.Area.Name, stored.Area.Name);
        Assert.Equal(computed.Area.Class, stored.Area.Class);
        Assert.Equal(computed.Area.Afw, stored.Area.Afw, 1e-9);
        Assert.Equal(computed.Area.AfwLower, stored.Area.AfwLower, 1e-9);
        Assert.Equal(computed.Area.AfwUpper, stored.Area.AfwUpper, 1e-9);
        Assert.Equal(computed.Gemeente!.Afw, stored.Gemeente!.Afw, 1e-9);
        Assert.Equal(computed.Gemeente.Name, stored.Gemeente.Name);
        Assert.Equal(computed.Nederland!.Afw, stored.Nederland!.Afw, 1e-9);
        Assert.Equal(computed.Official?.Afw, stored.Official?.Afw);

        // Computed lists every term; the store skips terms that add exactly nothing in every dimension.
        var byIndicator = stored.Contributions.ToDictionary(c => c.Indicator);
        Assert.True(stored.Contributions.Count > 20, $"only {stored.Contributions.Count} stored contributions");
        foreach (var c in computed.Contributions)
        {
            if (!byIndicator.TryGetValue(c.Indicator, out var s))
            {
                Assert.All(c.PerDimension.Values, v => Assert.True(Math.Abs(v) < 1e-12, $"{c.Indicator} not stored but contributes {v}"));
                continue;
            }
            Assert.Equal(c.Value, s.Value, 1e-9);
            foreach (var (dimension, value) in c.PerDimension)
                Assert.True(Math.Abs(value - s.PerDimension[dimension]) <= 1e-9, $"{code} {c.Indicator} {dimension}: {s.PerDimension[dimension]} vs {value}");
        }
        var rebuilt = stored.Release.DimensionBase.Values.Sum() + stored.Contributions.Sum(c => c.Total);
        Assert.Equal(stored.Area.Afw, rebuilt, 1e-9);
    }

    [Theory]
    [InlineData("buurt")]
    [InlineData("wijk")]
    [InlineData("gemeente")]
    [InlineData("provincie")]
    [InlineData("land")]
    public void Stored_level_scores_equal_the_computed_ones(string level)
    {
        Publish();
        var stored = StoredLevelScores.Read(fixture.Store, fixture.Release, level)!;
        var computed = ComputedLevels()[level].OrderBy(s => s.Code, StringComparer.Ordinal).ToList();
        Assert.Equal(computed.Count, stored.Count);
        Assert.True(stored.Count > 0);
        for (var i = 0; i < stored.Count; i++)
        {
            var (a, b) = (stored[i], computed[i]);
            Assert.Equal(b.Code, a.Code);
            Assert.Equal(b.Name, a.Name);
            Assert.Equal((b.Class, b.ClassWon, b.ClassFys, b.ClassVrz, b.ClassSoc, b.ClassOnv, b.Reliable), (a.Class, a.ClassWon, a.ClassFys, a.ClassVrz, a.ClassSoc, a.ClassOnv, a.Reliable));
            Assert.Equal(b.Afw, a.Afw, 1e-9);
            Assert.Equal(b.Onv, a.Onv, 1e-9);
            Assert.Equal(b.AfwLower, a.AfwLower, 1e-9);
            Assert.Equal(b.Weight, a.Weight, 1e-6);
            Assert.Equal(b.Release, a.Release);
        }
    }

    [Fact]
    public void An_unknown_buurt_is_a_not_found_error_naming_it()
    {
        var release = Publish();
        var error = Assert.Throws<NotFoundException>(() =>
            AreaExplainer.Explain(fixture.Store, "BU99999999", 2024, release, IndicatorCatalogue.Default));
        Assert.Contains("BU99999999", error.Message);
    }
}
