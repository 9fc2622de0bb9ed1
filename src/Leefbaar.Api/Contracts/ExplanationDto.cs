namespace Leefbaar.Api.Contracts;

/// <summary>
/// The model's explanation of a buurt's score per dimension, as <c>leefbaar explain</c> computes it from the stored
/// values: per dimension, <c>Base</c> plus every indicator's contribution is the dimension's score. An indicator
/// enters every dimension's regression, so its contribution is split over the dimensions (<c>PerDimension</c>).
/// </summary>
/// <param name="Base">Per dimension the score with every indicator at its reference (the national median of the fitted buurten).</param>
public sealed record ExplanationDto(string Release, int Year, IReadOnlyDictionary<string, double> Base, IReadOnlyList<IndicatorContributionDto> Contributions);

/// <summary>One indicator's contribution per dimension: f(value) − f(reference), with <c>Total</c> its sum (its share of afw).</summary>
/// <param name="Value">The buurt's value (null: missing, imputed as in fitting).</param>
/// <param name="Reference">The release's reference value: the median over the buurten the release was fitted on.</param>
public sealed record IndicatorContributionDto(string Indicator, double? Value, double Reference, IReadOnlyDictionary<string, double> PerDimension, double Total);
