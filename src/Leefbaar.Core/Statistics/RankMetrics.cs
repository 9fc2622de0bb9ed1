namespace Leefbaar.Core.Statistics;

/// <summary>Ranking quality of risk scores (the early warning, P(weak) of a release): AUC, precision in the top q and the base rate.</summary>
public static class RankMetrics
{
    /// <summary>Area under the ROC curve (Mann–Whitney, ties count half); NaN without both outcomes.</summary>
    public static double Auc(IReadOnlyList<double> score, IReadOnlyList<bool> y)
    {
        var order = Enumerable.Range(0, score.Count).OrderBy(i => score[i]).ToArray();
        var ranks = new double[score.Count];
        for (var a = 0; a < order.Length;)
        {
            var b = a;
            while (b + 1 < order.Length && score[order[b + 1]] == score[order[a]]) b++;
            for (var k = a; k <= b; k++) ranks[order[k]] = (a + b) / 2.0 + 1;
            a = b + 1;
        }
        double pos = y.Count(v => v), neg = y.Count - pos;
        if (pos == 0 || neg == 0) return double.NaN;
        var rankSum = Enumerable.Range(0, y.Count).Where(i => y[i]).Sum(i => ranks[i]);
        return (rankSum - pos * (pos + 1) / 2) / (pos * neg);
    }

    /// <summary>The share of positives among the ⌈q·n⌉ highest scores (ties broken by input order).</summary>
    public static double PrecisionAtTop(IReadOnlyList<double> score, IReadOnlyList<bool> y, double q)
    {
        var k = Math.Max(1, (int)Math.Ceiling(q * score.Count));
        return Enumerable.Range(0, score.Count).OrderByDescending(i => score[i]).ThenBy(i => i).Take(k).Count(i => y[i]) / (double)k;
    }

    /// <summary>The base rate: the share of positives.</summary>
    public static double BaseRate(IReadOnlyList<bool> y) => y.Count == 0 ? double.NaN : y.Count(v => v) / (double)y.Count;
}
