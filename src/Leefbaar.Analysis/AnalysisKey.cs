using System.Globalization;
using System.Text;

namespace Leefbaar.Analysis;

/// <summary>
/// The identity of an analysis result: the statistic and only the parameters its computation reads (see
/// <see cref="AnalysisRunner"/>), with their effective values. Two requests that differ in a parameter the statistic
/// ignores (early-warning with another measure, queen weights with another band) share one key, so a client cannot
/// grow a result cache by varying what does not matter.
/// </summary>
public static class AnalysisKey
{
    /// <summary>The key of <paramref name="statistic"/> for <paramref name="q"/>.</summary>
    public static string Of(string statistic, AnalysisRequest q)
    {
        var k = new StringBuilder(statistic);
        void Add(string name, object? value) =>
            k.Append('|').Append(name).Append('=').Append(value switch
            {
                null => "",
                double d => d.ToString("R", CultureInfo.InvariantCulture),
                bool b => b ? "1" : "0",
                double[] a => string.Join(";", a.Select(v => v.ToString("R", CultureInfo.InvariantCulture))),
                _ => Convert.ToString(value, CultureInfo.InvariantCulture),
            });
        // Every series-based statistic picks its release from release, level and (without a release) the year.
        void Series()
        {
            Add("release", q.Release);
            Add("level", q.Level);
            Add("classes", q.ClassBoundaries);
        }
        void Weights()
        {
            var kind = q.Weights.ToLowerInvariant();
            Add("weights", kind);
            if (kind == "knn") Add("k", q.K);
            if (kind == "distance") Add("band", q.Band);
        }
        switch (statistic)
        {
            case "trends":
                Series(); Add("year", q.To is null ? q.Year : null); Add("from", q.From); Add("to", q.To);
                break;
            case "distribution":
                Series(); Add("year", q.Year); Add("grouping", q.Grouping); Add("hardCore", q.HardCore);
                break;
            case "transitions":
                Series(); Add("year", q.Year); Add("from", q.From); Add("to", q.To); Weights();
                break;
            case "moran":
                Series(); Add("year", q.Year); Add("measure", NormalMeasure(q.Measure)); Weights(); Add("permutations", q.Permutations);
                break;
            case "lisa":
                Series(); Add("year", q.Year); Add("measure", NormalMeasure(q.Measure)); Weights(); Add("permutations", q.Permutations); Add("alpha", q.Alpha);
                break;
            case "inequality":
                Series(); Add("year", q.Year); Add("measure", NormalMeasure(q.Measure ?? "lbm")); Add("grouping", q.Grouping); Add("weighted", q.Weighted);
                break;
            case "early-warning":
                Series(); Add("year", q.Year); Add("event", q.WarningEvent); if (q.WarningEvent != "fall") Add("delta", q.Delta);
                break;
            case "groups":
                Add("indicator", q.Indicator); Add("grouping", q.Grouping is null or "g4-g40-m50" ? "group" : q.Grouping);
                Add("from", q.From); Add("to", q.To);
                break;
            default:
                return statistic + "|" + q; // unknown statistics fail in the runner; keep their key exact
        }
        return k.ToString();
    }

    // Score columns are matched case-insensitively by Measure.Parse; indicator names are not.
    private static string? NormalMeasure(string? text)
    {
        var t = (text ?? "afw").Trim();
        return t.StartsWith("indicator:", StringComparison.Ordinal) ? t : t.ToLowerInvariant();
    }
}
