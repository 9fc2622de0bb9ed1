using Leefbaar.Model.Features;

namespace Leefbaar.Model.Estimation;

/// <summary>
/// The groups an estimator holds out in turn to choose its ridge penalty (leave-one-group-out): provinces for
/// national data, gemeenten or wijken for a regional survey. Rows without a group are left out of the fit.
/// </summary>
public static class EstimationGroups
{
    /// <summary>Group levels an estimator accepts.</summary>
    public static readonly string[] Levels = ["provincie", "gemeente", "wijk"];

    /// <summary>The group of a row at a level, or null when unknown.</summary>
    public static string? Of(FeatureTable table, int row, string level) => level switch
    {
        "provincie" => table.Provincie[row],
        "gemeente" => table.Gemeente[row],
        "wijk" => table.Wijk[row],
        _ => throw new ArgumentException($"Unknown group level '{level}'; expected one of {string.Join(", ", Levels)}."),
    };

    /// <summary>Refuses a grouping that cannot be cross-validated (fewer than two groups).</summary>
    public static void RequireTwo(IEnumerable<string> groups, string level, string what)
    {
        var distinct = groups.Distinct().Count();
        if (distinct < 2)
            throw new InvalidOperationException($"{what}: the fitting areas lie in {distinct} {level}; the penalty is chosen by leaving one {level} out at a time, so at least two are needed — choose a finer group level.");
    }
}
