namespace Leefbaar.Core.Areas;

/// <summary>
/// A validated CBS-style area code: BU + 8 (gemeente digits, then digits or, in Amsterdam since 2022, letters), WK + 6, GM + 4, PV20–PV31, NL00, a 4-digit PC4,
/// or a 100 m cell id E####N#### (lower-left corner in hectometres, RD New, as CBS names its squares).
/// The level follows from the shape, so a code can never disagree with its level.
/// </summary>
public readonly record struct AreaCode
{
    /// <summary>The canonical text, upper-case and trimmed.</summary>
    public string Value { get; }

    /// <summary>The level implied by the code's shape.</summary>
    public AreaLevel Level { get; }

    private AreaCode(string value, AreaLevel level) => (Value, Level) = (value, level);

    /// <summary>Parses a code, trimming the space padding StatLine adds; throws with the expected forms.</summary>
    public static AreaCode Parse(string? text) => TryParse(text, out var code)
        ? code
        : throw new FormatException($"'{text}' is not an area code; expected BU+8 digits, WK+6, GM+4, PV20–PV31, NL00, a 4-digit PC4 or E####N####.");

    /// <summary>Tries to parse a code; see <see cref="Parse"/>.</summary>
    public static bool TryParse(string? text, out AreaCode code)
    {
        code = default;
        if (text is null) return false;
        var s = text.Trim().ToUpperInvariant();
        AreaLevel? level = s.Length switch
        {
            10 when s.StartsWith("BU") && AllDigits(s[..6], 2) && AllAlphanumeric(s, 6) => AreaLevel.Buurt,
            8 when s.StartsWith("WK") && AllDigits(s[..6], 2) && AllAlphanumeric(s, 6) => AreaLevel.Wijk,
            6 when s.StartsWith("GM") && AllDigits(s, 2) => AreaLevel.Gemeente,
            4 when s.StartsWith("PV") && AllDigits(s, 2) && int.Parse(s.AsSpan(2)) is >= 20 and <= 31 => AreaLevel.Provincie,
            4 when s == "NL00" => AreaLevel.Land,
            4 when AllDigits(s, 0) && s[0] != '0' => AreaLevel.Pc4,
            10 when s[0] == 'E' && s[5] == 'N' && AllDigits(s.Substring(1, 4), 0) && AllDigits(s, 6) => AreaLevel.Cell,
            _ => null,
        };
        if (level is null) return false;
        code = new AreaCode(s, level.Value);
        return true;
    }

    /// <summary>The cell containing an RD New point (metres).</summary>
    public static AreaCode ForCell(double x, double y)
    {
        var ex = (int)Math.Floor(x / 100.0);
        var ny = (int)Math.Floor(y / 100.0);
        return Parse($"E{ex:0000}N{ny:0000}");
    }

    /// <summary>The lower-left corner of a cell in RD New metres; only for <see cref="AreaLevel.Cell"/>.</summary>
    public (double X, double Y) CellOrigin() => Level == AreaLevel.Cell
        ? (int.Parse(Value.AsSpan(1, 4)) * 100.0, int.Parse(Value.AsSpan(6, 4)) * 100.0)
        : throw new InvalidOperationException($"{Value} is not a 100 m cell.");

    /// <summary>For a buurt the wijk it belongs to by code (BU03070100 → WK030701); for a wijk its gemeente.</summary>
    public AreaCode? ParentByCode() => Level switch
    {
        AreaLevel.Buurt => Parse("WK" + Value.Substring(2, 6)),
        AreaLevel.Wijk => Parse("GM" + Value.Substring(2, 4)),
        _ => null,
    };

    /// <summary>The gemeente a buurt or wijk belongs to by code.</summary>
    public AreaCode? GemeenteByCode() => Level is AreaLevel.Buurt or AreaLevel.Wijk ? Parse("GM" + Value.Substring(2, 4)) : null;

    // Amsterdam's codes since 2022 end in letters (WK0363AF, BU0363AF09); the gemeente part is always digits.
    private static bool AllAlphanumeric(string s, int from)
    {
        for (var i = from; i < s.Length; i++) if (s[i] is not ((>= '0' and <= '9') or (>= 'A' and <= 'Z'))) return false;
        return true;
    }

    private static bool AllDigits(string s, int from)
    {
        for (var i = from; i < s.Length; i++) if (s[i] is < '0' or > '9') return false;
        return s.Length > from;
    }

    /// <inheritdoc/>
    public override string ToString() => Value ?? "";
}
