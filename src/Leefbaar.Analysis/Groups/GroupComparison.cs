namespace Leefbaar.Analysis.Groups;

/// <summary>One group between two years: pooled values (sums over members, a ratio as a ratio of sums), growth and its share of national growth.</summary>
public sealed record GroupGrowth(string Group, int Members, double From, double To, double Absolute, double Percent, double Index, double ShareOfNationalGrowth);

/// <summary>One gemeente's growth, for the top and bottom lists.</summary>
public sealed record GemeenteGrowth(string Code, double From, double To, double Percent);

/// <summary>The comparison of gemeente groups over time, the way the G40/M50 trend studies pool them.</summary>
public sealed record GroupComparisonResult(int From, int To, bool Ratio, IReadOnlyList<GroupGrowth> Groups,
    IReadOnlyList<(string Group, int Year, double Index)> IndexSeries, IReadOnlyList<GemeenteGrowth> Top, IReadOnlyList<GemeenteGrowth> Bottom, int Gemeenten);

/// <summary>
/// Pools an indicator over gemeente groups: a group's value is the sum of its members (a ratio is Σnumerator /
/// Σdenominator, never a mean of rates); growth absolute and in %, an index with the first year = 100, and each group's
/// share of the national change (only for sums; shares of a ratio's change do not add up). Only gemeenten with a
/// value in both end years count, so every year pools the same territory.
/// </summary>
public static class GroupComparison
{
    /// <summary>Compares groups (<paramref name="groupOf"/> per 2024 gemeente) between the first and last year of the series.</summary>
    public static GroupComparisonResult Compute(GemeenteSeries series, Func<string, string?> groupOf, bool ratio, int topCount = 5)
    {
        var years = series.ByYear.Keys.Order().ToList();
        if (years.Count < 2) throw new Leefbaar.Core.Errors.NotFoundException($"The indicator has gemeente values in {years.Count} year(s) of the range; growth needs two.");
        var (first, last) = (years[0], years[^1]);
        var members = series.ByYear[first].Keys.Intersect(series.ByYear[last].Keys).Where(c => groupOf(c) is not null).Order(StringComparer.Ordinal).ToList();

        double Pool(int year, IEnumerable<string> codes)
        {
            var rows = codes.Select(c => series.ByYear[year].TryGetValue(c, out var v) ? v : (double.NaN, double.NaN)).Where(v => !double.IsNaN(v.Item1)).ToList();
            return ratio ? rows.Sum(r => r.Item1) / rows.Sum(r => r.Item2) : rows.Sum(r => r.Item1);
        }

        var groups = members.GroupBy(c => groupOf(c)!).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var nationalChange = Pool(last, members) - Pool(first, members);
        var table = groups.Select(g =>
        {
            var (a, b) = (Pool(first, g), Pool(last, g));
            return new GroupGrowth(g.Key, g.Count(), a, b, b - a, 100 * (b - a) / a, 100 * b / a, ratio || nationalChange == 0 ? double.NaN : (b - a) / nationalChange);
        }).ToList();
        var national = (Pool(first, members), Pool(last, members));
        table.Add(new GroupGrowth("Nederland", members.Count, national.Item1, national.Item2, national.Item2 - national.Item1,
            100 * (national.Item2 - national.Item1) / national.Item1, 100 * national.Item2 / national.Item1, ratio ? double.NaN : 1));

        var index = groups.SelectMany(g => years.Select(y => (g.Key, y, 100 * Pool(y, g) / Pool(first, g)))).ToList();
        var each = members.Select(c =>
        {
            var (a, b) = (series.ByYear[first][c], series.ByYear[last][c]);
            var (va, vb) = ratio ? (a.Numerator / a.Denominator, b.Numerator / b.Denominator) : (a.Numerator, b.Numerator);
            return new GemeenteGrowth(c, va, vb, 100 * (vb - va) / va);
        }).Where(g => double.IsFinite(g.Percent)).OrderByDescending(g => g.Percent).ThenBy(g => g.Code, StringComparer.Ordinal).ToList();
        return new GroupComparisonResult(first, last, ratio, table, index, each.Take(topCount).ToList(),
            each.AsEnumerable().Reverse().Take(topCount).ToList(), members.Count);
    }
}
