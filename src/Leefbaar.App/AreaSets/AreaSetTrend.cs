using Leefbaar.Core.Areas;
using System.Globalization;
using Leefbaar.App.Analysis;
using Leefbaar.Data.Store;

namespace Leefbaar.App.AreaSets;

/// <summary>One year of a set's postcode series: the set's, its ring's and Nederland's (postcodes weighted by residents, as the wijkdiagnose does) mean afw; null where none is scored.</summary>
public sealed record AreaSetTrendPoint(int Year, double? Set, double? Ring, double? Nederland);

/// <summary>
/// A set's development on the official LBM 3.0 postcode series (PC4, 2002–2022): each buurt stands for its main
/// postcode, weighted by the buurt's residents, for the set and for its ring — the waterbed check over time (did the
/// ring fall while the set rose?). A postcode shared by set and ring buurten counts for both, so the two lines
/// are closer than the buurten are.
/// </summary>
public static class AreaSetTrend
{
    /// <summary>The series and its release, or an empty list when the store has no postcode scores.</summary>
    public static (string? Release, List<AreaSetTrendPoint> Points) Of(LeefbaarStore store, int division, IReadOnlyDictionary<string, double> setResidents,
        IReadOnlyDictionary<string, double> ringResidents)
    {
        var data = StoreAnalysisData.Of(store);
        var release = data.NewestOfficialRelease(LevelName.Pc4, null);
        if (release is null) return (null, []);
        var mainPc4 = store.IndicatorValues("main_pc4", LevelName.Buurt, division);
        Dictionary<string, double> Weights(IReadOnlyDictionary<string, double> residents)
        {
            var w = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var (code, r) in residents)
                if (mainPc4.TryGetValue(code, out var pc)) w[((int)pc).ToString("0000", CultureInfo.InvariantCulture)] = w.GetValueOrDefault(((int)pc).ToString("0000", CultureInfo.InvariantCulture)) + r;
            return w;
        }
        var set = Weights(setResidents);
        var ring = Weights(ringResidents);
        var national = Leefbaar.Analysis.Series.AreaContext.Load(data, LevelName.Pc4);
        var rows = data.ReleaseScores(release, LevelName.Pc4).Where(r => r.Afw is not null).ToList();
        static double? Mean(IEnumerable<(double W, double V)> xs)
        {
            var list = xs.Where(x => x.W > 0).ToList();
            var w = list.Sum(x => x.W);
            return w > 0 ? list.Sum(x => x.W * x.V) / w : null;
        }
        var points = rows.GroupBy(r => r.Year).OrderBy(g => g.Key).Select(g => new AreaSetTrendPoint(g.Key,
            Mean(g.Select(r => (set.GetValueOrDefault(r.Code), r.Afw!.Value))),
            Mean(g.Select(r => (ring.GetValueOrDefault(r.Code), r.Afw!.Value))),
            Mean(g.Select(r => (national.Weight(r.Code), r.Afw!.Value))))).ToList();
        return (release, points);
    }
}
