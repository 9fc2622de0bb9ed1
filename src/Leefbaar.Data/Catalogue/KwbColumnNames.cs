namespace Leefbaar.Data.Catalogue;

/// <summary>
/// The KWB (Kerncijfers wijken en buurten, e.g. 85984NED) columns Leefbaar knows by name, mapped to catalogue
/// indicator codes; the same codes the woonikveilig importer uses, so every source of a KWB figure agrees.
/// Keys are <see cref="IndicatorCodes.Snake"/> of the header without its unit, so the StatLine header
/// "Bevolking/Aantal inwoners (aantal)" and R's mangled "Bevolking.Aantal.inwoners..aantal." both match.
/// </summary>
public static class KwbColumnNames
{
    /// <summary>StatLine topic path (snake-cased, unit removed) → catalogue code.</summary>
    public static readonly IReadOnlyDictionary<string, string> ByTopic = new Dictionary<string, string>
    {
        ["bevolking_aantal_inwoners"] = "population",
        ["bevolking_geslacht_mannen"] = "population_male",
        ["bevolking_geslacht_vrouwen"] = "population_female",
        ["bevolking_leeftijdsgroepen_0_tot_15_jaar"] = "population_0_14",
        ["bevolking_leeftijdsgroepen_15_tot_25_jaar"] = "population_15_24",
        ["bevolking_leeftijdsgroepen_25_tot_45_jaar"] = "population_25_44",
        ["bevolking_leeftijdsgroepen_45_tot_65_jaar"] = "population_45_64",
        ["bevolking_leeftijdsgroepen_65_jaar_of_ouder"] = "population_65plus",
        ["bevolking_bevolkingsdichtheid"] = "population_density",
        ["bevolking_particuliere_huishoudens_huishoudens_totaal"] = "households",
        ["bevolking_particuliere_huishoudens_gemiddelde_huishoudensgrootte"] = "household_size",
        ["wonen_gemiddelde_woz_waarde_van_woningen"] = "woz_mean",
        ["wonen_woningen_naar_eigendom_koopwoningen"] = "owner_occupied_pct",
        ["wonen_woningen_naar_type_percentage_eengezinswoning"] = "single_family_pct",
        ["inkomen_inkomen_van_personen_gemiddeld_inkomen_per_inwoner"] = "income_per_inhabitant",
        ["stedelijkheid_mate_van_stedelijkheid"] = "urbanity",
        ["stedelijkheid_omgevingsadressendichtheid"] = "address_density",
        ["oppervlakte_oppervlakte_land"] = "land_area_ha",
        ["nabijheid_voorzieningen_afstand_tot_huisartsenpraktijk"] = "dist_gp_km",
        ["nabijheid_voorzieningen_afstand_tot_grote_supermarkt"] = "dist_supermarket_km",
        ["nabijheid_voorzieningen_basisonderwijs_afstand_tot_school"] = "dist_school_km",
        ["nabijheid_voorzieningen_basisonderwijs_scholen_binnen_3_km"] = "schools_within_3km",
        ["postcode_meest_voorkomende_postcode"] = "main_pc4",
    };

    /// <summary>The 85984NED TypedDataSet (OData) column names → catalogue code.</summary>
    public static readonly IReadOnlyDictionary<string, string> ByTypedName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["AantalInwoners_5"] = "population",
        ["Mannen_6"] = "population_male",
        ["Vrouwen_7"] = "population_female",
        ["k_0Tot15Jaar_8"] = "population_0_14",
        ["k_15Tot25Jaar_9"] = "population_15_24",
        ["k_25Tot45Jaar_10"] = "population_25_44",
        ["k_45Tot65Jaar_11"] = "population_45_64",
        ["k_65JaarOfOuder_12"] = "population_65plus",
    };

    /// <summary>KWB columns whose unit is "(code)" but whose values are numbers worth keeping (class 1–5, a PC4).</summary>
    public static bool IsNumericCode(string topicKey) => topicKey is "stedelijkheid_mate_van_stedelijkheid" or "postcode_meest_voorkomende_postcode";

    /// <summary>The catalogue code for a topic key, else the key itself (the stable derived code).</summary>
    public static string CodeFor(string topicKey) => ByTopic.TryGetValue(topicKey, out var code) ? code : topicKey;
}
