using System.Globalization;
using Leefbaar.Core.Errors;

namespace Leefbaar.App.WhatIf;

/// <summary>
/// One requested change of an indicator: an absolute value ("0.5"), a relative one ("-20%") or the value of another
/// area ("as:BU03630000"). Parsed from the CLI's <c>--set indicator=change</c>.
/// </summary>
public sealed record WhatIfChange(string Indicator, double? Absolute = null, double? RelativePercent = null, string? AsArea = null)
{
    /// <summary>Parses "indicator=value", "indicator=-20%" or "indicator=as:CODE"; errors name the text.</summary>
    public static WhatIfChange Parse(string text)
    {
        var eq = text.IndexOf('=');
        if (eq <= 0 || eq == text.Length - 1)
            throw new InvalidInputException($"--set '{text}': expected indicator=value, indicator=-20% or indicator=as:BU########.");
        var (indicator, change) = (text[..eq].Trim(), text[(eq + 1)..].Trim());
        if (change.StartsWith("as:", StringComparison.OrdinalIgnoreCase)) return new WhatIfChange(indicator, AsArea: change[3..].Trim().ToUpperInvariant());
        if (change.EndsWith('%') && double.TryParse(change[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var pct))
            return new WhatIfChange(indicator, RelativePercent: pct);
        if (double.TryParse(change, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v))
            return new WhatIfChange(indicator, Absolute: v);
        throw new InvalidInputException($"--set '{text}': '{change}' is not a number, a percentage (-20%) or as:CODE.");
    }

    /// <summary>The new value given the current one and a lookup of another area's value.</summary>
    public double Apply(double current, Func<string, double> valueOf) =>
        Absolute ?? (RelativePercent is { } p ? current * (1 + p / 100) : valueOf(AsArea!));

    /// <inheritdoc />
    public override string ToString() => Absolute is { } a ? $"{Indicator} = {a.ToString(CultureInfo.InvariantCulture)}"
        : RelativePercent is { } p ? $"{Indicator} {(p >= 0 ? "+" : "")}{p.ToString(CultureInfo.InvariantCulture)} %"
        : $"{Indicator} as in {AsArea}";
}
