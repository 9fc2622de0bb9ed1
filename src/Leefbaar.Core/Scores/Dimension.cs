namespace Leefbaar.Core.Scores;

/// <summary>The five Leefbaarometer 3.0 dimensions; their sum is the total deviation afw.</summary>
public enum Dimension
{
    /// <summary>Woningvoorraad: the housing stock.</summary>
    Won,
    /// <summary>Fysieke omgeving: physical environment.</summary>
    Fys,
    /// <summary>Voorzieningen: amenities.</summary>
    Vrz,
    /// <summary>Sociale samenhang: social cohesion.</summary>
    Soc,
    /// <summary>Overlast en onveiligheid: nuisance and unsafety.</summary>
    Onv,
}

/// <summary>Names of the dimensions in code, Dutch and English.</summary>
public static class Dimensions
{
    /// <summary>All five, in the official order won, fys, vrz, soc, onv.</summary>
    public static readonly IReadOnlyList<Dimension> All = [Dimension.Won, Dimension.Fys, Dimension.Vrz, Dimension.Soc, Dimension.Onv];

    /// <summary>The five short codes in official order: "won", "fys", "vrz", "soc", "onv".</summary>
    public static readonly IReadOnlyList<string> Codes = ["won", "fys", "vrz", "soc", "onv"];

    /// <summary>afw followed by the five dimension codes: the parts of a score that tables and cards list.</summary>
    public static readonly IReadOnlyList<string> ScoreParts = ["afw", "won", "fys", "vrz", "soc", "onv"];

    /// <summary>The short code ("won").</summary>
    public static string Code(this Dimension d) => d.ToString().ToLowerInvariant();

    /// <summary>The official Dutch name.</summary>
    public static string DutchName(this Dimension d) => d switch
    {
        Dimension.Won => "Woningvoorraad",
        Dimension.Fys => "Fysieke omgeving",
        Dimension.Vrz => "Voorzieningen",
        Dimension.Soc => "Sociale samenhang",
        _ => "Overlast en onveiligheid",
    };

    /// <summary>The English name.</summary>
    public static string EnglishName(this Dimension d) => d switch
    {
        Dimension.Won => "Housing stock",
        Dimension.Fys => "Physical environment",
        Dimension.Vrz => "Amenities",
        Dimension.Soc => "Social cohesion",
        _ => "Nuisance and unsafety",
    };

    /// <summary>Parses a code such as "vrz"; null when unknown.</summary>
    public static Dimension? TryParse(string? code) => code?.Trim().ToLowerInvariant() switch
    {
        "won" => Dimension.Won, "fys" => Dimension.Fys, "vrz" => Dimension.Vrz, "soc" => Dimension.Soc, "onv" => Dimension.Onv,
        _ => null,
    };
}
