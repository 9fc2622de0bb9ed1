using System.Globalization;
using Leefbaar.Core.Areas;
using Leefbaar.Data.Catalogue;
using Leefbaar.Data.Import;
using Leefbaar.Data.Manifest;

namespace Leefbaar.Data.Importers;

/// <summary>
/// Reads a wide CSV with one area-code column and numeric columns, one indicator per column (CBS OData-style CSVs
/// such as 85217NED land use, the PC4 environment tables). Options: "code" (the code column, else the first
/// column of area codes), "name", "prefix" (before each derived code), "decimalComma" ("true"/"false"; default: ';'
/// files), "skip" (columns to ignore, comma-separated) and "flag" (a column whose value v becomes indicator
/// prefix+v = 1, for membership lists such as G4/G40). With "level": "pc4", codes written as numbers ("1609.000")
/// are accepted. A column is numeric when any of its first 100 values is a number; then every value must be.
/// </summary>
public sealed class IndicatorCsvImporter : IImporter
{
    private const int Sample = 100;

    /// <inheritdoc/>
    public string Format => "indicator-csv";

    /// <inheritdoc/>
    public void Read(string path, ManifestEntry entry, ImportBatch batch)
    {
        var year = entry.RequireYear();
        var division = entry.DivisionOrYear();
        var source = entry.Source ?? entry.Id;
        var prefix = entry.Option("prefix") ?? "";
        AreaLevel? level = entry.Level is null ? null : AreaLevels.Parse(entry.Level);
        using var table = DelimitedTable.Open(path);
        var decimalComma = entry.Option("decimalComma") is { } dc ? bool.Parse(dc) : table.Delimiter == ";";
        var rows = new List<(long Line, string[] Cells)>();
        while (table.Read(out var cells, out var line)) rows.Add((line, cells));

        var codeCol = entry.Option("code") is { } codeName ? table.Require(codeName) : FindCodeColumn(table, rows, level);
        var nameCol = entry.Option("name") is { } nameName ? table.Require(nameName) : -1;
        var flagCol = entry.Option("flag") is { } flagName ? table.Require(flagName) : -1;
        var skip = (entry.Option("skip") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => table.Require(s)).ToHashSet();
        var measures = Enumerable.Range(0, table.Header.Count)
            .Where(i => i != codeCol && i != nameCol && i != flagCol && !skip.Contains(i))
            .Where(i => rows.Take(Sample).Any(r => IsNumber(Cells.At(r.Cells, i), decimalComma)))
            .Select(i => (Index: i, Indicator: IndicatorFor(table.Header[i], prefix))).ToList();
        if (measures.Count == 0 && flagCol < 0)
            throw new ImportException(path, "at least one numeric column (or option \"flag\")", line: 1, found: string.Join(",", table.Header.Take(8)));

        foreach (var (line, cells) in rows)
        {
            batch.At(path, line: line);
            if (cells.Length < table.Header.Count)
                throw new ImportException(path, $"{table.Header.Count} cells as in the header (a complete line)", line: line, field: table.Header[cells.Length], found: $"{cells.Length} cells");
            var code = ParseCode(Cells.At(cells, codeCol), level) ?? throw new ImportException(path,
                $"an area code{(level is null ? "" : " of level " + level.Value.Name())} (BU+8, WK+6, GM+4, PV20–PV31, NL00 or a 4-digit PC4)", line: line, field: table.Header[codeCol], found: Cells.At(cells, codeCol));
            var name = nameCol >= 0 ? Cells.At(cells, nameCol)?.Trim() ?? "" : "";
            batch.AddArea(new Area(code, division, name, Wijk: code.Level == AreaLevel.Buurt ? code.ParentByCode() : null, Gemeente: code.GemeenteByCode()));
            foreach (var (index, indicator) in measures)
                Observe(batch, code, division, year, indicator, Cells.Number(Cells.At(cells, index), decimalComma, path, line, table.Header[index]), source, path, line, table.Header[codeCol]);
            if (flagCol >= 0 && Cells.At(cells, flagCol) is { } flag && !Cells.IsMissing(flag))
                Observe(batch, code, division, year, prefix + IndicatorCodes.Snake(flag), 1, source, path, line, table.Header[codeCol]);
        }
    }

    private static void Observe(ImportBatch batch, AreaCode code, int division, int year, string indicator, double? value, string source, string path, long line, string codeField)
    {
        if (!BatchKeys.Add(batch, $"{code.Value}|{division}|{year}|{indicator}|{source}"))
            throw new ImportException(path, "one row per area", line: line, field: codeField, found: $"{code.Value} {indicator} (duplicate key)");
        batch.Observe(code, division, year, indicator, value, source);
    }

    // KWB typed names map to catalogue codes; OData-style names ("TotaalBebouwdTerrein_9") are split; others snake-cased.
    private static string IndicatorFor(string header, string prefix) =>
        KwbColumnNames.ByTypedName.TryGetValue(header, out var known) ? known
        : prefix + (header.Any(char.IsUpper) && !header.Contains(' ') ? IndicatorCodes.FromTypedName(header) : IndicatorCodes.Snake(header));

    private static AreaCode? ParseCode(string? text, AreaLevel? level)
    {
        if (AreaCode.TryParse(text, out var code)) return level is null || code.Level == level ? code : null;
        // PC4 written as a floating-point number by a GIS export.
        if (level == AreaLevel.Pc4 && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v == Math.Floor(v) && v is >= 1000 and <= 9999)
            return AreaCode.Parse(((int)v).ToString(CultureInfo.InvariantCulture));
        return null;
    }

    private static int FindCodeColumn(DelimitedTable table, List<(long Line, string[] Cells)> rows, AreaLevel? level)
    {
        for (var i = 0; i < table.Header.Count; i++)
        {
            var sample = rows.Take(Sample).Select(r => Cells.At(r.Cells, i)).Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
            if (sample.Count > 0 && sample.All(v => ParseCode(v, level) is not null)) return i;
        }
        throw new ImportException(table.File, "a column of area codes (or option \"code\")", line: 1, found: string.Join(",", table.Header.Take(8)));
    }

    private static bool IsNumber(string? text, bool decimalComma)
    {
        if (Cells.IsMissing(text)) return false;
        var t = text!.Trim();
        if (decimalComma && t.Contains(',')) t = t.Replace(".", "").Replace(',', '.');
        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
    }
}
