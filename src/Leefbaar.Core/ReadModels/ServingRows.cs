namespace Leefbaar.Core.ReadModels;

/// <summary>One official score row as stored (table official_scores).</summary>
public sealed record ServedOfficialScore(
    string Code, string Level, int Year, string Release,
    double? Lbm, double? Afw, double? Won, double? Fys, double? Vrz, double? Soc, double? Onv,
    int? KTotal, int? KAfw, int? KWon, int? KFys, int? KVrz, int? KSoc, int? KOnv,
    int? DevClass, int? DevFrom);

/// <summary>One Leefbaar model score row (table model_scores).</summary>
public sealed record ServedModelScore(
    string Code, string Level, int DivisionYear, int Year, string Release,
    double? Afw, double? Won, double? Fys, double? Vrz, double? Soc, double? Onv, double? Lbm,
    int? KTotal, int? KAfw, int? KWon, int? KFys, int? KVrz, int? KSoc, int? KOnv,
    bool? Reliable, double? AfwLower, double? AfwUpper, double? Weight,
    int? ClassLow = null, int? ClassHigh = null, double? PWeak = null);

/// <summary>One indicator value (table observations).</summary>
public sealed record ServedObservation(string Code, int DivisionYear, int Year, string Indicator, double Value, string Source);

/// <summary>One indicator's contribution to a model score (table model_contributions).</summary>
public sealed record ServedContribution(
    string Code, int DivisionYear, int Year, string Release, string Indicator, string Dimension,
    double? Value, double? Reference, double? Contribution);

/// <summary>One fitted model release with its model card (table model_releases).</summary>
public sealed record ServedModelRelease(string Id, DateTime CreatedAt, string Target, string ReleaseJson, string ModelCardMarkdown);

/// <summary>One boundary as stored: WKB in RD New.</summary>
public sealed record ServedGeometry(string Code, string Level, int DivisionYear, byte[] Wkb);
