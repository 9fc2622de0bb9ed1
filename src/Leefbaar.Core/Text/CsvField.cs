namespace Leefbaar.Core.Text;

/// <summary>RFC 4180 quoting of one CSV field: the one escaping rule every CSV writer of Leefbaar uses.</summary>
public static class CsvField
{
    /// <summary>The field as written: quoted (inner quotes doubled) when it holds the separator, a quote or a line break.</summary>
    public static string Escape(string? value, char separator = ',')
    {
        if (string.IsNullOrEmpty(value)) return "";
        foreach (var c in value)
            if (c == separator || c is '"' or '\n' or '\r') return "\"" + value.Replace("\"", "\"\"") + "\"";
        return value;
    }
}
