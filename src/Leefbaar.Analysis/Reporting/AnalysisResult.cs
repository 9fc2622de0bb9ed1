namespace Leefbaar.Analysis.Reporting;

/// <summary>
/// The result of one statistic: what it is (name and one-line description), its parameters and scalar results
/// (<see cref="Meta"/>), and its tables; the first table is the primary one (the CSV output).
/// </summary>
public sealed record AnalysisResult(string Statistic, string Description, IReadOnlyDictionary<string, object?> Meta, IReadOnlyList<ResultTable> Tables);
