using System.Globalization;
using System.Text;
using Leefbaar.Core.Text;

namespace Leefbaar.App.Export;

/// <summary>
/// Writes score rows as CSV with the <see cref="ScoreExportRow.Columns"/> header, optionally followed by extra
/// columns of the caller (a drawn area's buurten). Standard: RFC 4180 (',' and decimal point). For Dutch Excel:
/// ';' and decimal comma, with a UTF-8 byte order mark so Excel reads names such as Súdwest-Fryslân correctly.
/// Synthetic data gets a leading comment line saying so.
/// </summary>
public static class ScoreCsvWriter
{
    /// <summary>The header line (without line break) with <paramref name="extraColumns"/> appended.</summary>
    public static string Header(IReadOnlyList<string>? extraColumns = null, char separator = ',') =>
        string.Join(separator, ScoreExportRow.Columns.Concat(extraColumns ?? []));

    /// <summary>The CSV text; <paramref name="extra"/> gives each row's values of <paramref name="extraColumns"/>.</summary>
    public static string Write(IEnumerable<ScoreExportRow> rows, bool dutchExcel = false, string? demoNotice = null,
        IReadOnlyList<string>? extraColumns = null, Func<ScoreExportRow, IEnumerable<object?>>? extra = null)
    {
        var separator = dutchExcel ? ';' : ',';
        var sb = new StringBuilder();
        if (dutchExcel) sb.Append('\uFEFF');
        if (demoNotice is not null) sb.Append("# ").Append(demoNotice.ReplaceLineEndings(" ")).Append('\n');
        sb.Append(Header(extraColumns, separator)).Append('\n');
        foreach (var row in rows)
        {
            var values = extra is null ? row.Values() : row.Values().Concat(extra(row));
            sb.AppendJoin(separator, values.Select(v => CsvField.Escape(Format(v, dutchExcel), separator))).Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>One value as text: invariant round-trip numbers (decimal comma for Dutch Excel), empty for null or NaN.</summary>
    public static string? Format(object? value, bool dutchExcel = false) => value switch
    {
        null => null,
        double d when !double.IsFinite(d) => null,
        double d => dutchExcel ? d.ToString("R", CultureInfo.InvariantCulture).Replace('.', ',') : d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
