namespace Leefbaar.Api.Contracts;

/// <summary>
/// An analysis that runs on after its request (HTTP 202): poll <see cref="Location"/> (after Retry-After seconds)
/// until it answers with the result or a problem; the work is bounded by <see cref="BudgetSeconds"/>.
/// </summary>
public sealed record AnalysisJobDto(string Id, string Statistic, string Status, DateTimeOffset Started, double ElapsedSeconds, double BudgetSeconds,
    string Location, string Message);
