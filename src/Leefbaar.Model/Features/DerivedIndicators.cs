using System.Globalization;
using Leefbaar.Data.Store;
using Leefbaar.Model.Catalogue;
using NetTopologySuite.Geometries;

namespace Leefbaar.Model.Features;

/// <summary>
/// Computes the catalogue's derived indicators on a feature table, in catalogue order (a derived indicator may use
/// an earlier one). Formulas: share:a/b, log1p:a, trend:a:y0:y1 (log((a[y1]+1)/(a[y0]+1))), geom:compactness,
/// geom:dist_large_centre, lag:a:radius.
/// </summary>
public sealed class DerivedIndicators(LeefbaarStore store, IndicatorCatalogue catalogue)
{
    /// <summary>Inhabitants above which a gemeente counts as a large centre (the G40 cities are all above ~80,000).</summary>
    public const double LargeCentrePopulation = 100_000;

    /// <summary>Adds every derived column whose inputs exist.</summary>
    public void AddAll(FeatureTable table, Dictionary<(string Indicator, int Year), double[]> series, Geometry?[] geometries, string level)
    {
        SpatialLag? lag = null;
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

    private static double[] Compactness(Geometry?[] geometries) => geometries
        .Select(g => g is null || g.Length <= 0 ? double.NaN : 4 * Math.PI * g.Area / (g.Length * g.Length))
        .ToArray();

    private double[]? DistanceToLargeCentre(FeatureTable t)
    {
        var gemeenten = store.Geometries("gemeente", t.Division);
        var population = store.Observations("gemeente", t.Division)
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
