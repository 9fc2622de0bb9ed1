using Leefbaar.Core.Statistics;
using Leefbaar.Model.Releases;
using Leefbaar.Model.Scoring;

namespace Leefbaar.Model.Estimation;

/// <summary>
/// Learns <see cref="ResidualBin"/>s from out-of-province predictions: equal-count bins of the predicted afw, each
/// with the quantiles of its residuals. The calibration check refits the bins without each province and scores
/// that province with them, so the reported calibration is out of sample twice over.
/// </summary>
public static class ResidualBinning
{
    /// <summary>Bins per release: ~1,100 buurten each on the 2024 data, enough for stable 5 % and 95 % quantiles.</summary>
    public const int BinCount = 10;

    /// <summary>Bins from predicted afw and residuals (official − predicted) of the same buurten.</summary>
    public static List<ResidualBin> Fit(IReadOnlyList<double> predicted, IReadOnlyList<double> residuals, int binCount = BinCount)
    {
        var order = Enumerable.Range(0, predicted.Count).OrderBy(i => predicted[i]).ToArray();
        var bins = new List<ResidualBin>();
        for (var b = 0; b < binCount; b++)
        {
            var members = order[(b * order.Length / binCount)..((b + 1) * order.Length / binCount)];
            if (members.Length == 0) continue;
            var sorted = members.Select(i => residuals[i]).Order().ToList();
            bins.Add(new ResidualBin
            {
                UpTo = b == binCount - 1 ? null : Math.Round(predicted[members[^1]], 6),
                Count = members.Length,
                Quantiles = [.. ResidualBins.Levels.Select(q => Math.Round(TermSpecBuilder.Quantile(sorted, q), 6))],
            });
        }
        return bins;
    }

    /// <summary>One row of the calibration table: areas given P(weak) in [From, To), mean P and the share officially weak.</summary>
    public sealed record CalibrationRow(double From, double To, int Count, double MeanPredicted, double ObservedWeak);

    /// <summary>
    /// Calibration of P(class ≤ 4), leave-one-group-out: for each group the bins are learned on the other groups'
    /// residuals and applied to its own predictions. Also returns the per-area probabilities (for ranking metrics).
    /// </summary>
    public static (List<CalibrationRow> Rows, double[] PWeak) Calibrate(ModelRelease release, IReadOnlyList<double> predicted,
        IReadOnlyList<double> official, IReadOnlyList<string> groups)
    {
        var p = new double[predicted.Count];
        foreach (var g in groups.Distinct())
        {
            var train = Enumerable.Range(0, predicted.Count).Where(i => groups[i] != g).ToArray();
            var bins = Fit(train.Select(i => predicted[i]).ToArray(), train.Select(i => official[i] - predicted[i]).ToArray());
            for (var i = 0; i < predicted.Count; i++)
                if (groups[i] == g) p[i] = Uncertainty.PWeak(release, ResidualBins.For(bins, predicted[i]), predicted[i]);
        }
        var boundary = release.ClassBoundaries[Uncertainty.WeakUpperBoundary];
        double[] edges = [0, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 1.0001];
        var rows = new List<CalibrationRow>();
        for (var k = 0; k + 1 < edges.Length; k++)
        {
            var members = Enumerable.Range(0, p.Length).Where(i => p[i] >= edges[k] && p[i] < edges[k + 1]).ToArray();
            if (members.Length == 0) continue;
            rows.Add(new CalibrationRow(edges[k], Math.Min(1, edges[k + 1]), members.Length, members.Average(i => p[i]),
                members.Count(i => official[i] < boundary) / (double)members.Length));
        }
        return (rows, p);
    }

    /// <summary>The calibration as release metrics: Brier score, AUC of P(weak) against official weak, and per bin n, mean P, observed share.</summary>
    public static SortedDictionary<string, double> CalibrationMetrics(ModelRelease release, IReadOnlyList<double> predicted,
        IReadOnlyList<double> official, IReadOnlyList<string> groups)
    {
        var (rows, p) = Calibrate(release, predicted, official, groups);
        var boundary = release.ClassBoundaries[Uncertainty.WeakUpperBoundary];
        var weak = official.Select(o => o < boundary).ToArray();
        var metrics = new SortedDictionary<string, double>(StringComparer.Ordinal)
        {
            ["brier"] = Math.Round(p.Select((v, i) => (v - (weak[i] ? 1 : 0)) * (v - (weak[i] ? 1 : 0))).Average(), 6),
            ["auc"] = Math.Round(RankMetrics.Auc(p, weak), 6),
            ["base_rate"] = Math.Round(weak.Count(w => w) / (double)weak.Length, 6),
        };
        for (var k = 0; k < rows.Count; k++)
        {
            metrics[$"bin{k}_from"] = rows[k].From;
            metrics[$"bin{k}_to"] = rows[k].To;
            metrics[$"bin{k}_n"] = rows[k].Count;
            metrics[$"bin{k}_mean_p"] = Math.Round(rows[k].MeanPredicted, 6);
            metrics[$"bin{k}_observed"] = Math.Round(rows[k].ObservedWeak, 6);
        }
        return metrics;
    }
}
