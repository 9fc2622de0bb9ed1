using System.Text.Json;
using Leefbaar.Core.Areas;

namespace Leefbaar.Data.Import;

/// <summary>Shared helpers for JSON-based importers: parse with line-numbered errors, read typed members strictly.</summary>
public static class JsonFiles
{
    /// <summary>Nesting limit: GeoJSON MultiPolygons need 8 levels; a deeper document is refused quickly instead of recursing.</summary>
    public const int MaxDepth = 64;

    /// <summary>Largest JSON file parsed into memory at once.</summary>
    public const long MaxJsonBytes = 1L << 30;

    /// <summary>
    /// Parses a JSON file; a syntax error or truncation becomes an <see cref="ImportException"/> with its line.
    /// <paramref name="latin1"/>: the file is ISO-8859-1 (some older open-data exports), transcoded to UTF-8 first.
    /// </summary>
    public static JsonDocument Parse(string file, bool latin1 = false)
    {
        Manifest.DataPaths.EnsureReadable(file);
        if (new FileInfo(file).Length > MaxJsonBytes)
            throw new ImportException(file, $"a JSON file of at most {MaxJsonBytes >> 20} MiB", found: $"{new FileInfo(file).Length} bytes", hint: "split the file into pages (a glob in the manifest)");
        var bytes = File.ReadAllBytes(file);
        if (latin1) bytes = System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.Latin1.GetString(bytes));
        return Parse(bytes, file);
    }

    /// <summary>Parses JSON bytes received from elsewhere (an upload); <paramref name="source"/> names them in errors.</summary>
    public static JsonDocument Parse(byte[] bytes, string source)
    {
        var file = source;
        // JsonDocument checks UTF-8 only when a string is read, deep inside an importer; check it once here.
        if (!System.Text.Unicode.Utf8.IsValid(bytes))
            throw new ImportException(file, "UTF-8 text", found: "(invalid UTF-8 bytes)", hint: "re-save the file as UTF-8");
        try
        {
            return JsonDocument.Parse(bytes, new JsonDocumentOptions { AllowTrailingCommas = true, MaxDepth = MaxDepth });
        }
        catch (JsonException e)
        {
            throw new ImportException(file, "complete, valid JSON", line: (e.LineNumber ?? 0) + 1, found: e.Message.Split('.')[0], inner: e);
        }
    }

    /// <summary>A number member; null when absent or JSON null; an error when it is anything else.</summary>
    public static double? Number(JsonElement obj, string name, string file, long feature)
    {
        if (obj.ValueKind != JsonValueKind.Object || !obj.TryGetProperty(name, out var v)) return null;
        double? value = v.ValueKind switch
        {
            JsonValueKind.Number => v.TryGetDouble(out var n) ? n : double.PositiveInfinity, // false only beyond ±1.8e308
            JsonValueKind.Null => null,
            JsonValueKind.String when string.IsNullOrWhiteSpace(v.GetString()) || v.GetString() is "NA" or "." => null,
            JsonValueKind.String when double.TryParse(v.GetString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d) => d,
            _ => throw new ImportException(file, "a number or null", feature: feature, field: name, found: v.ToString()),
        };
        if (value is { } x && !double.IsFinite(x))
            throw new ImportException(file, "a finite number", feature: feature, field: name, found: v.ToString(), hint: "NaN, Infinity and numbers beyond ±1.8e308 are no measurements; write null for missing");
        return value;
    }

    /// <summary>A string member or null.</summary>
    public static string? Text(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v.ToString() : null;

    /// <summary>A required area code member, validated.</summary>
    public static AreaCode Code(JsonElement obj, string name, string file, long feature)
    {
        var text = Text(obj, name);
        if (text is null) throw new ImportException(file, "an area code", feature: feature, field: name, found: "(missing)");
        return AreaCode.TryParse(text, out var code)
            ? code
            : throw new ImportException(file, "an area code (BU+8 digits, WK+6, GM+4, PV20–PV31, PC4 or E####N####)", feature: feature, field: name, found: text);
    }
}
