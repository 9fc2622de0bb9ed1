namespace Leefbaar.Model.Scoring;

/// <summary>
/// The aggregation arithmetic shared by every level: weighted means of the five dimension scores per group
/// (afw stays their exact sum; classes are assigned afterwards, never averaged). Items reach groups through
/// index arrays (−1 = skipped); parallel over chunks with per-thread sums, so 8 million dwellings aggregate as
/// cheaply as 14,000 buurten.
/// </summary>
public static class WeightedMeans
{
    /// <summary>Per group: the weighted mean of each dimension (NaN where the group has no weight) and the total weight.</summary>
    /// <param name="dims">Dimension scores [dimension][score row].</param>
    /// <param name="count">Number of items.</param>
    /// <param name="scoreOf">Score row of item i (−1 = none).</param>
    /// <param name="weightOf">Weight of item i (≤ 0 or NaN = skipped).</param>
    /// <param name="groupOf">Group of item i (−1 = none).</param>
    /// <param name="groups">Number of groups.</param>
    public static (double[][] Dims, double[] Weight) Aggregate(IReadOnlyList<double[]> dims, int count, Func<int, int> scoreOf,
        Func<int, double> weightOf, Func<int, int> groupOf, int groups)
    {
        const int stride = 6, chunk = 1 << 16;
        var total = new double[groups * stride];
        var gate = new Lock();
        Parallel.For(0, (count + chunk - 1) / chunk, () => new double[groups * stride], (k, _, acc) =>
        {
            for (var i = k * chunk; i < Math.Min(count, (k + 1) * chunk); i++)
            {
                var g = groupOf(i);
                if (g < 0) continue;
                var s = scoreOf(i);
                var w = weightOf(i);
                if (s < 0 || !(w > 0)) continue;
                var b = g * stride;
                for (var d = 0; d < 5; d++) acc[b + d] += w * dims[d][s];
                acc[b + 5] += w;
            }
            return acc;
        }, acc => { lock (gate) for (var j = 0; j < acc.Length; j++) total[j] += acc[j]; });

        var means = Enumerable.Range(0, 5).Select(_ => new double[groups]).ToArray();
        var weight = new double[groups];
        for (var g = 0; g < groups; g++)
        {
            var w = total[g * stride + 5];
            weight[g] = w;
            for (var d = 0; d < 5; d++) means[d][g] = w > 0 ? total[g * stride + d] / w : double.NaN;
        }
        return (means, weight);
    }
}
