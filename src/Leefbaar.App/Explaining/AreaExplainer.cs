using Leefbaar.App.Releases;
using Leefbaar.App.Scoring;
using Leefbaar.Core.Areas;
using Leefbaar.Core.Errors;
using Leefbaar.Core.ReadModels;
using Leefbaar.Data.Store;
using Leefbaar.Model.Catalogue;
using Leefbaar.Model.Features;
using Leefbaar.Model.Releases;
using Leefbaar.Model.Scoring;

namespace Leefbaar.App.Explaining;

/// <summary>
/// The explain use case. A published release is explained from what `fit` stored (scores and the indicator values
/// behind them): the per-dimension contributions follow exactly from value and release term, so nothing national
/// is rebuilt. A release that was never published here is explained by scoring the whole division.
/// </summary>
public static class AreaExplainer
{
    /// <summary>Explains buurt <paramref name="code"/>; <paramref name="releaseIdOrFile"/> null = the default release.</summary>
    public static AreaExplanation Explain(LeefbaarStore store, string code, int year, string? releaseIdOrFile, IndicatorCatalogue catalogue,
        ExplanationSource? force = null)
    {
        var area = AreaCode.Parse(code);
        if (area.Level != AreaLevel.Buurt) throw new InvalidInputException($"explain works on buurt codes (BU########); got {area.Value}.");
        var release = ReleaseResolver.Resolve(store, releaseIdOrFile, catalogue);
        if (year != release.Data.Year) throw new InvalidInputException($"Release {release.Id} explains year {release.Data.Year}, not {year}.");
        var official = store.OfficialScores(release.Target, LevelName.Buurt, release.Data.Year).FirstOrDefault(o => o.Code == area.Value);
        var stored = force == ExplanationSource.Computed ? null : FromStore(store, release, area.Value, official);
        if (stored is null && force == ExplanationSource.Stored)
            throw new NotFoundException($"Release {release.Id} has no stored scores for {area.Value}: run './leefbaar fit' (or score) to publish them.");
        return stored ?? Compute(store, release, area.Value, official, catalogue);
    }

    private static AreaExplanation? FromStore(LeefbaarStore store, ModelRelease release, string code, OfficialScoreRow? official)
    {
        var own = StoredLevelScores.Read(store, release, LevelName.Buurt, [code])?.Single();
        if (own is null) return null;
        var gemeente = own.Gemeente is null ? null : StoredLevelScores.Read(store, release, LevelName.Gemeente, [own.Gemeente])?.Single();
        var land = StoredLevelScores.Read(store, release, LevelName.Land)?.FirstOrDefault();
        var values = store.StoredContributions(release.Id, code)
            .Where(c => c.Division == release.Data.Division && c.Year == release.Data.Year)
            .ToDictionary(c => c.Indicator, c => c.Value);
        // Terms at their reference were not stored: they contribute nothing, so they are left out here too.
        var contributions = release.Terms
            .Where(t => values.ContainsKey(t.Spec.Indicator))
            .Select(t => Explainer.ContributionOf(t, values[t.Spec.Indicator]))
            .OrderByDescending(c => Math.Abs(c.Total)).ToList();
        return new AreaExplanation(release, own, gemeente, land, official, contributions, store.IsDemo(), ExplanationSource.Stored);
    }

    private static AreaExplanation Compute(LeefbaarStore store, ModelRelease release, string code, OfficialScoreRow? official, IndicatorCatalogue catalogue)
    {
        var table = new FeatureBuilder(store, catalogue).Build(LevelName.Buurt, release.Data.Division, release.Data.Year);
        if (!table.IndexByCode().TryGetValue(code, out var row))
            throw new NotFoundException($"{code} is not a buurt of division {release.Data.Division} in this store.");
        var all = LevelAggregation.ScoreAllLevels(store, release, table);
        var score = all[LevelName.Buurt].FirstOrDefault(x => x.Code == code) ?? throw new NotFoundException($"{code} has no inputs to score.");
        var gemeente = all[LevelName.Gemeente].FirstOrDefault(x => x.Code == score.Gemeente);
        return new AreaExplanation(release, score, gemeente, all[LevelName.Land].FirstOrDefault(), official,
            Explainer.Explain(release, table, row), store.IsDemo(), ExplanationSource.Computed);
    }
}
