namespace Leefbaar.Analysis.Inequality;

/// <summary>
/// Inequality of a measure over areas in one year: (population-)weighted mean, standard deviation and coefficient
/// of variation (σ-convergence), Gini and Theil T, and Theil's exact split into between- and within-group parts.
/// </summary>
public sealed record InequalityResult(
    int Year, int Areas, double Weight, double Mean, double StdDev, double Cv, double Gini, double Theil,
    string? Grouping, double? TheilBetween, double? TheilWithin, IReadOnlyList<GroupInequality> GroupParts);

/// <summary>One group's share of the weight, its mean and its own Theil T.</summary>
public sealed record GroupInequality(string Group, int Areas, double WeightShare, double Mean, double Theil);
