using System.Text.RegularExpressions;

namespace Leefbaar.Data.Importers;

/// <summary>
/// The dbf fields of the CBS "Kaart van 100 meter bij 100 meter met statistieken" (vierkantstatistieken) mapped to
/// indicator and year: INW2014 → population 2014, WON2012 → dwellings 2012, I2014_014 → persons aged 0–14 (a
/// count, like population_0_14 elsewhere), WOZWON2012 → mean WOZ value of dwellings (×1000 euro). The P_AUTO,
/// P_WAL and P_NWAL fields hold class labels ("75% tot 90%"), not numbers, and are not imported.
/// </summary>
public static partial class CbsGridFields
{
    private static readonly (Regex Pattern, string Indicator)[] YearFields =
    [
        (Inhabitants(), "population"),
        (Dwellings(), "dwellings"),
        (Men(), "population_male"),
        (Women(), "population_female"),
        (Age0To14(), "population_0_14"),
        (Age15To24(), "population_15_24"),
        (Age25To44(), "population_25_44"),
        (Age45To64(), "population_45_64"),
        (Age65Plus(), "population_65plus"),
        (WozDwellings(), "woz_mean"),
    ];

    /// <summary>Indicator and reference year of a field, or null when the field is not a grid measurement.</summary>
    public static (string Indicator, int Year)? Map(string field)
    {
        // TINW_00_10: change in inhabitants 2000–2010, referenced to its end year.
        if (string.Equals(field, "TINW_00_10", StringComparison.OrdinalIgnoreCase)) return ("population_change_2000_2010", 2010);
        foreach (var (pattern, indicator) in YearFields)
            if (pattern.Match(field) is { Success: true } m) return (indicator, int.Parse(m.Groups[1].Value));
        return null;
    }

    [GeneratedRegex(@"^INW(\d{4})$", RegexOptions.IgnoreCase)] private static partial Regex Inhabitants();
    [GeneratedRegex(@"^WON(\d{4})$", RegexOptions.IgnoreCase)] private static partial Regex Dwellings();
    [GeneratedRegex(@"^MAN_(\d{4})$", RegexOptions.IgnoreCase)] private static partial Regex Men();
    [GeneratedRegex(@"^VROUW_(\d{4})$", RegexOptions.IgnoreCase)] private static partial Regex Women();
    [GeneratedRegex(@"^I(\d{4})_014$", RegexOptions.IgnoreCase)] private static partial Regex Age0To14();
    [GeneratedRegex(@"^I(\d{4})_1524$", RegexOptions.IgnoreCase)] private static partial Regex Age15To24();
    [GeneratedRegex(@"^I(\d{4})_2544$", RegexOptions.IgnoreCase)] private static partial Regex Age25To44();
    [GeneratedRegex(@"^I(\d{4})_4564$", RegexOptions.IgnoreCase)] private static partial Regex Age45To64();
    [GeneratedRegex(@"^I(\d{4})_65PL$", RegexOptions.IgnoreCase)] private static partial Regex Age65Plus();
    [GeneratedRegex(@"^WOZWON(\d{4})$", RegexOptions.IgnoreCase)] private static partial Regex WozDwellings();
}
