using Leefbaar.Core.Areas;
using Leefbaar.Core.ReadModels;
using Leefbaar.Data.Store;
using Leefbaar.Model.Catalogue;
using Leefbaar.Model.Features;
using Leefbaar.Model.Releases;
using Leefbaar.Model.Scoring;

namespace Leefbaar.App.Scoring;

/// <summary>
/// Scores all buurten of a release's division, aggregates to wijk, gemeente, provincie and Nederland, and writes
/// scores, contributions and the release itself to the store in one transaction.
/// </summary>
public static class ScorePublisher
{
    /// <summary>Scores and stores; returns the number of score rows written.</summary>
    public static int Publish(LeefbaarStore store, ModelRelease release, IndicatorCatalogue catalogue, string modelCard)
    {
        var table = new FeatureBuilder(store, catalogue).Build(LevelName.Buurt, release.Data.Division, release.Data.Year);
        var all = LevelAggregation.ScoreAllLevels(store, release, table);
        var rows = all.SelectMany(kv => kv.Value.Select(s => ToRow(s, kv.Key, release.Data.Division))).ToList();
        var contributions = new List<ContributionRow>();
        var index = table.IndexByCode();
        var dimensionOf = release.Terms.ToDictionary(t => t.Spec.Indicator, t => t.Dimension ?? "");
        foreach (var s in all[LevelName.Buurt])
        {
            var row = index[s.Code];
            foreach (var c in Explainer.Explain(release, table, row))
            {
                if (Explainer.IsNone(c)) continue; // explain rebuilds every dimension from the stored value
                contributions.Add(new ContributionRow(s.Code, release.Data.Division, release.Data.Year, release.Id, c.Indicator, dimensionOf[c.Indicator],
                    double.IsNaN(c.Value) ? double.NaN : c.Value, c.Reference, c.Total));
            }
        }
        store.ReplaceModelScores(release.Id, release.Target, ReleaseJson.Serialize(release), modelCard, rows, contributions);
        return rows.Count;
    }

    private static ModelScoreRow ToRow(AreaScore s, string level, int division) => new(s.Code, level, division, s.Year, s.Release,
        s.Afw, s.Won, s.Fys, s.Vrz, s.Soc, s.Onv, s.Lbm, s.Class, s.ClassAfw, s.ClassWon, s.ClassFys, s.ClassVrz, s.ClassSoc, s.ClassOnv,
        s.Reliable, s.AfwLower, s.AfwUpper, s.Weight, s.ClassLow, s.ClassHigh, s.PWeak);
}
