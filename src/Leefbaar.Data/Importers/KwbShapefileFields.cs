namespace Leefbaar.Data.Importers;

/// <summary>
/// The numeric fields of the CBS Wijk- en buurtkaart shapefiles (KWB, e.g. 2017) mapped to Leefbaar indicator
/// codes. Counts keep the count name (population, households); shares of the KWB "P_" fields end in _pct so
/// they are never mixed with counts of the same group. Fields not listed here are stored as "kwb_" + the lower-case
/// field name; IND_WBI and DEK_PERC are classification codes, not measurements, and are skipped.
/// </summary>
public static class KwbShapefileFields
{
    /// <summary>Field → indicator code.</summary>
    public static readonly IReadOnlyDictionary<string, string> Indicators = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["AANT_INW"] = "population",
        ["AANT_MAN"] = "population_male",
        ["AANT_VROUW"] = "population_female",
        ["P_00_14_JR"] = "population_0_14_pct",
        ["P_15_24_JR"] = "population_15_24_pct",
        ["P_25_44_JR"] = "population_25_44_pct",
        ["P_45_64_JR"] = "population_45_64_pct",
        ["P_65_EO_JR"] = "population_65plus_pct",
        ["P_ONGEHUWD"] = "unmarried_pct",
        ["P_GEHUWD"] = "married_pct",
        ["P_GESCHEID"] = "divorced_pct",
        ["P_VERWEDUW"] = "widowed_pct",
        ["BEV_DICHTH"] = "population_density",
        ["AANTAL_HH"] = "households",
        ["P_EENP_HH"] = "single_person_households_pct",
        ["P_HH_Z_K"] = "households_without_children_pct",
        ["P_HH_M_K"] = "households_with_children_pct",
        ["GEM_HH_GR"] = "household_size",
        ["P_WEST_AL"] = "western_migration_pct",
        ["P_N_W_AL"] = "nonwestern_migration_pct",
        ["P_MAROKKO"] = "moroccan_origin_pct",
        ["P_ANT_ARU"] = "antillean_aruban_origin_pct",
        ["P_SURINAM"] = "surinamese_origin_pct",
        ["P_TURKIJE"] = "turkish_origin_pct",
        ["P_OVER_NW"] = "other_nonwestern_origin_pct",
        ["OAD"] = "address_density",
        ["STED"] = "urbanity",
        ["OPP_TOT"] = "total_area_ha",
        ["OPP_LAND"] = "land_area_ha",
        ["OPP_WATER"] = "water_area_ha",
    };

    /// <summary>Numeric fields that are codes rather than measurements.</summary>
    public static readonly IReadOnlySet<string> Skipped = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "IND_WBI", "DEK_PERC", "OBJECTID", "FID" };

    /// <summary>The indicator code of a numeric field, or null when it is skipped.</summary>
    public static string? IndicatorFor(string field) =>
        Skipped.Contains(field) ? null : Indicators.TryGetValue(field, out var code) ? code : "kwb_" + field.ToLowerInvariant();
}
