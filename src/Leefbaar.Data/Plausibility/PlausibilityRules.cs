namespace Leefbaar.Data.Plausibility;

/// <summary>
/// The plausibility rules as data: ranges per indicator pattern and per score field, part-of relations between
/// counts, and the years a value may refer to. Tuned so that every file in the shared data passes (see
/// docs/reliability.md); a value outside these bounds is a broken file far more often than a real outlier.
/// </summary>
public sealed record PlausibilityRules(
    IReadOnlyList<ValueRule> Indicators,
    IReadOnlyList<ValueRule> ScoreFields,
    IReadOnlyList<PartOfRule> Parts,
    int FirstYear,
    int LastYear)
{
    /// <summary>CBS rounds small KWB counts to multiples of 5 independently, so a buurt of 0 inhabitants can have 5 men (BU03630100, 2019).</summary>
    public const double RoundingTolerance = 5;

    private const string Counts = "a count of people, dwellings or events is never negative";
    private const string Shares = "shares are percentages 0–100; a fraction 0–1 also passes, a value above 100 is a wrong column or a missing decimal separator";

    /// <summary>The rules Leefbaar applies by default.</summary>
    public static PlausibilityRules Default { get; } = new(
        Indicators:
        [
            new("*_pct", 0, 100, "a percentage 0–100", Shares),
            new("*percentage*", 0, 100, "a percentage 0–100", Shares),
            new("*_share", 0, 100, "a share 0–100", Shares),
            new("dist_*", 0, 500, "a distance 0–500 km", "distances are in km and never negative; metres would be a unit error"),
            new("*afstand*", 0, 500, "a distance 0–500 km", "distances are in km and never negative; metres would be a unit error"),
            new("*_change*", -20_000_000, 20_000_000, "a change of magnitude below 20 million", "changes (population_change_2000_2010) may be negative"),
            new("population", 0, 20_000_000, "a number of inhabitants 0–20 million", Counts),
            new("population_*", 0, 20_000_000, "a number of inhabitants 0–20 million", Counts),
            new("households", 0, 10_000_000, "a number of households 0–10 million", Counts),
            new("dwellings", 0, 10_000_000, "a number of dwellings 0–10 million", Counts),
            new("*_count", 0, 1e8, "a count ≥ 0", Counts),
            // Buurten with a handful of inhabitants and a station or shopping centre reach 345,000 per 1,000 (BU0363AD01, 2024).
            new("crime_per_1000", 0, 1_000_000, "registered crimes per 1,000 inhabitants 0–1,000,000", "a rate is never negative"),
            new("household_size", 0, 20, "an average household size 0–20 persons", "check the column: counts of households or persons do not belong here"),
            new("urbanity", 1, 5, "a CBS urbanity class 1–5", "1 = very strongly urban … 5 = not urban"),
            new("woz_*", 0, 1e8, "a WOZ value ≥ 0", "WOZ values are in 1,000 euro or euro and never negative"),
            new("*_area_ha", 0, 1e7, "an area in hectares ≥ 0", "the Netherlands is 4.2 million ha"),
            new("*", -1e12, 1e12, "a value of magnitude below 10^12", "a number this large is an overflow or a sentinel, not a measurement"),
        ],
        ScoreFields:
        [
            new("lbm", 0, 10, "an absolute Leefbaarometer score 0–10", "lbm scores lie around 4 (C ≈ 4.05); afw is lbm − C"),
            new("afw", -2, 2, "a deviation from the national mean within ±2", "afw scores lie within about ±1; 99999 or Infinity is a placeholder or overflow"),
            new("won", -2, 2, "a dimension score within ±2", "dimension scores lie within about ±1"),
            new("fys", -2, 2, "a dimension score within ±2", "dimension scores lie within about ±1"),
            new("vrz", -2, 2, "a dimension score within ±2", "dimension scores lie within about ±1"),
            new("soc", -2, 2, "a dimension score within ±2", "dimension scores lie within about ±1"),
            new("onv", -2, 2, "a dimension score within ±2", "dimension scores lie within about ±1"),
        ],
        Parts:
        [
            new("population_male", "population", RoundingTolerance, "men are part of the inhabitants"),
            new("population_female", "population", RoundingTolerance, "women are part of the inhabitants"),
            new("population_0_14", "population", RoundingTolerance, "an age group is part of the inhabitants"),
            new("population_65plus", "population", RoundingTolerance, "an age group is part of the inhabitants"),
        ],
        FirstYear: 1900,
        LastYear: 2100);

    /// <summary>The first rule covering an indicator, or null.</summary>
    public ValueRule? ForIndicator(string indicator) => Indicators.FirstOrDefault(r => r.Matches(indicator));

    /// <summary>The first rule covering a score field, or null.</summary>
    public ValueRule? ForScoreField(string field) => ScoreFields.FirstOrDefault(r => r.Matches(field));
}
