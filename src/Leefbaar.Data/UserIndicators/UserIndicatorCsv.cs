using System.Globalization;
using Leefbaar.Core.Areas;
using Leefbaar.Data.Import;

namespace Leefbaar.Data.UserIndicators;

/// <summary>
/// Reads a gemeente's own indicator values: a CSV with columns <c>area,indicator,value</c> and optionally
/// <c>year</c> (';' files take decimal commas). Every area code must be a BU/WK/GM code of <paramref name="knownAreas"/>,
/// every indicator a key of <paramref name="sources"/> (indicator → its source), every value a number; the first violation is an
/// <see cref="ImportException"/> naming the line and field.
/// </summary>
public static class UserIndicatorCsv
{
    /// <summary>The values as an import batch for the store's one-transaction dataset write.</summary>
    public static ImportBatch Read(string path, IReadOnlyDictionary<string, string> sources, IReadOnlyDictionary<string, int> knownAreas, int defaultYear)
    {
        using var table = DelimitedTable.Open(path);
        var area = table.Require("area", "code");
        var indicator = table.Require("indicator");
        var value = table.Require("value", "waarde");
        var year = table.IndexOf("year", "jaar");
        var decimalComma = table.Delimiter == ";";
        var batch = new ImportBatch();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (table.Read(out var cells, out var line))
        {
            batch.At(path, line: line);
            var codeText = Cells.At(cells, area)?.Trim().ToUpperInvariant();
            if (!AreaCode.TryParse(codeText, out var code) || !knownAreas.TryGetValue(code.Value, out var division))
                throw new ImportException(path, "a buurt, wijk or gemeente code of the store (BU########, WK######, GM####)", line: line, field: table.Header[area], found: codeText);
            var name = Cells.At(cells, indicator)?.Trim() ?? "";
            if (!sources.TryGetValue(name, out var source))
                throw new ImportException(path, $"an indicator of the catalogue file ({string.Join(", ", sources.Keys.Take(5))})", line: line, field: table.Header[indicator], found: name);
            var v = Cells.Number(Cells.At(cells, value), decimalComma, path, line, table.Header[value]);
            if (v is null) continue; // an empty cell is a missing value, not zero
            var y = year < 0 || Cells.IsMissing(Cells.At(cells, year)) ? defaultYear
                : int.TryParse(Cells.At(cells, year), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) && parsed is >= 1990 and <= 2100 ? parsed
                : throw new ImportException(path, "a year from 1990 to 2100", line: line, field: table.Header[year], found: Cells.At(cells, year));
            if (!seen.Add($"{code.Value}|{name}|{y}"))
                throw new ImportException(path, "one value per area, indicator and year", line: line, field: table.Header[area], found: $"{code.Value} {name} {y} (duplicate)");
            batch.Observe(code, division, y, name, v, source);
        }
        if (batch.Observations.Count == 0) throw new ImportException(path, "at least one value row after the header 'area,indicator,value[,year]'", line: 1);
        return batch;
    }
}
