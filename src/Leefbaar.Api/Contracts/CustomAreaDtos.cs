namespace Leefbaar.Api.Contracts;

/// <summary>
/// A buurt a custom area covers: the covered share of its area, the share of its residents inside by 100 m cells (null
/// where the store has no cells for it), its inhabitants, the weight it got and its own score.
/// </summary>
public sealed record CoveredBuurtDto(string Code, string Name, string? Gemeente, double Share, double? ResidentShare, double Inhabitants, double Weight, double Afw, int Class);

/// <summary>
/// One drawn area's model score: the inhabitant-weighted combination of the buurten it covers (weights "area" when
/// none has inhabitants); its 90 % interval combined the same way; ShareWeak the expected share of the covered
/// residents living in an officially "zwak" or worse buurt. Covered false (and no score) when it covers no scored buurt.
/// </summary>
public sealed record CustomAreaDto(string Code, string Name, bool Covered, bool Repaired, WhatIfScore? Score, int? ClassLow, int? ClassHigh,
    double? AfwLower, double? AfwUpper, bool? Reliable, double? Inhabitants, string? Weights, double? ShareWeak, IReadOnlyList<CoveredBuurtDto> Buurten);

/// <summary>The answer to POST /api/v1/areas/custom.</summary>
public sealed record CustomAreaResponse(bool Demo, string? DemoNotice, string Release, IReadOnlyList<CustomAreaDto> Areas, string Method);
