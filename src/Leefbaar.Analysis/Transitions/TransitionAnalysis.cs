using Leefbaar.Core.Errors;
using Leefbaar.Analysis.Series;
using Leefbaar.Analysis.Weights;

namespace Leefbaar.Analysis.Transitions;

/// <summary>
/// Markov class transitions pooled over the consecutive measurement pairs of one release (or one chosen pair), and
/// the spatial Markov variant conditioned on the rounded average class of the neighbours at the start.
/// </summary>
public static class TransitionAnalysis
{
    /// <summary>The classic matrix, then (when weights are given) one matrix per neighbours' class.</summary>
    public static List<TransitionMatrix> Compute(ScoreSeries series, IReadOnlyList<(int From, int To)> pairs, SpatialWeights? w)
    {
        var classes = series.Rows.Values.Max(r => r.KTotal ?? 0); // the release's highest class (9 for LBM 3.0)
        if (classes == 0) throw new NotFoundException($"Release {series.Release} publishes no classes at level {series.Level}.");
        var overall = new long[classes, classes];
        var byLag = Enumerable.Range(0, classes).Select(_ => new long[classes, classes]).ToArray();
        var index = w is null ? null : w.Ids.Select((id, i) => (id, i)).ToDictionary(t => t.id, t => t.i);
        foreach (var (from, to) in pairs)
            foreach (var code in series.CodesIn(from))
            {
                if (series.Class(code, from) is not { } a || series.Class(code, to) is not { } b) continue;
                overall[a - 1, b - 1]++;
                if (index is null || !index.TryGetValue(code, out var i) || w!.Neighbours[i].Length == 0) continue;
                var lag = w.Neighbours[i].Select(j => series.Class(w.Ids[j], from)).Where(k => k is not null).Select(k => (double)k!.Value).ToList();
                if (lag.Count == 0) continue;
                var lagClass = Math.Clamp((int)Math.Round(lag.Average(), MidpointRounding.AwayFromZero), 1, classes);
                byLag[lagClass - 1][a - 1, b - 1]++;
            }
        var result = new List<TransitionMatrix> { new("all", classes, overall) };
        if (w is not null)
            result.AddRange(byLag.Select((m, k) => new TransitionMatrix($"neighbours class {k + 1}", classes, m)));
        return result;
    }
}
