namespace Leefbaar.Analysis.Trends;

/// <summary>
/// Developments between two measurements of one release: per area rows, the count and residents per development
/// class, and (for LBM 2.0) the published 7-class developments instead of computed ones.
/// </summary>
public sealed record TrendReport(string Release, string Level, int From, int To, IReadOnlyList<TrendRow> Rows,
    IReadOnlyList<(int Class, string Label, int Areas, double Residents)> Summary, bool Published);
