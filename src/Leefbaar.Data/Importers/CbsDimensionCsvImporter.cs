using Leefbaar.Core.Areas;
using Leefbaar.Data.Import;
using Leefbaar.Data.Manifest;

namespace Leefbaar.Data.Importers;

/// <summary>
/// Reads a CBS OData area dimension table saved as CSV (Key, Title, Description, Municipality, …; e.g. the
/// WijkenEnBuurten dimension of 47018NED): one area per Key, named by Title, its level from the code's shape, its
/// gemeente from Municipality (else from the code) and a buurt's wijk from its code. CBS's placeholder
/// "onbekend" codes (all digits zero: GM0000, WK000000, BU00000000) are no areas and are skipped.
/// </summary>
public sealed class CbsDimensionCsvImporter : IImporter
{
    /// <inheritdoc/>
    public string Format => "cbs-dimension-csv";

    /// <inheritdoc/>
    public void Read(string path, ManifestEntry entry, ImportBatch batch)
    {
        var division = entry.DivisionOrYear();
        using var table = DelimitedTable.Open(path);
        var keyCol = table.Require(entry.Option("code") ?? "Key");
        var titleCol = table.Require(entry.Option("name") ?? "Title");
        var gmCol = table.IndexOf("Municipality", "Gemeente");
        var seen = new HashSet<AreaCode>();
        while (table.Read(out var cells, out var line))
        {
            if (cells.Length < table.Header.Count)
                throw new ImportException(path, $"{table.Header.Count} cells as in the header (a complete line)", line: line, field: table.Header[cells.Length], found: $"{cells.Length} cells");
            var text = Cells.At(cells, keyCol);
            if (!AreaCode.TryParse(text, out var code))
                throw new ImportException(path, "an area code (BU+8, WK+6, GM+4, PV20–PV31 or NL00)", line: line, field: table.Header[keyCol], found: text);
            if (code.Value.Skip(2).All(ch => ch == '0') && code.Level != AreaLevel.Land) continue;
            if (!seen.Add(code))
                throw new ImportException(path, "one row per area code", line: line, field: table.Header[keyCol], found: $"{code.Value} (duplicate key)");
            AreaCode? gemeente = code.GemeenteByCode();
            if (gmCol >= 0 && !string.IsNullOrWhiteSpace(Cells.At(cells, gmCol)))
            {
                var gmText = Cells.At(cells, gmCol);
                if (!AreaCode.TryParse(gmText, out var gm) || gm.Level != AreaLevel.Gemeente)
                    throw new ImportException(path, "a GM code or nothing", line: line, field: table.Header[gmCol], found: gmText);
                if (code.Level != AreaLevel.Gemeente) gemeente = gm;
            }
            batch.AddArea(new Area(code, division, Cells.At(cells, titleCol)?.Trim() ?? "", Wijk: code.Level == AreaLevel.Buurt ? code.ParentByCode() : null, Gemeente: gemeente));
        }
    }
}
