using Leefbaar.Core.Errors;
using Leefbaar.Analysis.Series;

namespace Leefbaar.Analysis.Distribution;

/// <summary>
/// Population-weighted distribution facts ("hoeveel inwoners wonen in welke klasse"): residents per class
/// nationally and per municipality group, province, stedelijkheid and gemeente; residents in onvoldoende or worse;
/// the persistent weak core ("harde kern"); risers and fallers between consecutive measurements of the release.
/// </summary>
public static class DistributionAnalysis
{
    /// <summary>Classes 1–3 (zeer onvoldoende, ruim onvoldoende, onvoldoende) count as weak.</summary>
    public const int WeakMaxClass = 3;

    /// <summary>Computes the facts; <paramref name="hardCoreK"/> = consecutive weak measurements for the hard core.</summary>
    public static DistributionReport Compute(ScoreSeries series, AreaContext context, int year, IReadOnlyList<string> groupings, int hardCoreK = 3)
    {
        series.RequireYear(year);
        if (!series.HasClasses(year))
            throw new NotFoundException($"Release {series.Release} publishes no classes at level {series.Level} in {year}.");
        var codes = series.CodesIn(year).Where(c => series.Class(c, year) is not null).ToList();
        var groups = new List<ClassDistribution>();
        foreach (var grouping in groupings)
        {
            foreach (var g in codes.GroupBy(c => context.GroupOf(grouping, c) ?? "onbekend").OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var perClass = new double[9];
                foreach (var c in g) perClass[series.Class(c, year)!.Value - 1] += context.Weight(c);
                groups.Add(new ClassDistribution(grouping, g.Key, g.Count(), perClass.Sum(), perClass));
            }
        }

        var measurements = series.Years.Where(y => y <= year && series.HasClasses(y)).TakeLast(hardCoreK).ToList();
        var hardCore = measurements.Count < hardCoreK ? []
            : codes.Where(c => measurements.All(y => series.Class(c, y) is { } k && k <= WeakMaxClass)).ToList();

        int? previous = series.Years.Where(y => y < year && series.HasClasses(y)).Select(y => (int?)y).LastOrDefault();
        var (risers, fallers) = (new List<string>(), new List<string>());
        if (previous is { } p)
            foreach (var c in codes)
                if (series.Class(c, p) is { } before)
                {
                    var now = series.Class(c, year)!.Value;
                    if (now > before) risers.Add(c);
                    else if (now < before) fallers.Add(c);
                }

        return new DistributionReport(series.Release, series.Level, year, context.HasPopulation, codes.Count,
            codes.Count(c => context.Weight(c) <= 0), groups, hardCoreK, hardCore, hardCore.Sum(context.Weight),
            previous, risers.Count, risers.Sum(context.Weight), fallers.Count, fallers.Sum(context.Weight));
    }
}
