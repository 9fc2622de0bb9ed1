using System.Globalization;

namespace Leefbaar.Data.Import;

/// <summary>
/// Numbers from dbf fields of CBS shapefiles. CBS marks suppressed or unavailable values with large negative
/// sentinels (-99997 geheim, -99998, -99999 in the 100 m grid; -99999999 and -99999997 in the wijk- en buurtkaart)
/// and with the text 'geheim': all of them are missing, never zero. Small negatives (population change) are real.
/// </summary>
public static class DbfValues
{
    /// <summary>Values at or below this are CBS sentinels.</summary>
    public const double SentinelLimit = -99990;

    /// <summary>The number, or null when missing or a sentinel; an <see cref="ImportException"/> for text that is no number.</summary>
    public static double? Number(object? value, string file, long feature, string field)
    {
        double v;
        switch (value)
        {
            case null or DBNull:
                return null;
            case string s:
                if (Cells.IsMissing(s)) return null;
                if (!double.TryParse(s.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out v))
                    throw new ImportException(file, "a number (or 'geheim' for suppressed)", feature: feature, field: field, found: s.Trim());
                break;
            case IConvertible c:
                v = c.ToDouble(CultureInfo.InvariantCulture);
                break;
            default:
                throw new ImportException(file, "a number", feature: feature, field: field, found: value.ToString());
        }
        if (!double.IsFinite(v)) throw new ImportException(file, "a finite number", feature: feature, field: field, found: v.ToString(CultureInfo.InvariantCulture));
        return v <= SentinelLimit ? null : v;
    }

    /// <summary>A text value, trimmed, or null when empty.</summary>
    public static string? Text(object? value) => value?.ToString()?.Trim() is { Length: > 0 } t ? t : null;
}
