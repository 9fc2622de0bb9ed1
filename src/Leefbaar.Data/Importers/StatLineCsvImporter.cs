using Leefbaar.Core.Areas;
using Leefbaar.Data.Import;
using Leefbaar.Data.Manifest;
using Leefbaar.Data.StatLine;

namespace Leefbaar.Data.Importers;

/// <summary>
/// Reads CBS StatLine CSV exports (KWB 85984NED, regional key figures, income, crime, SES-WOA …) in the variants
/// <see cref="StatLineDocument"/> handles. The area code column is found by its content (or option "code"); a file
/// without codes names its regions, which option "gemeenteNames": "lookup" resolves through option "lookup" (a
/// gemeente code/name file relative to the data folder) and the gemeenten already in the batch. Every measure
/// column becomes an indicator (KWB topics by their catalogue code, others by a snake_case code of the header,
/// option "prefix" before it) with its unit kept; '.' and empty cells are missing. The year comes from a
/// "Perioden" column or header row, a "Perioden: …" title line, or the manifest.
/// </summary>
public sealed class StatLineCsvImporter : IImporter
{
    private static readonly string[] RegionHeaders = ["Wijken en buurten", "Regio's", "Regio", "Gemeenten", "Gemeente"];

    /// <inheritdoc/>
    public string Format => "statline-csv";

    /// <inheritdoc/>
    public void Read(string path, ManifestEntry entry, ImportBatch batch)
    {
        var doc = StatLineDocument.Read(path);
        var cols = doc.Columns;
        var source = entry.Source ?? entry.Id;
        var prefix = entry.Option("prefix") ?? "";
        var periodCol = cols.FirstOrDefault(c => c.Header.Unit is null && c.Header.Topic.Equals("Perioden", StringComparison.OrdinalIgnoreCase))?.Index ?? -1;
        var regionCol = entry.Option("name") is { } nameOption
            ? Require(doc, nameOption, "name")
            : cols.FirstOrDefault(c => RegionHeaders.Any(r => r.Equals(c.Header.Topic, StringComparison.OrdinalIgnoreCase)) && c.Header.Unit is null)?.Index ?? -1;
        var codeCol = entry.Option("code") is { } codeOption ? Require(doc, codeOption, "code") : FindCodeColumn(doc, periodCol);
        GemeenteNameLookup? names = null;
        if (codeCol < 0)
        {
            if (!string.Equals(entry.Option("gemeenteNames"), "lookup", StringComparison.OrdinalIgnoreCase) || regionCol < 0)
                throw new ImportException(path, "a column of area codes (BU/WK/GM/PV/NL00 codes), option \"code\", or option \"gemeenteNames\": \"lookup\" with a region name column",
                    line: doc.HeaderLine, found: string.Join(" | ", cols.Take(6).Select(c => c.Header.Raw.Trim())));
            names = GemeenteNameLookup.ForEntry(path, entry);
        }
        var measures = cols.Where(c => c.Index != codeCol && c.Index != regionCol && c.Index != periodCol && c.Header.IsMeasure)
            .Select(c => (Column: c, Indicator: c.Header.IndicatorCode(prefix))).ToList();
        if (measures.Count == 0) throw new ImportException(path, "at least one measure column (a header with a unit such as \"(aantal)\")", line: doc.HeaderLine, found: string.Join(" | ", cols.Select(c => c.Header.Raw.Trim()).Take(6)));
        foreach (var (c, indicator) in measures)
            if (!string.IsNullOrEmpty(c.Header.Unit)) batch.IndicatorUnits.TryAdd(indicator, c.Header.Unit);
        var titleYear = doc.TitleYear;

        foreach (var row in doc.Rows)
        {
            batch.At(path, line: row.Line);
            int? rowYear = null;
            if (periodCol >= 0)
                rowYear = StatLineDocument.ParseYear(row.Cells[periodCol]) ?? throw new ImportException(path, "a period such as 2024 or 2024*", line: row.Line, field: cols[periodCol].Header.Raw, found: row.Cells[periodCol]);
            var regionName = regionCol >= 0 ? row.Cells[regionCol].Trim() : "";
            AreaCode code;
            if (names is null)
            {
                var text = row.Cells[codeCol];
                if (!AreaCode.TryParse(text, out code))
                    throw new ImportException(path, "an area code (BU+8, WK+6, GM+4, PV20–PV31, NL00 or a PC4)", line: row.Line, field: cols[codeCol].Header.Raw, found: text);
            }
            else
            {
                var division0 = entry.Division ?? rowYear ?? entry.Year ?? titleYear ?? 0;
                if (names.Count == 0 || !names.TryResolve(regionName, out code))
                {
                    names.AddFromBatch(batch, division0);
                    if (!names.TryResolve(regionName, out code))
                    {
                        if (GemeenteNameLookup.IsAggregate(regionName) || measures.All(m => Cells.IsMissing(row.Cells[m.Column.Index]))) continue;
                        throw new ImportException(path, "a gemeente or provincie name known to the lookup (option \"lookup\")", line: row.Line, field: cols[regionCol].Header.Raw, found: regionName);
                    }
                }
            }
            int? division = null;
            foreach (var (c, indicator) in measures)
            {
                var year = rowYear ?? c.Year ?? titleYear ?? entry.Year
                    ?? throw new ImportException(path, "a year: a \"Perioden\" column or header row, or \"year\" in the manifest", line: row.Line, field: c.Header.Raw);
                division ??= entry.Division ?? year;
                if (!BatchKeys.Add(batch, $"{code.Value}|{division}|{year}|{indicator}|{source}"))
                    throw new ImportException(path, "one value per area, period and indicator", line: row.Line, field: cols[names is null ? codeCol : regionCol].Header.Raw, found: $"{code.Value} {year} {indicator} (duplicate key)");
                var value = Cells.Number(row.Cells[c.Index], decimalComma: true, path, row.Line, c.Header.Raw);
                batch.Observe(code, division.Value, year, indicator, value, source);
            }
            var div = division ?? entry.Division ?? entry.Year ?? 0;
            var parentGm = code.GemeenteByCode();
            batch.AddArea(new Area(code, div, regionName, Wijk: code.Level == AreaLevel.Buurt ? code.ParentByCode() : null,
                Gemeente: parentGm, Provincie: code.Level == AreaLevel.Gemeente ? names?.ProvincieOf(code) : null));
        }
    }

    private static int Require(StatLineDocument doc, string header, string option) =>
        doc.Columns.FirstOrDefault(c => c.Header.Raw.Trim().Equals(header, StringComparison.OrdinalIgnoreCase) || c.Header.Topic.Equals(header, StringComparison.OrdinalIgnoreCase))?.Index
        ?? throw new ImportException(doc.File, $"a column '{header}' (option \"{option}\")", line: doc.HeaderLine, found: string.Join(" | ", doc.Columns.Take(6).Select(c => c.Header.Raw.Trim())));

    // The first non-measure column whose first values are all area codes; period-like columns ("2019" looks like a PC4) need "code" in their name.
    private static int FindCodeColumn(StatLineDocument doc, int periodCol)
    {
        foreach (var c in doc.Columns)
        {
            if (c.Index == periodCol || c.Header.IsMeasure) continue;
            var sample = doc.Rows.Take(50).Select(r => r.Cells[c.Index]).Where(v => v.Trim().Length > 0).ToList();
            if (sample.Count == 0) continue;
            var codes = sample.Select(v => AreaCode.TryParse(v, out var a) ? a : (AreaCode?)null).ToList();
            if (codes.Any(a => a is null)) continue;
            if (codes.All(a => a!.Value.Level == AreaLevel.Pc4) && !c.Header.Raw.Contains("code", StringComparison.OrdinalIgnoreCase) && !c.Header.Raw.Contains("postcode", StringComparison.OrdinalIgnoreCase)) continue;
            return c.Index;
        }
        return -1;
    }
}
