namespace Leefbaar.Api.Contracts;

/// <summary>A what-if question: a buurt, its changes ("crime_per_1000=-20%", "dist_supermarket_km=0.5", "x=as:BU…") and optionally a release id.</summary>
public sealed record WhatIfRequest(string Code, IReadOnlyList<string> Set, string? Release = null);

/// <summary>A buurt's score in a what-if answer.</summary>
public sealed record WhatIfScore(double Afw, double Won, double Fys, double Vrz, double Soc, double Onv, int Class, ClassLabel? Label, double? PWeak);

/// <summary>An input of the release that moved; <c>Extrapolated</c> when it left the range of the fitted buurten.</summary>
public sealed record WhatIfInput(string Indicator, string? NameNl, string? NameEn, double? Before, double? After, bool Requested, double? SeenMin, double? SeenMax, bool Extrapolated);

/// <summary>How one indicator's contribution moved per dimension, and in afw.</summary>
public sealed record WhatIfContribution(string Indicator, IReadOnlyDictionary<string, double> Delta, double Total);

/// <summary>The what-if answer: before, after, the inputs and contributions that moved, notes, and the reminder that it is an association.</summary>
public sealed record WhatIfResponse(bool Demo, string? DemoNotice, string Code, string Name, string Release, IReadOnlyList<string> Changes,
    WhatIfScore Before, WhatIfScore After, IReadOnlyList<WhatIfInput> Inputs, IReadOnlyList<WhatIfContribution> Contributions,
    IReadOnlyList<string> Notes, string Notice);
