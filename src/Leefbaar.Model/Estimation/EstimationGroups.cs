using Leefbaar.Core.Areas;
using Leefbaar.Core.Errors;
using Leefbaar.Model.Features;

namespace Leefbaar.Model.Estimation;

/// <summary>
/// The groups an estimator holds out in turn to choose its ridge penalty (leave-one-group-out): provinces for
/// national data, gemeenten or wijken for a regional survey. Rows without a group are left out of the fit.
/// </summary>
public static class EstimationGroups
{
    /// <summary>Group levels an estimator accepts.</summary>
    public static readonly string[] Levels = [LevelName.Provincie, LevelName.Gemeente, LevelName.Wijk];

    /// <summary>The group of a row at a level, or null when unknown.</summary>
    public static string? Of(FeatureTable table, int row, string level) => level switch
    {
        LevelName.Provincie => table.Provincie[row],
        LevelName.Gemeente => table.Gemeente[row],
        LevelName.Wijk => table.Wijk[row],
        _ => throw new ArgumentException($"Unknown group level '{level}'; expected one of {string.Join(", ", Levels)}."),
    };

    /// <summary>At most this many folds: beyond it, leave-one-group-out costs grow with the square of the group count for little gain.</summary>
    public const int MaxFolds = 12;

    /// <summary>
    /// Fold label per row: each group is its own fold when there are at most <see cref="MaxFolds"/> groups (provinces);
    /// otherwise the groups, sorted by code, are cut into <see cref="MaxFolds"/> contiguous blocks, so neighbouring
    /// wijken (adjacent codes) are held out together and a fold stays close to an unseen region.
    /// </summary>
    public static string[] Folds(string[] groups)
    {
        var distinct = groups.Distinct().Order(StringComparer.Ordinal).ToArray();
        if (distinct.Length <= MaxFolds) return groups;
        var fold = distinct.Select((g, k) => (g, k)).ToDictionary(t => t.g, t => $"fold{t.k * MaxFolds / distinct.Length:00}");
        return groups.Select(g => fold[g]).ToArray();
    }

    /// <summary>Refuses a grouping that cannot be cross-validated (fewer than two groups).</summary>
    public static void RequireTwo(IEnumerable<string> groups, string level, string what)
    {
        var distinct = groups.Distinct().Count();
        if (distinct < 2)
            throw new UnusableDataException($"{what}: the fitting areas lie in {distinct} {level}; the penalty is chosen by leaving one {level} out at a time, so at least two are needed — choose a finer group level.");
    }
}
