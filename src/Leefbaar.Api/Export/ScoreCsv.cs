using System.Globalization;
using System.Text;
using Leefbaar.Api.Contracts;

namespace Leefbaar.Api.Export;

/// <summary>Writes a score page as RFC 4180 CSV, one row per area; a demo store gets a leading comment line saying so.</summary>
public static class ScoreCsv
{
    private const string Header = "code,name,gemeente,source,release,year,afw,won,fys,vrz,soc,onv,lbm,kscore,kafw,kwon,kfys,kvrz,ksoc,konv,label_nl,label_en,reliable";

    /// <summary>The CSV text.</summary>
    public static string Write(ScorePage page)
    {
        var sb = new StringBuilder();
        if (page.Demo) sb.Append("# ").Append(page.Notice).Append('\n');
        sb.Append(Header).Append('\n');
        foreach (var row in page.Items)
        {
            var s = row.Score;
            var c = s.Classes;
            string?[] fields =
            [
                row.Code, row.Name, row.Gemeente, s.Source, s.Release, N(s.Year), N(s.Afw), N(s.Won), N(s.Fys), N(s.Vrz), N(s.Soc), N(s.Onv), N(s.Lbm),
                N(c.Total), N(c.Afw), N(c.Won), N(c.Fys), N(c.Vrz), N(c.Soc), N(c.Onv), s.Label?.Nl, s.Label?.En,
                s.Reliable is { } r ? (r ? "true" : "false") : null,
            ];
            sb.AppendJoin(',', fields.Select(Escape)).Append('\n');
        }
        return sb.ToString();
    }

    private static string? N(double? v) => v?.ToString("R", CultureInfo.InvariantCulture);
    private static string? N(int? v) => v?.ToString(CultureInfo.InvariantCulture);

    private static string Escape(string? s) =>
        s is null ? "" : s.IndexOfAny([',', '"', '\n', '\r']) < 0 ? s : "\"" + s.Replace("\"", "\"\"") + "\"";
}
