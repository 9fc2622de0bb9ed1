using Leefbaar.Core.Areas;
using System.Globalization;
using Leefbaar.Core.ReadModels;
using Leefbaar.Model.Catalogue;
using NetTopologySuite.Geometries;

namespace Leefbaar.Model.Features;

/// <summary>
/// Computes the catalogue's derived indicators on a feature table, in catalogue order (a derived indicator may use
/// an earlier one). Formulas: share:a/b, log1p:a, trend:a:y0:y1 (log((a[y1]+1)/(a[y0]+1))), geom:compactness,
/// geom:dist_large_centre, lag:a:radius, pc4:a (via the most frequent postcode), nearest:a:threshold (km to the nearest area with a ≥ threshold), parent:wijk|gemeente:a, pc4ratio:a/b:scale,
/// prevshare:a/b:division (an older division's share, by identical code), prevfill:a:division (an older division's
/// value by identical code, else that of the area's wijk, else its gemeente),
/// pc4ratio0:a/b:scale (as pc4ratio, but a postcode with a denominator and no value of a — a CBS-suppressed small
/// count — gives 0), diff:a-b (a − b, at least 0), layerdist/layercount/layermax/layershare on a map layer
/// (<see cref="LayerIndicators"/>).
/// </summary>
public sealed class DerivedIndicators(IAreaData data, IndicatorCatalogue catalogue)
{
    /// <summary>Inhabitants above which a gemeente counts as a large centre (the G40 cities are all above ~80,000).</summary>
    public const double LargeCentrePopulation = 100_000;

    /// <summary>Adds every derived column whose inputs exist.</summary>
    public void AddAll(FeatureTable table, Dictionary<(string Indicator, int Year), double[]> series, Geometry?[] geometries, string level)
    {
        SpatialLag? lag = null;
        var layers = new LayerIndicators(data);
        foreach (var def in catalogue.All.Where(d => d.Derived is not null))
        {
            var parts = def.Derived!.Split(':');
            double[]? column = parts[0] switch
            {
                "share" => Share(table, parts[1]),
                "log1p" => table.Column(parts[1])?.Select(v => Math.Log(1 + Math.Max(0, v))).ToArray(),
                "trend" => Trend(series, parts[1], int.Parse(parts[2]), int.Parse(parts[3])),
                "geom" when parts[1] == "compactness" => Compactness(geometries),
                "geom" when parts[1] == "dist_large_centre" => DistanceToLargeCentre(table),
                "lag" => Lag(table, parts[1], double.Parse(parts[2], CultureInfo.InvariantCulture), ref lag),
                LevelName.Pc4 => ViaPostcode(table, parts[1], null, 1),
                "parent" => ParentValue(table, parts[1], parts[2]),
                "nearest" => DistanceToNearest(table, parts[1], double.Parse(parts[2], CultureInfo.InvariantCulture)),
                "pc4ratio" => ViaPostcode(table, parts[1].Split('/')[0], parts[1].Split('/')[1], double.Parse(parts[2], CultureInfo.InvariantCulture)),
                "pc4ratio0" => ViaPostcode(table, parts[1].Split('/')[0], parts[1].Split('/')[1], double.Parse(parts[2], CultureInfo.InvariantCulture), missingNumeratorIsZero: true),
                "diff" => Difference(table, parts[1]),
                "prevshare" => PreviousDivisionShare(table, level, parts[1], int.Parse(parts[2])),
                "prevfill" => PreviousDivisionValue(table, level, parts[1], int.Parse(parts[2])),
                "layerdist" or "layercount" or "layermax" or "layershare" => layers.Compute(table, geometries, parts),
                _ => null,
            };
            if (column is not null && column.Any(v => !double.IsNaN(v))) table.Columns[def.Code] = column;
        }
    }

    private static double[]? Share(FeatureTable t, string formula)
    {
        var ab = formula.Split('/');
        var a = t.Column(ab[0]);
        var b = t.Column(ab[1]);
        if (a is null || b is null) return null;
        return a.Select((v, i) => b[i] > 0 ? v / b[i] : double.NaN).ToArray();
    }

    private static double[]? Trend(Dictionary<(string, int), double[]> series, string code, int from, int to)
    {
        if (!series.TryGetValue((code, from), out var a) || !series.TryGetValue((code, to), out var b)) return null;
        return a.Select((v, i) => Math.Log((b[i] + 1) / (v + 1))).ToArray();
    }

    /// <summary>A PC4-level indicator (or ratio of two, times a scale) looked up through the area's most frequent postcode.</summary>
    private double[]? ViaPostcode(FeatureTable t, string indicator, string? denominator, double scale, bool missingNumeratorIsZero = false)
    {
        var pc4 = t.Column("main_pc4");
        if (pc4 is null) return null;
        var values = LatestByCode(LevelName.Pc4, indicator);
        if (values.Count == 0) return null;
        var denominators = denominator is null ? null : LatestByCode(LevelName.Pc4, denominator);
        return pc4.Select(p =>
        {
            if (double.IsNaN(p)) return double.NaN;
            var key = ((int)p).ToString(CultureInfo.InvariantCulture);
            if (!values.TryGetValue(key, out var v) || double.IsNaN(v))
            {
                if (!missingNumeratorIsZero || denominators is null) return double.NaN;
                v = 0;
            }
            if (denominators is null) return v;
            return denominators.TryGetValue(key, out var d) && d > 0 ? scale * v / d : double.NaN;
        }).ToArray();
    }

    /// <summary>a − b for two columns of the table, at least 0 (private rentals = rented − housing-association share).</summary>
    private static double[]? Difference(FeatureTable t, string formula)
    {
        var ab = formula.Split('-');
        var a = t.Column(ab[0]);
        var b = t.Column(ab[1]);
        if (a is null || b is null) return null;
        return a.Select((v, i) => double.IsNaN(v) || double.IsNaN(b[i]) ? double.NaN : Math.Max(0, v - b[i])).ToArray();
    }

    /// <summary>The value of the area's wijk or gemeente (level "wijk" or "gemeente") for an indicator, in the same division.</summary>
    private double[]? ParentValue(FeatureTable t, string parentLevel, string indicator)
    {
        var values = data.Observations(parentLevel, t.Division).Where(o => o.Indicator == indicator && o.Year <= t.Year)
            .GroupBy(o => o.Code).ToDictionary(g => g.Key, g => g.MaxBy(o => o.Year).Value);
        if (values.Count == 0) return null;
        var parents = parentLevel == LevelName.Wijk ? t.Wijk : t.Gemeente;
        return parents.Select(p => p is not null && values.TryGetValue(p, out var v) ? v : double.NaN).ToArray();
    }

    /// <summary>
    /// Distance in km from the area's centroid to the nearest centroid of an area whose indicator is at least
    /// <paramref name="threshold"/> (0 when the area itself qualifies): proximity to the coast, open nature, water,
    /// business parks — the kind of proximity measures the official characteristics use.
    /// </summary>
    private static double[]? DistanceToNearest(FeatureTable t, string indicator, double threshold)
    {
        var values = t.Column(indicator);
        if (values is null) return null;
        var targets = Enumerable.Range(0, t.Count).Where(i => !double.IsNaN(values[i]) && values[i] >= threshold && !double.IsNaN(t.X[i])).ToArray();
        if (targets.Length == 0) return null;
        var tx = targets.Select(i => t.X[i]).ToArray();
        var ty = targets.Select(i => t.Y[i]).ToArray();
        var result = new double[t.Count];
        Parallel.For(0, t.Count, i =>
        {
            if (double.IsNaN(t.X[i])) { result[i] = double.NaN; return; }
            if (!double.IsNaN(values[i]) && values[i] >= threshold) { result[i] = 0; return; }
            var best = double.MaxValue;
            for (var k = 0; k < tx.Length; k++)
            {
                var dx = tx[k] - t.X[i];
                var dy = ty[k] - t.Y[i];
                var d2 = dx * dx + dy * dy;
                if (d2 < best) best = d2;
            }
            result[i] = Math.Sqrt(best) / 1000;
        });
        return result;
    }

    /// <summary>A share a/b from an older division, linked by identical code (codes that changed stay missing).</summary>
    private double[]? PreviousDivisionShare(FeatureTable t, string level, string formula, int division)
    {
        var ab = formula.Split('/');
        var rows = data.Observations(level, division);
        var a = rows.Where(o => o.Indicator == ab[0]).GroupBy(o => o.Code).ToDictionary(g => g.Key, g => g.MaxBy(o => o.Year).Value);
        if (a.Count == 0) return null;
        var b = rows.Where(o => o.Indicator == ab[1]).GroupBy(o => o.Code).ToDictionary(g => g.Key, g => g.MaxBy(o => o.Year).Value);
        return t.Codes.Select(c => a.TryGetValue(c, out var va) && b.TryGetValue(c, out var vb) && vb > 0 ? va / vb : double.NaN).ToArray();
    }

    /// <summary>
    /// An older division's value by identical code; an area without one takes the value of its wijk, else its gemeente, by identical code (survey figures such as RIVM's are published
    /// for wijken where a buurt is too small or was renamed).
    /// </summary>
    private double[]? PreviousDivisionValue(FeatureTable t, string level, string indicator, int division)
    {
        var own = LatestOf(level, division, indicator);
        if (own.Count == 0) return null;
        var wijk = LatestOf(LevelName.Wijk, division, indicator);
        var gemeente = LatestOf(LevelName.Gemeente, division, indicator);
        return t.Codes.Select((c, i) =>
            own.TryGetValue(c, out var v) ? v
            : t.Wijk[i] is { } w && wijk.TryGetValue(w, out var vw) ? vw
            : t.Gemeente[i] is { } g && gemeente.TryGetValue(g, out var vg) ? vg
            : double.NaN).ToArray();
    }

    private Dictionary<string, double> LatestOf(string level, int division, string indicator) =>
        data.Observations(level, division).Where(o => o.Indicator == indicator)
            .GroupBy(o => o.Code).ToDictionary(g => g.Key, g => g.MaxBy(o => o.Year).Value);

    private readonly Dictionary<(string, string), Dictionary<string, double>> _latestCache = new();

    private Dictionary<string, double> LatestByCode(string level, string indicator)
    {
        if (_latestCache.TryGetValue((level, indicator), out var cached)) return cached;
        var all = _levelCache.TryGetValue(level, out var rows) ? rows : _levelCache[level] = data.ObservationsOfLevel(level);
        var result = all.Where(o => o.Indicator == indicator).GroupBy(o => o.Code).ToDictionary(g => g.Key, g => g.MaxBy(o => o.Year).Value);
        _latestCache[(level, indicator)] = result;
        return result;
    }

    private readonly Dictionary<string, IReadOnlyList<ObservationRow>> _levelCache = new();

    private static double[] Compactness(Geometry?[] geometries) => geometries
        .Select(g => g is null || g.Length <= 0 ? double.NaN : 4 * Math.PI * g.Area / (g.Length * g.Length))
        .ToArray();

    private double[]? DistanceToLargeCentre(FeatureTable t)
    {
        var gemeenten = data.Geometries(LevelName.Gemeente, t.Division);
        var population = data.Observations(LevelName.Gemeente, t.Division)
            .Where(o => o.Indicator == "population" && o.Year <= t.Year)
            .GroupBy(o => o.Code).ToDictionary(g => g.Key, g => g.MaxBy(o => o.Year).Value);
        var centres = gemeenten.Where(g => population.GetValueOrDefault(g.Key) >= LargeCentrePopulation)
            .Select(g => g.Value.InteriorPoint).ToList();
        if (centres.Count == 0) return null;
        return t.X.Select((x, i) => double.IsNaN(x) ? double.NaN
            : centres.Min(c => Math.Sqrt((c.X - x) * (c.X - x) + (c.Y - t.Y[i]) * (c.Y - t.Y[i]))) / 1000).ToArray();
    }

    private static double[]? Lag(FeatureTable t, string code, double radius, ref SpatialLag? lag)
    {
        var values = t.Column(code);
        if (values is null) return null;
        lag ??= new SpatialLag(t.X, t.Y, t.Population, 3000);
        return lag.Lag(values, Math.Min(radius, 3000));
    }
}
