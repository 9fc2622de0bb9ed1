namespace Leefbaar.Analysis.Trends;

/// <summary>
/// The development of one area between two years of one release: afw before and after, its change, the change per
/// dimension (their sum is the change of afw) and the development class 1–9.
/// </summary>
public sealed record TrendRow(string Code, double? AfwFrom, double? AfwTo, double? Delta, IReadOnlyDictionary<string, double?> DimensionDeltas,
    int? DevelopmentClass, int? ClassFrom, int? ClassTo);
