namespace Leefbaar.Core.ReadModels;

/// <summary>One observation as read back for model building.</summary>
public readonly record struct ObservationRow(string Code, string Indicator, int Year, double Value);

/// <summary>An official score row as read back for fitting and validation.</summary>
public sealed record OfficialScoreRow(string Code, int Year, string Release, double? Lbm, double? Afw, double? Won, double? Fys, double? Vrz, double? Soc, double? Onv,
    int? KTotal, int? KAfw, int? KWon, int? KFys, int? KVrz, int? KSoc, int? KOnv);

/// <summary>A Leefbaar model score to store.</summary>
public sealed record ModelScoreRow(string Code, string Level, int Division, int Year, string Release,
    double Afw, double Won, double Fys, double Vrz, double Soc, double Onv, double Lbm,
    int KTotal, int KAfw, int KWon, int KFys, int KVrz, int KSoc, int KOnv, bool Reliable, double AfwLower, double AfwUpper, double Weight,
    int? ClassLow = null, int? ClassHigh = null, double PWeak = double.NaN);

/// <summary>One indicator's contribution to one dimension of one area's model score.</summary>
public sealed record ContributionRow(string Code, int Division, int Year, string Release, string Indicator, string Dimension, double Value, double Reference, double Contribution);
