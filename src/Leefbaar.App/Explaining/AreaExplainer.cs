using Leefbaar.App.Releases;
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
        var official = store.OfficialScores(release.Target, "buurt", release.Data.Year).FirstOrDefault(o => o.Code == area.Value);
        var stored = force == ExplanationSource.Computed ? null : FromStore(store, release, area.Value, official);
        if (stored is null && force == ExplanationSource.Stored)
            throw new NotFoundException($"Release {release.Id} has no stored scores for {area.Value}: run './leefbaar fit' (or score) to publish them.");
        return stored ?? Compute(store, release, area.Value, official, catalogue);
    }

    private static AreaExplanation? FromStore(LeefbaarStore store, ModelRelease release, string code, OfficialScoreRow? official)
    {
        var division = release.Data.Division;
        var row = store.Areas("buurt", division).FirstOrDefault(a => a.Code == code);
        if (row is null) return null;
        var own = store.StoredModelScores(release.Id, "buurt", [code]).FirstOrDefault(s => s.Division == division && s.Year == release.Data.Year);
        if (own is null) return null;
        var names = NamesOf(store, division, row.Gemeente);
        var gemeente = row.Gemeente is null ? null
            : store.StoredModelScores(release.Id, "gemeente", [row.Gemeente]).FirstOrDefault(s => s.Division == division && s.Year == release.Data.Year);
        var land = store.StoredModelScores(release.Id, "land", ["NL00"]).FirstOrDefault(s => s.Division == division && s.Year == release.Data.Year);
        var values = store.StoredContributions(release.Id, code).Where(c => c.Division == division && c.Year == release.Data.Year)
            .ToDictionary(c => c.Indicator, c => c.Value);
        var contributions = release.Terms
            .Select(t => Explainer.ContributionOf(t, values.TryGetValue(t.Spec.Indicator, out var v) ? v : double.NaN))
            .Where(c => values.ContainsKey(c.Indicator))
            .OrderByDescending(c => Math.Abs(c.Total)).ToList();
        return new AreaExplanation(release, ToScore(own, row.Name, row.Gemeente), ToScore(gemeente, names.Gemeente, row.Gemeente),
            ToScore(land, names.Land, null), official, contributions, store.IsDemo(), ExplanationSource.Stored);
    }

    private static AreaExplanation Compute(LeefbaarStore store, ModelRelease release, string code, OfficialScoreRow? official, IndicatorCatalogue catalogue)
    {
        var table = new FeatureBuilder(store, catalogue).Build("buurt", release.Data.Division, release.Data.Year);
        if (!table.IndexByCode().TryGetValue(code, out var row))
            throw new NotFoundException($"{code} is not a buurt of division {release.Data.Division} in this store.");
        var all = LevelAggregation.ScoreAllLevels(store, release, table);
        var score = all["buurt"].FirstOrDefault(x => x.Code == code) ?? throw new NotFoundException($"{code} has no inputs to score.");
        var gemeente = all["gemeente"].FirstOrDefault(x => x.Code == score.Gemeente);
        return new AreaExplanation(release, score, gemeente, all["land"].FirstOrDefault(), official,
            Explainer.Explain(release, table, row), store.IsDemo(), ExplanationSource.Computed);
    }

    private static (string? Gemeente, string? Land) NamesOf(LeefbaarStore store, int division, string? gemeente) =>
        (gemeente is null ? null : store.Areas("gemeente", division).FirstOrDefault(a => a.Code == gemeente)?.Name,
         store.Areas("land", division).FirstOrDefault()?.Name);

    private static AreaScore? ToScore(ModelScoreRow? s, string? name, string? gemeente) => s is null ? null : new AreaScore(
        s.Code, name ?? s.Code, gemeente, s.Release, s.Year, s.Won, s.Fys, s.Vrz, s.Soc, s.Onv, s.Afw, s.Lbm,
        s.KTotal, s.KAfw, s.KWon, s.KFys, s.KVrz, s.KSoc, s.KOnv, s.Reliable, s.AfwLower, s.AfwUpper, s.Weight);
}
