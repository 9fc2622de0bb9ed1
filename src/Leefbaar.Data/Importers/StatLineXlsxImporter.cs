using System.Globalization;
using ExcelDataReader;
using Leefbaar.Core.Areas;
using Leefbaar.Data.Catalogue;
using Leefbaar.Data.Import;
using Leefbaar.Data.Manifest;
using Leefbaar.Data.StatLine;

namespace Leefbaar.Data.Importers;

/// <summary>
/// Reads a CBS StatLine TypedDataSet saved as an Excel sheet (.xlsx): a header row of typed names
/// ("Codering_3", "Perioden", "Eenzaam_28", …), then one row per area — the shape of RIVM's 50090NED
/// "Gezondheid per wijk en buurt" as projects save it. The code column is "Codering_3", "WijkenEnBuurten" or
/// "RegioS" (or option "code"); "Perioden" ("2020JJ00") gives the year, else the manifest. Every other column
/// whose cells are numbers becomes an indicator, named like the OData importer does (option "prefix" before it);
/// text columns and those in option "skip" are ignored; '.' and empty cells are missing; the "Land" row (NL01) is
/// skipped. The first sheet is read.
/// </summary>
public sealed class StatLineXlsxImporter : IImporter
{
    /// <summary>Larger workbooks are refused before they are unpacked (the 50090NED sheet is 4 MB).</summary>
    public const long MaxFileBytes = 200L * 1024 * 1024;

    /// <summary>Bounds on the unpacked sheet, so a small zip that inflates to a huge sheet stops early (a zip bomb).</summary>
    public const int MaxRows = 1_000_000, MaxColumns = 2_000;

    private static readonly string[] CodeNames = ["Codering_3", "WijkenEnBuurten", "RegioS"];

    /// <inheritdoc/>
    public string Format => "statline-xlsx";

    /// <inheritdoc/>
    public void Read(string path, ManifestEntry entry, ImportBatch batch)
    {
        if (new FileInfo(path).Length > MaxFileBytes)
            throw new ImportException(path, $"a workbook of at most {MaxFileBytes / (1024 * 1024)} MB", found: $"{new FileInfo(path).Length / (1024 * 1024)} MB");
        var rows = ReadSheet(path);
        if (rows.Count < 2) throw new ImportException(path, "a header row and at least one data row", line: rows.Count, found: $"{rows.Count} rows");
        var header = rows[0].Select(h => h?.Trim() ?? "").ToArray();
        var codeName = entry.Option("code") ?? CodeNames.FirstOrDefault(n => header.Contains(n))
            ?? throw new ImportException(path, $"an area-code column ({string.Join(", ", CodeNames)} or option \"code\")", line: 1, found: string.Join(",", header.Take(8)));
        var codeCol = Array.IndexOf(header, codeName);
        if (codeCol < 0) throw new ImportException(path, $"a column '{codeName}'", line: 1, field: codeName, found: string.Join(",", header.Take(8)));
        var periodCol = Array.IndexOf(header, "Perioden");
        var skip = (entry.Option("skip") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var prefix = entry.Option("prefix") ?? "";
        var source = entry.Source ?? entry.Id;
        var measures = Enumerable.Range(0, header.Length)
            .Where(i => i != codeCol && i != periodCol && header[i].Length > 0 && header[i] != "ID" && !skip.Contains(header[i]))
            .Where(i => rows.Skip(1).Take(100).Any(r => IsNumber(Cell(r, i))))
            .Select(i => (Index: i, Indicator: prefix + IndicatorCodes.FromTypedName(header[i]))).ToList();
        if (measures.Count == 0) throw new ImportException(path, "at least one numeric column", line: 1, found: string.Join(",", header.Take(8)));

        var seen = new HashSet<(string, int)>();
        for (var r = 1; r < rows.Count; r++)
        {
            var line = r + 1;
            batch.At(path, line: line);
            var text = Cell(rows[r], codeCol)?.Trim();
            if (string.IsNullOrEmpty(text) || text.StartsWith("NL", StringComparison.Ordinal)) continue; // the national row
            if (!AreaCode.TryParse(text, out var code))
                throw new ImportException(path, "an area code (BU+8, WK+6, GM+4 or PV20–PV31)", line: line, field: codeName, found: text);
            var year = periodCol >= 0 && Cell(rows[r], periodCol) is { } period
                ? StatLineDocument.ParseYear(period) ?? throw new ImportException(path, "a period such as 2020JJ00", line: line, field: "Perioden", found: period)
                : entry.Year ?? throw new ImportException(path, "a \"Perioden\" column or \"year\" in the manifest", line: line, field: "Perioden");
            if (!seen.Add((code.Value, year)))
                throw new ImportException(path, "one row per area and period", line: line, field: codeName, found: $"{code.Value} {year} (duplicate)");
            var division = entry.Division ?? year;
            batch.AddArea(new Area(code, division, "", Wijk: code.Level == AreaLevel.Buurt ? code.ParentByCode() : null, Gemeente: code.GemeenteByCode()));
            foreach (var (index, indicator) in measures)
                batch.Observe(code, division, year, indicator, Cells.Number(Cell(rows[r], index), false, path, line, header[index]), source);
        }
    }

    // Cells come back as double, string or DateTime; numbers are written invariantly so Cells.Number parses them.
    private static List<string?[]> ReadSheet(string path)
    {
        // ExcelDataReader asks for code page 1252 even for .xlsx; .NET ships it behind this provider.
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        try
        {
            using var stream = File.OpenRead(path);
            using var reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
            var rows = new List<string?[]>();
            while (reader.Read())
            {
                if (rows.Count >= MaxRows || reader.FieldCount > MaxColumns)
                    throw new ImportException(path, $"a sheet of at most {MaxRows:N0} rows and {MaxColumns:N0} columns", line: rows.Count + 1,
                        found: $"{reader.FieldCount} columns in row {rows.Count + 1}");
                var row = new string?[reader.FieldCount];
                for (var i = 0; i < row.Length; i++)
                    row[i] = reader.GetValue(i) switch
                    {
                        null => null,
                        double d => d.ToString("R", CultureInfo.InvariantCulture),
                        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                        var o => o.ToString(),
                    };
                rows.Add(row);
            }
            return rows;
        }
        catch (Exception e) when (e is not ImportException and not OutOfMemoryException)
        {
            throw new ImportException(path, "an Excel 2007+ workbook (.xlsx)", found: e.GetType().Name, inner: e,
                hint: "save the sheet again as .xlsx, or export it as CSV and use the indicator-csv format");
        }
    }

    private static string? Cell(string?[] row, int i) => i < row.Length ? row[i] : null;

    private static bool IsNumber(string? text) =>
        !Cells.IsMissing(text) && double.TryParse(text!.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out _);
}
