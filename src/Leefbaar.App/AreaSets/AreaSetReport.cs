using Leefbaar.Analysis.Sets;
using Leefbaar.Core.ReadModels;

namespace Leefbaar.App.AreaSets;

/// <summary>One member of a set as shown: its code, name, gemeente, the file entry it came from and its score (null when unscored).</summary>
public sealed record AreaSetMemberScore(string Code, string Name, string? Gemeente, string Entry, double? Afw, int? Class, double Inhabitants);

/// <summary>
/// A set's report: the set, which scores were used (official, or the model where the set has buurten without an
/// official score), the statistics of the set, its ring, the rest of its gemeenten and Nederland, and every member
/// with the entry it was mapped from; the postcode series of the set and its ring (<see cref="AreaSetTrend"/>).
/// </summary>
public sealed record AreaSetReport(AreaSetRow Set, string Source, string Release, int Year, AreaSetSummary Summary,
    IReadOnlyList<AreaSetMemberScore> Members, IReadOnlyList<string> Ring, string? TrendRelease, IReadOnlyList<AreaSetTrendPoint> Trend);
