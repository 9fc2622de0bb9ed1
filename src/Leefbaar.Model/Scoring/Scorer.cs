using Leefbaar.Model.Features;
using Leefbaar.Model.Releases;

namespace Leefbaar.Model.Scoring;

/// <summary>
/// Scores areas with a frozen release: per dimension base + Σ contributions, afw = Σ dimensions (exact by
/// construction), lbm = C + afw, classes from the release. The arithmetic is <see cref="ColumnScorer"/>. Reads the release and table; mutates neither.
/// Thread-safe.
/// </summary>
public static class Scorer
{
    /// <summary>Scores every row of the table that has at least one input value.</summary>
    public static List<AreaScore> Score(ModelRelease release, FeatureTable table, string level)
    {
        var engine = new ColumnScorer(release);
        var columns = release.Terms.Select(t => table.Column(t.Spec.Indicator)).ToArray();
        var population = table.Column("population");
        var result = new List<AreaScore>(table.Count);
        Span<double> dims = stackalloc double[5];
        for (var i = 0; i < table.Count; i++)
        {
            if (!engine.Score(columns, i, dims)) continue;
            var pop = population is null ? double.NaN : population[i];
            result.Add(Make(release, table.Codes[i], table.Names[i], table.Gemeente[i], table.Year, dims, double.IsNaN(pop) ? 0 : pop,
                reliable: !double.IsNaN(pop) && pop >= release.ReliabilityMinPopulation));
        }
        return result;
    }

    /// <summary>
    /// Builds a score record from dimension values, assigning classes with the release's schemes. With
    /// <paramref name="perArea"/> (a buurt or cell) the interval, class range and P(weak) come from the residuals
    /// at this predicted level; aggregates keep the release's global interval (their errors partly cancel).
    /// </summary>
    public static AreaScore Make(ModelRelease release, string code, string name, string? gemeente, int year, ReadOnlySpan<double> dims, double weight, bool reliable,
        bool perArea = true)
    {
        var afw = dims[0] + dims[1] + dims[2] + dims[3] + dims[4];
        var sigma = release.DimensionClassUnit;
        var (lower, upper, pWeak) = Uncertainty.Of(release, afw, perArea);
        return new AreaScore(code, name, gemeente, release.Id, year, dims[0], dims[1], dims[2], dims[3], dims[4], afw, release.Constant + afw,
            Classes.Total(afw, release.ClassBoundaries), Classes.Symmetric(afw, sigma),
            Classes.Symmetric(dims[0], sigma), Classes.Symmetric(dims[1], sigma), Classes.Symmetric(dims[2], sigma),
            Classes.Symmetric(dims[3], sigma), Classes.Symmetric(dims[4], sigma),
            reliable, lower, upper, weight)
        {
            ClassLow = Classes.Total(lower, release.ClassBoundaries),
            ClassHigh = Classes.Total(upper, release.ClassBoundaries),
            PWeak = pWeak,
        };
    }
}
