namespace Leefbaar.Analysis.EarlyWarning;

/// <summary>The ranking quality on one split of the backtest (periods, areas, base rate, AUC, precision at the top 5 %, lift).</summary>
public sealed record BacktestResult(string Split, string Periods, int Areas, int Declines, double BaseRate, double Auc, double PrecisionTop5, double Lift);
