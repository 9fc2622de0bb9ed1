namespace Leefbaar.Cli.Commands;

/// <summary>RFC 4180 quoting for CSV output.</summary>
public static class CsvText
{
    /// <summary>Quotes a field when it holds a comma, quote or line break.</summary>
    public static string Escape(string? s) =>
        s is null ? "" : s.IndexOfAny([',', '"', '\n', '\r']) < 0 ? s : "\"" + s.Replace("\"", "\"\"") + "\"";
}
