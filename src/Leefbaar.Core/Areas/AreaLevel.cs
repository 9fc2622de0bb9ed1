namespace Leefbaar.Core.Areas;

/// <summary>The kinds of area Leefbaar knows, from the 100 m cell up to the whole country.</summary>
public enum AreaLevel
{
    Cell,
    Buurt,
    Wijk,
    Gemeente,
    Pc4,
    Provincie,
    Land,
}

/// <summary>Parsing and naming of <see cref="AreaLevel"/> as used on the command line and in the store.</summary>
public static class AreaLevels
{
    /// <summary>The lower-case name used in files, the CLI and the store ("buurt", "pc4", "cell").</summary>
    public static string Name(this AreaLevel level) => level.ToString().ToLowerInvariant();

    /// <summary>Parses a level name, accepting a few common synonyms ("grid", "neighbourhood").</summary>
    public static bool TryParse(string? text, out AreaLevel level)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "cell" or "grid" or "100m": level = AreaLevel.Cell; return true;
            case "buurt" or "neighbourhood": level = AreaLevel.Buurt; return true;
            case "wijk" or "district": level = AreaLevel.Wijk; return true;
            case "gemeente" or "municipality": level = AreaLevel.Gemeente; return true;
            case "pc4" or "postcode": level = AreaLevel.Pc4; return true;
            case "provincie" or "province": level = AreaLevel.Provincie; return true;
            case "land" or "nederland" or "country": level = AreaLevel.Land; return true;
            default: level = default; return false;
        }
    }

    /// <summary>Parses a level name or throws a message listing the accepted names.</summary>
    public static AreaLevel Parse(string text) => TryParse(text, out var level)
        ? level
        : throw new FormatException($"Unknown area level '{text}'; expected one of cell, buurt, wijk, gemeente, pc4, provincie, land.");
}
