using Leefbaar.App.Releases;
using Leefbaar.Core.Areas;
using Leefbaar.Core.Errors;
using Leefbaar.Core.ReadModels;
using Leefbaar.Data.Store;
using Leefbaar.Model.Catalogue;
using Leefbaar.Model.Features;
using Leefbaar.Model.Releases;
using Leefbaar.Model.Scoring;

namespace Leefbaar.App.WhatIf;

/// <summary>
/// The what-if use case: change indicator values of one buurt and rescore it with a frozen release. An observed
/// indicator is changed in the data itself (a <see cref="ChangedAreaData"/> view), so shares, neighbourhood averages
/// and postcode context built on it follow; an indicator that is itself derived is set directly, and the answer says so.
/// </summary>
public static class WhatIfAnalysis
{
    /// <summary>Answers the question for buurt <paramref name="code"/>; <paramref name="releaseIdOrFile"/> null = the default release.</summary>
    public static WhatIfResult Run(LeefbaarStore store, string code, IReadOnlyList<WhatIfChange> changes, string? releaseIdOrFile, IndicatorCatalogue catalogue)
    {
        var area = AreaCode.Parse(code);
        if (area.Level != AreaLevel.Buurt) throw new InvalidInputException($"what-if works on buurt codes (BU########); got {area.Value}.");
        if (changes.Count == 0) throw new InvalidInputException("Give at least one change, e.g. --set crime_per_1000=-20%.");
        var release = ReleaseResolver.Resolve(store, releaseIdOrFile, catalogue);
        var (division, year) = (release.Data.Division, release.Data.Year);

        var data = new CachedAreaData(store); // the before and after builds read the store once
        var before = new FeatureBuilder(data, catalogue).Build(LevelName.Buurt, division, year);
        var index = before.IndexByCode();
        if (!index.TryGetValue(area.Value, out var row)) throw new NotFoundException($"{area.Value} is not a buurt of division {division} in this store.");
        var observed = data.Observations(LevelName.Buurt, division).Where(o => o.Code == area.Value).Select(o => o.Indicator).ToHashSet(StringComparer.Ordinal);

        var dataChanges = new Dictionary<(string, string), double>();
        var direct = new Dictionary<string, double>(StringComparer.Ordinal);
        var notes = new List<string>();
        foreach (var c in changes)
        {
            var column = before.Column(c.Indicator)
                ?? throw new NotFoundException($"Indicator '{c.Indicator}' has no values in this store; see './leefbaar info' for the indicators.");
            var value = c.Apply(column[row], other => index.TryGetValue(other, out var j) && !double.IsNaN(column[j]) ? column[j]
                : throw new NotFoundException($"{other} has no value of {c.Indicator} to copy."));
            if (observed.Contains(c.Indicator)) dataChanges[(area.Value, c.Indicator)] = value;
            else
            {
                direct[c.Indicator] = value;
                notes.Add($"{c.Indicator} is derived ({catalogue.Find(c.Indicator)?.Derived ?? "no formula"}): set directly, its inputs were not changed.");
            }
            foreach (var parent in catalogue.All.Where(d => d.Derived is { } f && f.StartsWith("parent:") && f.EndsWith(":" + c.Indicator)))
                notes.Add($"{parent.Code} ({parent.NameEn}) is the wijk or gemeente value of {c.Indicator}; a change in one buurt does not move it.");
        }

        var after = dataChanges.Count == 0 ? Copy(before) : new FeatureBuilder(new ChangedAreaData(data, dataChanges), catalogue).Build(LevelName.Buurt, division, year);
        foreach (var (indicator, value) in direct) after.Columns[indicator][row] = value;

        var scoreBefore = ScoreOf(release, before, area.Value);
        var scoreAfter = ScoreOf(release, after, area.Value);
        var requested = changes.Select(c => c.Indicator).ToHashSet(StringComparer.Ordinal);
        var fitted = release.Data.Provinces.ToHashSet(StringComparer.Ordinal);
        var inputs = release.Terms.Select(t => t.Spec.Indicator)
            .Select(i => (i, b: before.Column(i)?[row] ?? double.NaN, a: after.Column(i)?[row] ?? double.NaN))
            .Where(t => !SameValue(t.b, t.a))
            .Select(t => Shift(before, t.i, t.b, t.a, requested.Contains(t.i), fitted)).ToList();
        var contributionsBefore = Explainer.Explain(release, before, row).ToDictionary(c => c.Indicator);
        var moved = Explainer.Explain(release, after, row)
            .Select(c => new ContributionShift(c.Indicator, c.PerDimension.ToDictionary(kv => kv.Key, kv => kv.Value - contributionsBefore[c.Indicator].PerDimension[kv.Key])))
            .Where(s => s.Delta.Values.Any(v => Math.Abs(v) > 1e-12))
            .OrderByDescending(s => Math.Abs(s.Total)).ToList();
        if (inputs.Any(i => i.Extrapolated)) notes.Add("A new value lies outside the range of the buurten the release was fitted on: the answer is an extrapolation.");
        return new WhatIfResult(release, scoreBefore, scoreAfter, changes, inputs, moved, notes, store.IsDemo());
    }

    private static AreaScore ScoreOf(ModelRelease release, FeatureTable table, string code) =>
        Scorer.Score(release, table, LevelName.Buurt).FirstOrDefault(s => s.Code == code) ?? throw new NotFoundException($"{code} has no inputs to score.");

    private static IndicatorShift Shift(FeatureTable table, string indicator, double before, double after, bool requested, HashSet<string> fittedProvinces)
    {
        var column = table.Column(indicator)!;
        var seen = Enumerable.Range(0, table.Count).Where(i => table.Provincie[i] is { } p && fittedProvinces.Contains(p) && !double.IsNaN(column[i]))
            .Select(i => column[i]).DefaultIfEmpty(double.NaN).ToList();
        return new IndicatorShift(indicator, before, after, requested, seen.Min(), seen.Max());
    }

    private static bool SameValue(double a, double b) => (double.IsNaN(a) && double.IsNaN(b)) || a == b;

    private static FeatureTable Copy(FeatureTable t) => new()
    {
        Codes = t.Codes, Names = t.Names, Gemeente = t.Gemeente, Wijk = t.Wijk, Provincie = t.Provincie, X = t.X, Y = t.Y,
        Columns = t.Columns.ToDictionary(kv => kv.Key, kv => (double[])kv.Value.Clone()), Division = t.Division, Year = t.Year,
    };
}
