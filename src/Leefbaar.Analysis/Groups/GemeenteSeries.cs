using Leefbaar.Core.Areas;
using Leefbaar.Analysis.Inputs;
using Leefbaar.Analysis.Series;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace Leefbaar.Analysis.Groups;

/// <summary>
/// An indicator of the gemeenten over the years, carried to the 2024 division: each year's values are read in that
/// year's own division (the key-figure files are published per division) and every gemeente of that year is assigned
/// to the 2024 gemeente containing its interior point, summing merged predecessors. So a pooled value is a sum over
/// the same territory in every year, whatever the mergers in between.
/// </summary>
public sealed class GemeenteSeries
{
    /// <summary>Value per 2024 gemeente per year (numerator, and denominator for a ratio of sums).</summary>
    public IReadOnlyDictionary<int, IReadOnlyDictionary<string, (double Numerator, double Denominator)>> ByYear { get; }

    /// <summary>Number of gemeenten of that year folded into another 2024 gemeente (mergers), per year.</summary>
    public IReadOnlyDictionary<int, int> Merged { get; }

    private GemeenteSeries(Dictionary<int, IReadOnlyDictionary<string, (double, double)>> byYear, Dictionary<int, int> merged) =>
        (ByYear, Merged) = (byYear, merged);

    /// <summary>
    /// Loads <paramref name="numerator"/> (and, for a ratio of sums, <paramref name="denominator"/>) for every year in
    /// [<paramref name="from"/>, <paramref name="to"/>] whose own division holds it.
    /// </summary>
    public static GemeenteSeries Load(IAnalysisData data, string numerator, string? denominator, int from, int to)
    {
        var target = Geometries(data, AreaContext.Division)
            ?? throw new Leefbaar.Core.Errors.NotFoundException($"No gemeente boundaries of division {AreaContext.Division} in the store: import the manifest first.");
        var tree = new STRtree<(string Code, Geometry Shape)>();
        foreach (var (code, g) in target) tree.Insert(g.EnvelopeInternal, (code, g));
        tree.Build();

        var byYear = new Dictionary<int, IReadOnlyDictionary<string, (double, double)>>();
        var merged = new Dictionary<int, int>();
        for (var year = from; year <= to; year++)
        {
            var num = data.IndicatorValues(numerator, LevelName.Gemeente, year, year);
            if (num.Count == 0) continue;
            var den = denominator is null ? null : data.IndicatorValues(denominator, LevelName.Gemeente, year, year);
            var mapping = year == AreaContext.Division ? num.Keys.ToDictionary(c => c, c => c) : MapTo2024(Geometries(data, year), tree);
            var sums = new Dictionary<string, (double, double)>(StringComparer.Ordinal);
            foreach (var (code, v) in num)
            {
                if (!mapping.TryGetValue(code, out var now)) continue; // no boundary that year: cannot place it
                var d = den is null ? 1 : den.TryGetValue(code, out var dv) ? dv : double.NaN;
                if (double.IsNaN(d)) continue;
                var (n0, d0) = sums.GetValueOrDefault(now);
                sums[now] = (n0 + v, d0 + d);
            }
            byYear[year] = sums;
            merged[year] = mapping.Count - mapping.Values.Distinct().Count();
        }
        return new GemeenteSeries(byYear, merged);
    }

    private static IReadOnlyDictionary<string, Geometry>? Geometries(IAnalysisData data, int division)
    {
        var coverage = data.GeometryCoverage(LevelName.Gemeente).Where(c => c.Division == division).OrderBy(c => c.Dataset, StringComparer.Ordinal).FirstOrDefault();
        return coverage is null ? null : data.GeometriesOfDataset(LevelName.Gemeente, division, coverage.Dataset);
    }

    private static Dictionary<string, string> MapTo2024(IReadOnlyDictionary<string, Geometry>? old, STRtree<(string Code, Geometry Shape)> tree)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (old is null) return result;
        foreach (var (code, g) in old)
        {
            var p = g.InteriorPoint;
            var hit = tree.Query(p.EnvelopeInternal).Where(t => t.Shape.Covers(p)).Select(t => t.Code).FirstOrDefault();
            if (hit is not null) result[code] = hit;
        }
        return result;
    }
}
