namespace Leefbaar.Analysis.EarlyWarning;

/// <summary>
/// The early-warning model of one release: the outcome definition, the chosen ridge penalty, the coefficients, the
/// backtest per split and the flags for the latest measurement.
/// </summary>
public sealed record EarlyWarningReport(string Release, string Level, double DeclineThreshold, string Eligibility, double Lambda,
    IReadOnlyList<(string Feature, double Coefficient)> Coefficients, IReadOnlyList<BacktestResult> Backtest, IReadOnlyList<RiskFlag> Flags);
