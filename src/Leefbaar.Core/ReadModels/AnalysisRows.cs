namespace Leefbaar.Core.ReadModels;

/// <summary>One score of a release (official or model) for analysis: continuous afw, lbm and dimensions with the total class.</summary>
public sealed record ReleaseScoreRow(string Code, int Year, double? Lbm, double? Afw, double? Won, double? Fys, double? Vrz, double? Soc, double? Onv, int? KTotal);

/// <summary>A published development class (LBM 2.0: 1–7) of an area between two measurement years.</summary>
public sealed record DevelopmentRow(string Code, int FromYear, int ToYear, int DevelopmentClass);
