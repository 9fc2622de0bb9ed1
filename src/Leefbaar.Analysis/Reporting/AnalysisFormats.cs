using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Leefbaar.Analysis.Reporting;

/// <summary>CSV (primary table, RFC 4180, invariant numbers) and JSON (meta plus every table as an array of objects).</summary>
public static class AnalysisFormats
{
    /// <summary>The primary table as CSV.</summary>
    public static string Csv(AnalysisResult r)
    {
        var t = r.Tables[0];
        var sb = new StringBuilder();
        sb.AppendLine(string.Join(",", t.Columns.Select(Escape)));
        foreach (var row in t.Rows) sb.AppendLine(string.Join(",", row.Select(c => Escape(Cell(c)))));
        return sb.ToString();
    }

    /// <summary>The whole result as an indented JSON document.</summary>
    public static string Json(AnalysisResult r) => JsonSerializer.Serialize(ToJsonObject(r), new JsonSerializerOptions { WriteIndented = true, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals });

    /// <summary>The result as a plain object tree (for the API's JSON serialiser).</summary>
    public static Dictionary<string, object?> ToJsonObject(AnalysisResult r)
    {
        var o = new Dictionary<string, object?> { ["statistic"] = r.Statistic, ["description"] = r.Description };
        foreach (var (k, v) in r.Meta) o[k] = Clean(v);
        foreach (var t in r.Tables)
            o[t.Name] = t.Rows.Select(row => t.Columns.Select((c, i) => (c, v: Clean(row[i]))).ToDictionary(x => x.c, x => x.v)).ToList();
        return o;
    }

    /// <summary>Text of a cell: numbers in invariant culture with up to 10 significant digits.</summary>
    public static string Cell(object? c) => c switch
    {
        null => "",
        double d when double.IsNaN(d) => "",
        double d => d.ToString("G10", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => c.ToString() ?? "",
    };

    // NaN is not JSON: missing numbers become null.
    private static object? Clean(object? v) => v is double d && (double.IsNaN(d) || double.IsInfinity(d)) ? null : v;

    private static string Escape(string s) => Leefbaar.Core.Text.CsvField.Escape(s);
}
