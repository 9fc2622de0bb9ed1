using Leefbaar.Core.Areas;
using Leefbaar.Analysis.Series;
using Leefbaar.Analysis.Weights;
using Leefbaar.Core.Scores;
using Leefbaar.Analysis.Inputs;

namespace Leefbaar.Analysis.EarlyWarning;

/// <summary>
/// The early-warning features of an area at the start of a period, from the release itself (current afw and
/// dimensions — the latest measurement with dimensions not after the start —, its past change, the neighbours' past
/// change and their level relative to the area) and from static 2024 context (stedelijkheid, share 65+). Crime
/// counts start in 2021, after every backtest start year, so they are not a model feature.
/// </summary>
public sealed class WarningFeatures
{
    /// <summary>
    /// Feature names with the Dutch risk-factor text for a value above and below the training mean. Levels and
    /// changes enter negated (−afw, −Δafw), so "above the mean" reads as low score or decline.
    /// </summary>
    public static readonly (string Name, string High, string Low)[] Names =
    [
        ("afw", "lage huidige score", "hoge huidige score (ruimte om terug te vallen)"),
        ("won", "zwakke woningvoorraad", "sterke woningvoorraad"), ("fys", "zwakke fysieke omgeving", "sterke fysieke omgeving"),
        ("vrz", "weinig voorzieningen", "veel voorzieningen"), ("soc", "zwakke sociale samenhang", "sterke sociale samenhang"),
        ("onv", "veel overlast en onveiligheid", "weinig overlast en onveiligheid"),
        ("past_change", "daling in de vorige periode", "stijging in de vorige periode (terugval)"),
        ("neighbour_change", "daling bij de buren", "stijging bij de buren"),
        ("neighbour_gap", "buren scoren hoger", "buren scoren lager"),
        ("urbanity", "minder stedelijk", "stedelijker"), ("share_65plus", "veel 65-plussers", "weinig 65-plussers"),
    ];

    private readonly ScoreSeries _series;
    private readonly SpatialWeights _weights;
    private readonly Dictionary<string, int> _index;
    private readonly IReadOnlyDictionary<string, double> _urbanity, _share65;

    /// <summary>Prepares features for a series (weights over all its codes; static context of the level).</summary>
    public WarningFeatures(IAnalysisData data, ScoreSeries series)
    {
        _series = series;
        var codes = series.Rows.Keys.Select(k => k.Code).Distinct().Order(StringComparer.Ordinal).ToList();
        _weights = AreaWeights.Build(data, series.Level, codes);
        _index = _weights.Ids.Select((c, i) => (c, i)).ToDictionary(t => t.c, t => t.i, StringComparer.Ordinal);
        (_urbanity, _share65) = StaticContext(data, series.Level);
    }

    /// <summary>The neighbour weights used.</summary>
    public SpatialWeights Weights => _weights;

    /// <summary>The feature row of an area at year <paramref name="start"/> (NaN = missing).</summary>
    public double[] Row(string code, int start)
    {
        var afw = new Measure("afw");
        var previous = _series.Years.Where(y => y < start).Select(y => (int?)y).LastOrDefault();
        var dimYear = _series.Years.Where(y => y <= start && _series.Value(code, y, new Measure("won")) is not null).Select(y => (int?)y).LastOrDefault();
        double V(double? v) => v ?? double.NaN;
        double Change(string c) => previous is { } p ? V(_series.Value(c, start, afw) - _series.Value(c, p, afw)) : double.NaN;
        var own = V(_series.Value(code, start, afw));
        double nbChange = double.NaN, nbGap = double.NaN;
        if (_index.TryGetValue(code, out var i) && _weights.Neighbours[i].Length > 0)
        {
            var nb = _weights.Neighbours[i].Select(j => _weights.Ids[j]).ToList();
            var changes = nb.Select(Change).Where(v => !double.IsNaN(v)).ToList();
            var levels = nb.Select(c => V(_series.Value(c, start, afw))).Where(v => !double.IsNaN(v)).ToList();
            if (changes.Count > 0) nbChange = changes.Average();
            if (levels.Count > 0 && !double.IsNaN(own)) nbGap = levels.Average() - own;
        }
        var row = new List<double> { -own };
        foreach (var d in Dimensions.All) row.Add(dimYear is { } dy ? -V(_series.Value(code, dy, new Measure(d.Code()))) : double.NaN);
        row.Add(-Change(code));
        row.Add(-nbChange);
        row.Add(nbGap);
        row.Add(_urbanity.TryGetValue(code, out var u) ? u : double.NaN);
        row.Add(_share65.TryGetValue(code, out var s) ? s : double.NaN);
        return row.ToArray();
    }

    // Stedelijkheid and share of residents 65+ (2024); PC4 takes the resident-weighted mean over its buurten.
    private static (IReadOnlyDictionary<string, double>, IReadOnlyDictionary<string, double>) StaticContext(IAnalysisData data, string level)
    {
        var source = level == LevelName.Pc4 ? LevelName.Buurt : level;
        var pop = data.IndicatorValues("population", source, AreaContext.Division);
        var old = data.IndicatorValues("population_65plus", source, AreaContext.Division);
        var urb = data.IndicatorValues("urbanity", source, AreaContext.Division);
        var share = old.Where(kv => pop.GetValueOrDefault(kv.Key) > 0).ToDictionary(kv => kv.Key, kv => kv.Value / pop[kv.Key], StringComparer.Ordinal);
        if (level != LevelName.Pc4) return (urb, share);
        var main = data.IndicatorValues("main_pc4", LevelName.Buurt, AreaContext.Division);
        Dictionary<string, double> Weighted(IReadOnlyDictionary<string, double> values)
        {
            var acc = new Dictionary<string, (double Sum, double W)>(StringComparer.Ordinal);
            foreach (var (b, v) in values)
            {
                if (!main.TryGetValue(b, out var pc) || pop.GetValueOrDefault(b) <= 0) continue;
                var key = ((int)pc).ToString("0000");
                var (sum, w) = acc.GetValueOrDefault(key);
                acc[key] = (sum + v * pop[b], w + pop[b]);
            }
            return acc.ToDictionary(kv => kv.Key, kv => kv.Value.Sum / kv.Value.W, StringComparer.Ordinal);
        }
        return (Weighted(urb), Weighted(share));
    }
}
