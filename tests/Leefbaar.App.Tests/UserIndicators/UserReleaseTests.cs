using System.Globalization;
using Leefbaar.App.Releases;
using Leefbaar.App.UserIndicators;
using Leefbaar.Core.Errors;
using Leefbaar.Core.Releases;
using Leefbaar.Data.Demo;
using Leefbaar.Data.Store;
using Leefbaar.Model.Releases;
using Leefbaar.TestSupport;

namespace Leefbaar.App.Tests.UserIndicators;

/// <summary>
/// A user release (`fit --variant user`): fitted with a gemeente's own indicator next to the environment inputs,
/// labelled as such, refused without the user catalogue, and never preferred over the default release.
/// </summary>
public sealed class UserReleaseTests : IDisposable
{
    private const string Code = "user_overlast_meldingen";
    private readonly TempDir _dir = new();
    private readonly LeefbaarStore _store;

    public UserReleaseTests()
    {
        _store = LeefbaarStore.Open(_dir.File("store.duckdb"));
        _store.ReplaceDataset("demo-synthetic", "demo", ["(generated)"], "seed-1", DemoDatasetGenerator.Generate(1));
        // The own indicator: nuisance reports that follow the (synthetic) official onv dimension, plus a deterministic wobble.
        var official = _store.OfficialScores(TargetRelease.DemoSynthetic.Id, "buurt", 2024).Where(r => r.Onv is not null).ToList();
        var values = _dir.File("overlast.csv");
        File.WriteAllLines(values, ["area,indicator,value", .. official.Select((r, i) =>
            FormattableString.Invariant($"{r.Code},{Code},{40 - 200 * r.Onv!.Value + 3 * Math.Sin(i):0.###}"))]);
        var catalogue = _dir.File("catalogue.json");
        File.WriteAllText(catalogue, $$"""
            [{"indicator": {"code": "{{Code}}", "nl": "Meldingen woonoverlast", "en": "Residential nuisance reports", "unit": "per 1000 inwoners",
              "source": "Gemeente Demo, meldingen 2024", "dimension": "onv", "direction": -1}, "licence": "CC BY 4.0"}]
            """);
        UserIndicatorService.Add(_store, values, catalogue, 2024, DateTime.UnixEpoch);
    }

    public void Dispose()
    {
        _store.Dispose();
        _dir.Dispose();
    }

    private FittedRelease Fit(string variant) => ReleaseFitter.Fit(_store, new FitRequest(TargetRelease.DemoSynthetic, variant)
    {
        Catalogue = UserIndicatorService.CatalogueWithUserIndicators(_store),
    });

    [Fact]
    public void The_user_variant_uses_the_own_indicator_and_the_default_never_does()
    {
        var user = Fit(ReleaseChecks.UserVariant);
        var standard = Fit("default");
        Assert.Equal(ReleaseChecks.UserVariant, user.Release.Variant);
        Assert.Contains(user.Release.Terms, t => t.Spec.Indicator == Code);
        Assert.DoesNotContain(standard.Release.Terms, t => t.Spec.Indicator == Code);
        // An indicator that tracks onv improves that dimension's out-of-province fit.
        var onv = (string d, FittedRelease f) => f.Release.Metrics["all"][$"{d}.spearman"];
        Assert.True(onv("onv", user) > onv("onv", standard), $"onv rho user {onv("onv", user):0.000} vs default {onv("onv", standard):0.000}");
        Assert.Contains("user-defined indicators", user.ModelCard);
        Assert.Contains("Meldingen woonoverlast", user.ModelCard);
    }

    [Fact]
    public void A_user_release_loads_only_with_the_user_catalogue_and_the_default_stays_preferred()
    {
        var user = Fit(ReleaseChecks.UserVariant);
        var json = ReleaseJson.Serialize(user.Release);
        Assert.Equal(user.Release.Id, ReleaseJson.Deserialize(json, UserIndicatorService.CatalogueWithUserIndicators(_store)).Id);
        var refused = Assert.ThrowsAny<Exception>(() => ReleaseJson.Deserialize(json, Leefbaar.Model.Catalogue.IndicatorCatalogue.Default));
        Assert.IsAssignableFrom<IDomainError>(refused);
        Assert.Contains(Code, refused.Message);

        ReleaseFitter.Publish(_store, Fit("default"));
        ReleaseFitter.Publish(_store, user); // published last, so newest
        var preferred = ReleasePrecedence.PreferredModel(_store.ModelReleases(), r => r.Id);
        Assert.NotNull(preferred);
        Assert.NotEqual(user.Release.Id, preferred!.Id);
        Assert.Equal("default", ReleaseJson.Deserialize(preferred.ReleaseJson, UserIndicatorService.CatalogueWithUserIndicators(_store)).Variant);
    }
}
