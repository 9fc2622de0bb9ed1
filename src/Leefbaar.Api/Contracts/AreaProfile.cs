namespace Leefbaar.Api.Contracts;

/// <summary>
/// Everything known about one area: names and parents, official and model scores (headline for the chosen year plus
/// the full history per release), indicator values next to its gemeente and Nederland, the model's top indicator
/// contributions, a comparison with its gemeente and the national reference, its WGS84 bounding box, and for a buurt
/// with a stored model score the explanation of that score per dimension (as `leefbaar explain`).
/// </summary>
public sealed record AreaProfile(
    bool Demo, string? Notice,
    string Code, string Name, string Level, int Division, IReadOnlyList<AreaRef> Parents,
    int? Year, ScoreDto? Official, ScoreDto? Model, string? ModelNote,
    IReadOnlyList<ScoreDto> OfficialHistory, IReadOnlyList<ScoreDto> ModelHistory,
    IReadOnlyList<IndicatorValue> Indicators, IReadOnlyList<ContributionDto> Contributions,
    Comparison Comparison, Downloads Downloads, IReadOnlyList<double>? Bbox, ExplanationDto? Explanation = null,
    IReadOnlyList<RelatedSeries>? RelatedHistory = null);

/// <summary>
/// An official series of a related area that covers this one: the buurt's main postcode (LBM 3.0 PC4 series) and its
/// wijk's and gemeente's LBM 2.0 classes — each with its release, so the profile can chart them labelled.
/// </summary>
public sealed record RelatedSeries(string Relation, string Code, string Name, string Level, string Release, IReadOnlyList<ScoreDto> History);

/// <summary>A reference to another area.</summary>
public sealed record AreaRef(string Code, string Name, string Level);

/// <summary>An indicator value of the area with the same indicator for its gemeente and Nederland (same year) where known.</summary>
public sealed record IndicatorValue(string Indicator, int Year, double Value, string Source, double? Gemeente, double? Nederland);

/// <summary>One indicator's contribution to a model score: value, national reference and the resulting share of afw.</summary>
public sealed record ContributionDto(string Release, int Year, string Indicator, string Dimension, double? Value, double? Reference, double? Contribution);

/// <summary>The area next to its gemeente (same release and year) and the Nederland reference.</summary>
public sealed record Comparison(ComparedArea? Gemeente, NationalDto? NederlandOfficial, NationalDto? NederlandModel);

/// <summary>Another area's headline scores.</summary>
public sealed record ComparedArea(string Code, string Name, string Level, ScoreDto? Official, ScoreDto? Model);

/// <summary>The Nederland reference of a release and year: mean per measure over the finest level, and how it was weighted.</summary>
public sealed record NationalDto(string Release, int Year, string Level, string Weighting, int Areas, IReadOnlyDictionary<string, double> Means);

/// <summary>
/// Download links for the area's level within its gemeente, with the source and release they serve: official when the
/// area has an official score, else the model (so model-only areas download their own rows, not an empty table).
/// CsvExcel is the same CSV for Dutch Excel (';' and decimal comma).
/// </summary>
public sealed record Downloads(string? Csv, string? CsvExcel, string? GeoJson, string? Source, string? Release);
