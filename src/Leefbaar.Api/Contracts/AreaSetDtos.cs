namespace Leefbaar.Api.Contracts;

/// <summary>A stored area set in the list.</summary>
public sealed record AreaSetSummaryDto(string Id, string Name, string Description, string Source, int Division, int Buurten);

/// <summary>The list of stored sets.</summary>
public sealed record AreaSetList(bool Demo, string? DemoNotice, IReadOnlyList<AreaSetSummaryDto> Sets);

/// <summary>One group of a set report (the set, its ring, the rest of its gemeenten, Nederland): inhabitant-weighted means, residents per class 1–9, share in class 1–4.</summary>
public sealed record AreaSetGroupDto(string Group, string LabelNl, string LabelEn, int Buurten, double Inhabitants, double? Afw, double? Won, double? Fys, double? Vrz,
    double? Soc, double? Onv, IReadOnlyList<double> ResidentsPerClass, double? ShareWeak);

/// <summary>A member of a set: the buurt, the set file's entry it was mapped from, and its score.</summary>
public sealed record AreaSetMemberDto(string Code, string Name, string? Gemeente, string Entry, double? Afw, int? Class, ClassLabel? Label, double Inhabitants);

/// <summary>One year of the set's postcode series: mean afw of the set's, the ring's and all postcodes.</summary>
public sealed record AreaSetTrendDto(int Year, double? Set, double? Ring, double? Nederland);

/// <summary>A set's report; Trend is the official postcode series (TrendRelease) of the set's and the ring's main postcodes.</summary>
public sealed record AreaSetReportDto(bool Demo, string? DemoNotice, string Id, string Name, string Description, string SetSource, int Division,
    string Source, string Release, int Year, IReadOnlyList<AreaSetGroupDto> Groups, IReadOnlyList<AreaSetMemberDto> Members, IReadOnlyList<string> Ring,
    string? TrendRelease, IReadOnlyList<AreaSetTrendDto> Trend);
