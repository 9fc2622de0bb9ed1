namespace Leefbaar.Analysis.EarlyWarning;

/// <summary>
/// An early-warning signal for one area: the estimated probability of a decline in the next period, its multiple of
/// the base rate, the flag ("sterk verhoogd" = top 5 %, "verhoogd" = next 10 %) and the main risk factors. A signal
/// to start a conversation with the gemeente, never a verdict on the people who live there.
/// </summary>
public sealed record RiskFlag(string Code, int Start, double Afw, double Probability, double RiskMultiple, string Flag, IReadOnlyList<string> RiskFactors);
