using System.Globalization;

namespace Leefbaar.Data.Import;

/// <summary>
/// Strict parsing of the cell values found in Dutch open data: '.', 'NA', '', '-', 'x' and 'geheim' mean missing ('NaN' and 'Infinity' are refused, never turned into missing)
/// (CBS uses '.' for unknown and 'geheim' or -99997 for suppressed — suppressed is missing, never zero);
/// a decimal comma is accepted when the file is ';'-separated.
/// </summary>
public static class Cells
{
    private static readonly HashSet<string> Missing = new(StringComparer.OrdinalIgnoreCase) { "", ".", "NA", "N/A", "-", "x", "geheim", "null", "?" };

    /// <summary>True when the text stands for a missing value.</summary>
    public static bool IsMissing(string? text) => text is null || Missing.Contains(text.Trim());

    /// <summary>Parses a number or returns null for missing; throws an <see cref="ImportException"/> for anything else.</summary>
    public static double? Number(string? text, bool decimalComma, string file, long line, string field)
    {
        if (IsMissing(text)) return null;
        var t = text!.Trim();
        if (decimalComma && t.Contains(',')) t = t.Replace(".", "").Replace(',', '.');
        if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
        {
            if (!double.IsFinite(v))
                throw new ImportException(file, "a finite number", line: line, field: field, found: text, hint: "NaN, Infinity and numbers beyond ±1.8e308 are no measurements; write NA or leave the cell empty for missing");
            return v is -99997 or -99995 or -99999999 ? null : v; // CBS suppression sentinels in the grid files
        }
        throw new ImportException(file, "a number (or '.', 'NA', 'geheim' for missing)", line: line, field: field, found: text);
    }

    /// <summary>Cell i of a record, or null when the record is short.</summary>
    public static string? At(string[] cells, int i) => i >= 0 && i < cells.Length ? cells[i] : null;
}
