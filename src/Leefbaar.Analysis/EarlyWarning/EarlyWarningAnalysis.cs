using Leefbaar.Core.Statistics;
using Leefbaar.Core.Errors;
using Leefbaar.Analysis.Series;
using Leefbaar.Core.Scores;
using Leefbaar.Analysis.Inputs;

namespace Leefbaar.Analysis.EarlyWarning;

/// <summary>
/// Early warning: for areas that still score adequately, the probability of an event within one measurement period.
/// The default event is the one of the official Methode Vroegsignalering: an area that scores voldoende or better
/// (class ≥ 5) falls to zwak or lower (class ≤ 4) in the next measurement — classes as the release publishes them,
/// else from its afw and the release's class boundaries; the alternative event is a decline of afw by at least δ. Honest backtest over time: the periods of the release are split in order (all but the last
/// two = train, the second-to-last = validation to pick the ridge penalty, the last = test, refitted on train +
/// validation); the flags come from a refit on all periods applied to the latest measurement.
/// </summary>
public static class EarlyWarningAnalysis
{
    /// <summary>The ridge penalties tried on the validation period.</summary>
    public static readonly double[] Lambdas = [0.1, 1, 10, 100, 1000, 3000, 10000];

    /// <summary>Runs the backtest and the flags; <paramref name="firstStart"/> = earliest period start (needs dimensions).</summary>
    public static EarlyWarningReport Run(IAnalysisData input, ScoreSeries series, double delta = 0.03, int? firstStart = null, double eligibleQuantile = 0.10,
        IReadOnlyList<double>? classBoundaries = null, bool fallEvent = false)
    {
        series = series.WithDerivedClasses(classBoundaries); // no-op when the release publishes classes
        var hasClasses = series.Years.Any(series.HasClasses);
        if (fallEvent && !hasClasses)
            throw new NotFoundException($"Release {series.Release} at {series.Level} publishes no classes and no class boundaries were given: the fall event needs classes (use --event decline).");
        var afw = new Measure("afw");
        if (!series.Years.Any(y => series.CodesIn(y).Any(c => series.Value(c, y, afw) is not null)))
            throw new NotFoundException($"Release {series.Release} at {series.Level} has classes only, no continuous afw: the early warning needs scores (use lbm3-2022 at pc4, or a model release).");
        var dimYears = series.Years.Where(y => series.CodesIn(y).Any(c => series.Value(c, y, new Measure("won")) is not null)).ToList();
        var start0 = firstStart ?? dimYears.DefaultIfEmpty(series.Years[0]).First();
        var periods = series.Years.Zip(series.Years.Skip(1)).Where(p => p.First >= start0).ToList();
        if (periods.Count < 3) throw new NotFoundException($"Release {series.Release} at {series.Level} has {periods.Count} periods from {start0}; the backtest needs at least 3.");
        var features = new WarningFeatures(input, series);

        var data = periods.Select(p => Period(series, features, p.First, p.Second, delta, eligibleQuantile, fallEvent)).ToList();
        var train = data.Take(data.Count - 2).ToList();
        var (validation, test) = (data[^2], data[^1]);
        var best = Lambdas.Select(l => (l, auc: RankMetrics.Auc(Predict(Fit(train, l), validation), validation.Y))).OrderByDescending(t => t.auc).ThenBy(t => t.l).First().l;

        var results = new List<BacktestResult>
        {
            Evaluate("train", train, Fit(train, best)),
            Evaluate("validation", [validation], Fit(train, best)),
            Evaluate("test", [test], Fit([.. train, validation], best)),
        };

        var final = Fit(data, best);
        var last = series.Years[^1];
        var baseRate = RankMetrics.BaseRate(data.SelectMany(d => d.Y).ToList());
        var eligible = Eligible(series, last, eligibleQuantile);
        var scored = eligible.Select(c => (code: c, row: features.Row(c, last))).Select(t => (t.code, t.row, p: final.Predict(t.row)))
            .OrderByDescending(t => t.p).ThenBy(t => t.code, StringComparer.Ordinal).ToList();
        var strong = (int)Math.Ceiling(0.05 * scored.Count);
        var raised = (int)Math.Ceiling(0.15 * scored.Count);
        var flags = scored.Select((t, rank) =>
        {
            var flag = rank < strong ? "sterk verhoogd" : rank < raised ? "verhoogd" : "";
            var factors = final.Contributions(t.row).Select((c, j) => (c, j)).Where(x => x.c > 0).OrderByDescending(x => x.c).Take(3)
                .Select(x => final.Standardise(t.row, x.j) > 0 ? WarningFeatures.Names[x.j].High : WarningFeatures.Names[x.j].Low).ToList();
            return new RiskFlag(t.code, last, series.Value(t.code, last, afw) ?? double.NaN, t.p, t.p / baseRate, flag, factors);
        }).ToList();

        return new EarlyWarningReport(series.Release, series.Level, fallEvent ? double.NaN : delta,
            (hasClasses ? "class ≥ 5 (voldoende or better)" : $"afw above the {eligibleQuantile:P0} quantile of the start year") +
            (fallEvent ? "; event: class ≤ 4 (zwak or lower) in the next measurement" : $"; event: afw falls by at least {delta}"), best,
            WarningFeatures.Names.Select((n, j) => (n.Name, final.Coefficients[j])).ToList(), results, flags);
    }

    private sealed record PeriodData(int From, int To, List<string> Codes, List<double[]> X, List<bool> Y);

    private static PeriodData Period(ScoreSeries series, WarningFeatures features, int from, int to, double delta, double q, bool fall)
    {
        var afw = new Measure("afw");
        var codes = Eligible(series, from, q).Where(c => series.Value(c, to, afw) is not null).ToList();
        return new PeriodData(from, to, codes, codes.Select(c => features.Row(c, from)).ToList(),
            codes.Select(c => fall
                ? series.Class(c, to) <= 4
                : series.Value(c, to, afw)!.Value - series.Value(c, from, afw)!.Value <= -delta).ToList());
    }

    // "Still adequate": class 5+ (published or from the boundaries), else above the low tail of the start year.
    private static List<string> Eligible(ScoreSeries series, int year, double q)
    {
        var afw = new Measure("afw");
        var codes = series.CodesIn(year).Where(c => series.Value(c, year, afw) is not null).ToList();
        if (series.HasClasses(year)) return codes.Where(c => series.Class(c, year) >= 5).ToList();
        var sorted = codes.Select(c => series.Value(c, year, afw)!.Value).Order().ToArray();
        var cut = sorted[(int)Math.Floor(q * (sorted.Length - 1))];
        return codes.Where(c => series.Value(c, year, afw) > cut).ToList();
    }

    private static LogisticRegression Fit(IReadOnlyList<PeriodData> data, double lambda) =>
        LogisticRegression.Fit(data.SelectMany(d => d.X).ToList(), data.SelectMany(d => d.Y).ToList(), lambda);

    private static List<double> Predict(LogisticRegression m, PeriodData d) => d.X.Select(m.Predict).ToList();

    private static BacktestResult Evaluate(string split, IReadOnlyList<PeriodData> data, LogisticRegression m)
    {
        var y = data.SelectMany(d => d.Y).ToList();
        var p = data.SelectMany(d => Predict(m, d)).ToList();
        var baseRate = RankMetrics.BaseRate(y);
        var precision = RankMetrics.PrecisionAtTop(p, y, 0.05);
        return new BacktestResult(split, string.Join(", ", data.Select(d => $"{d.From}→{d.To}")), y.Count, y.Count(v => v), baseRate,
            RankMetrics.Auc(p, y), precision, precision / baseRate);
    }
}
