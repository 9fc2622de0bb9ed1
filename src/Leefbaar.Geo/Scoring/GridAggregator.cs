namespace Leefbaar.Geo.Scoring;

/// <summary>
/// Aggregates scores to groups as weighted means of the dimensions (afw stays the exact sum; classes assigned
/// after aggregating). Items map to groups through an index array (−1 = skipped); parallel with per-thread sums.
/// </summary>
public static class GridAggregator
{
    /// <summary>
    /// Groups items whose score is <paramref name="scores"/>[scoreOf[i]] with weight <paramref name="weight"/>[i] into
    /// <paramref name="groupOf"/>[i] — e.g. dwellings (weight: persons) into buurten via the cell they lie in.
    /// </summary>
    public static GridScores Aggregate(GridScores scores, int[] scoreOf, ReadOnlySpan<float> weight, int[] groupOf, int groups, double[] bounds)
    {
        var w = weight.ToArray();
        return Run(scores, scoreOf.Length, i => scoreOf[i], i => w[i], groupOf, groups, bounds);
    }

    /// <summary>Groups areas of <paramref name="scores"/> (their own weights) into <paramref name="groupOf"/>[area] — e.g. buurten into wijken.</summary>
    public static GridScores Aggregate(GridScores scores, int[] groupOf, int groups, double[] bounds) =>
        Run(scores, scores.Count, i => i, i => scores.Weight[i], groupOf, groups, bounds);

    private static GridScores Run(GridScores scores, int n, Func<int, int> scoreOf, Func<int, double> weightOf, int[] groupOf, int groups, double[] bounds)
    {
        var total = new double[groups * 6];
        var gate = new object();
        const int chunk = 1 << 16;
        Parallel.For(0, (n + chunk - 1) / chunk, () => new double[groups * 6], (k, _, acc) =>
        {
            for (var i = k * chunk; i < Math.Min(n, (k + 1) * chunk); i++)
            {
                var g = groupOf[i];
                if (g < 0) continue;
                var s = scoreOf(i); var w = weightOf(i);
                if (s < 0 || !(w > 0)) continue;
                var b = g * 6;
                for (var d = 0; d < 5; d++) acc[b + d] += w * scores.Dims[d][s];
                acc[b + 5] += w;
            }
            return acc;
        }, acc => { lock (gate) for (var j = 0; j < acc.Length; j++) total[j] += acc[j]; });
        var result = new GridScores(groups);
        Span<double> dims = stackalloc double[5];
        for (var g = 0; g < groups; g++)
        {
            var w = total[g * 6 + 5];
            for (var d = 0; d < 5; d++) dims[d] = w > 0 ? total[g * 6 + d] / w : double.NaN;
            if (w > 0) GridScorer.Store(result, g, dims, w, bounds);
            else { for (var d = 0; d < 5; d++) result.Dims[d][g] = float.NaN; result.Afw[g] = float.NaN; }
        }
        return result;
    }
}
