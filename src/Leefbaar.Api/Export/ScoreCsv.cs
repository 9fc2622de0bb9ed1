using System.Globalization;
using System.Text;
using Leefbaar.Api.Contracts;

namespace Leefbaar.Api.Export;

/// <summary>
/// Writes a score page as CSV, one row per area; a demo store gets a leading comment line saying so. Standard: RFC
/// 4180 (',' and decimal point). For Dutch Excel: ';' and decimal comma, with a UTF-8 byte order mark so Excel
/// reads names such as Súdwest-Fryslân correctly.
/// </summary>
public static class ScoreCsv
{
    private static readonly string[] Columns =
        ["code", "name", "gemeente", "source", "release", "year", "afw", "won", "fys", "vrz", "soc", "onv", "lbm",
         "kscore", "kafw", "kwon", "kfys", "kvrz", "ksoc", "konv", "label_nl", "label_en", "reliable"];

    /// <summary>The CSV text; <paramref name="dutchExcel"/> for the ';' and decimal-comma variant.</summary>
    public static string Write(ScorePage page, bool dutchExcel = false)
    {
        var separator = dutchExcel ? ';' : ',';
        var sb = new StringBuilder();
        if (dutchExcel) sb.Append('\uFEFF');
        if (page.Demo) sb.Append("# ").Append(page.Notice).Append('\n');
        sb.AppendJoin(separator, Columns).Append('\n');
        string? N(double? v)
        {
            var text = v?.ToString("R", CultureInfo.InvariantCulture);
            return dutchExcel ? text?.Replace('.', ',') : text;
        }
        foreach (var row in page.Items)
        {
            var s = row.Score;
            var c = s.Classes;
            string?[] fields =
            [
                row.Code, row.Name, row.Gemeente, s.Source, s.Release, I(s.Year), N(s.Afw), N(s.Won), N(s.Fys), N(s.Vrz), N(s.Soc), N(s.Onv), N(s.Lbm),
                I(c.Total), I(c.Afw), I(c.Won), I(c.Fys), I(c.Vrz), I(c.Soc), I(c.Onv), s.Label?.Nl, s.Label?.En,
                s.Reliable is { } r ? (r ? "true" : "false") : null,
            ];
            sb.AppendJoin(separator, fields.Select(f => Escape(f, separator))).Append('\n');
        }
        return sb.ToString();
    }

    private static string? I(int? v) => v?.ToString(CultureInfo.InvariantCulture);

    private static string Escape(string? s, char separator) =>
        s is null ? "" : s.IndexOfAny([separator, '"', '\n', '\r']) < 0 ? s : "\"" + s.Replace("\"", "\"\"") + "\"";
}
