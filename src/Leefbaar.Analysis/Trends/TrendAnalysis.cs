using Leefbaar.Core.Errors;
using Leefbaar.Analysis.Series;
using Leefbaar.Core.Scores;
using Leefbaar.Analysis.Inputs;

namespace Leefbaar.Analysis.Trends;

/// <summary>
/// Changes between two years of ONE release (never across releases): Δafw decomposed into the five dimensions
/// (afw is their sum), classed in nine development classes. LBM 2.0 publishes no afw but its own seven development
/// classes, which are reported as published.
/// </summary>
public static class TrendAnalysis
{
    /// <summary>Computes the developments from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static TrendReport Compute(IAnalysisData data, ScoreSeries series, AreaContext context, int from, int to)
    {
        if (from >= to) throw new ArgumentException($"--from ({from}) must precede --to ({to}).");
        series.RequireYear(from);
        series.RequireYear(to);
        var codes = series.CodesIn(to).Intersect(series.CodesIn(from)).ToList();
        var afw = new Measure("afw");
        if (codes.All(c => series.Value(c, to, afw) is null))
            return Published(data, series, context, from, to);

        var rows = codes.Select(c =>
        {
            var (a, b) = (series.Value(c, from, afw), series.Value(c, to, afw));
            var delta = a is null || b is null ? null : b - a;
            var dims = Dimensions.All.ToDictionary(d => d.Code(), d =>
            {
                var m = new Measure(d.Code());
                return series.Value(c, to, m) - series.Value(c, from, m);
            });
            return new TrendRow(c, a, b, delta, dims, delta is { } d ? DevelopmentClass.Of(d) : null, series.Class(c, from), series.Class(c, to));
        }).ToList();
        var summary = Enumerable.Range(1, 9).Select(k =>
        {
            var inClass = rows.Where(r => r.DevelopmentClass == k).ToList();
            return (k, DevelopmentClass.Label(k), inClass.Count, inClass.Sum(r => context.Weight(r.Code)));
        }).ToList();
        return new TrendReport(series.Release, series.Level, from, to, rows, summary, false);
    }

    // LBM 2.0: the published development classes (1 = sterk negatief … 7 = sterk positief) between the two years.
    private static TrendReport Published(IAnalysisData data, ScoreSeries series, AreaContext context, int from, int to)
    {
        var dev = data.Developments(series.Release, series.Level).Where(d => d.FromYear == from && d.ToYear == to).ToList();
        if (dev.Count == 0)
            throw new NotFoundException($"Release {series.Release} has no afw and publishes no development {from}→{to} at level {series.Level}.");
        var rows = dev.Select(d => new TrendRow(d.Code, null, null, null, new Dictionary<string, double?>(), d.DevelopmentClass,
            series.Class(d.Code, from), series.Class(d.Code, to))).ToList();
        var summary = Enumerable.Range(1, 7).Select(k =>
        {
            var inClass = rows.Where(r => r.DevelopmentClass == k).ToList();
            return (k, $"LBM 2.0 ontwikkeling {k}", inClass.Count, inClass.Sum(r => context.Weight(r.Code)));
        }).ToList();
        return new TrendReport(series.Release, series.Level, from, to, rows, summary, true);
    }
}
