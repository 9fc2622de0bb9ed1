using Leefbaar.Core.Errors;
using Leefbaar.Core.Areas;
using Leefbaar.Core.Scores;
using Leefbaar.Data.Import;
using Leefbaar.Data.Manifest;

namespace Leefbaar.Data.Importers;

/// <summary>
/// Reads Leefbaarometer open-data score CSVs: a code column (bu_code, wk_code, gm_code, PC4 or grid_id), an
/// optional name column, jaar, and lbm, afw, fys, onv, soc, vrz, won ('NA' = missing; dimensions exist from 2014).
/// Other column names can be mapped with the option "columns" ("lbm=leefbarometer_score,fys=…"), and a file
/// without jaar takes the manifest year. afw is derived as lbm − C only when the manifest gives "constant".
/// </summary>
public sealed class LbmCsvImporter : IImporter
{
    private static readonly string[] Parts = ["lbm", "afw", "won", "fys", "vrz", "soc", "onv"];

    /// <inheritdoc/>
    public string Format => "lbm-csv";

    /// <inheritdoc/>
    public int Version => 2; // 2: rows without any score cell no longer write an empty score

    /// <inheritdoc/>
    public void Read(string path, ManifestEntry entry, ImportBatch batch)
    {
        var release = entry.Release ?? throw new UnusableDataException($"Manifest entry '{entry.Id}' needs a \"release\" (scores of two releases are never mixed).");
        var map = ParseColumnMap(entry.Option("columns"));
        if (entry.Option("code") is { } codeOption) map["code"] = codeOption;
        if (entry.Option("name") is { } nameOption) map["name"] = nameOption;
        using var table = DelimitedTable.Open(path);
        var codeCol = table.Require(map.GetValueOrDefault("code") ?? "bu_code", "wk_code", "gm_code", "PC4", "grid_id", "buurt_code", "code");
        var nameCol = table.IndexOf(map.GetValueOrDefault("name") ?? "bu_naam", "wk_naam", "gm_naam", "naam");
        var yearCol = table.IndexOf(map.GetValueOrDefault("jaar") ?? "jaar", "year");
        if (yearCol < 0 && entry.Year is null) table.Require("jaar");
        var cols = Parts.ToDictionary(p => p, p => table.IndexOf(map.GetValueOrDefault(p) ?? p));
        if (cols["lbm"] < 0 && cols["afw"] < 0) table.Require("lbm", "afw");
        double? constant = entry.Option("constant") is { } c ? double.Parse(c, System.Globalization.CultureInfo.InvariantCulture) : null;
        var division = entry.Division;
        var decimalComma = table.Delimiter == ";";
        var seen = new HashSet<(string, int)>();

        while (table.Read(out var cells, out var line))
        {
            batch.At(path, line: line);
            // A short row is a truncated or broken file, not a row of missing values.
            if (cells.Length < table.Header.Count)
                throw new ImportException(path, $"{table.Header.Count} columns as in the header (truncated file?)", line: line, found: $"{cells.Length} columns: {string.Join(table.Delimiter, cells)}");
            var codeText = Cells.At(cells, codeCol);
            if (!AreaCode.TryParse(codeText, out var code))
                throw new ImportException(path, "an area code (BU+8 digits, WK+6, GM+4, 4-digit PC4 or E####N####)", line: line, field: table.Header[codeCol], found: codeText ?? "(missing)");
            var year = entry.Year ?? 0;
            if (yearCol >= 0)
            {
                var y = Cells.Number(Cells.At(cells, yearCol), false, path, line, table.Header[yearCol]);
                year = y is >= 1990 and <= 2100 ? (int)y : throw new ImportException(path, "a measurement year such as 2022", line: line, field: table.Header[yearCol], found: Cells.At(cells, yearCol));
            }
            if (!seen.Add((code.Value, year)))
                throw new ImportException(path, "one row per area and year", line: line, field: table.Header[codeCol], found: $"{code.Value} {year} (duplicate key)");
            double? V(string part) => cols[part] < 0 ? null : Cells.Number(Cells.At(cells, cols[part]), decimalComma, path, line, table.Header[cols[part]]);
            var lbm = V("lbm");
            var afw = V("afw") ?? (lbm is not null && constant is not null ? lbm - constant : null);
            var div = division ?? year;
            var name = nameCol >= 0 ? Cells.At(cells, nameCol)?.Trim() ?? "" : "";
            batch.AddArea(new Area(code, div, name, Wijk: code.Level == AreaLevel.Buurt ? code.ParentByCode() : null, Gemeente: code.GemeenteByCode()));
            var score = new OfficialScore(code, year, release, lbm, afw, V("won"), V("fys"), V("vrz"), V("soc"), V("onv"), ClassTotal: null);
            // A row whose score cells are all missing (buurten the release did not score) keeps its area, not an empty score.
            if (new[] { score.Lbm, score.Afw, score.Won, score.Fys, score.Vrz, score.Soc, score.Onv }.Any(v => v is not null)) batch.AddScore(score);
        }
    }

    private static Dictionary<string, string> ParseColumnMap(string? option)
    {
        var map = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(option)) return map;
        foreach (var pair in option.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var kv = pair.Split('=', 2, StringSplitOptions.TrimEntries);
            if (kv.Length == 2) map[kv[0]] = kv[1];
        }
        return map;
    }
}
