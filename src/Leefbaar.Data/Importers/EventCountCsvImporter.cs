using Leefbaar.Core.Errors;
using System.Globalization;
using Leefbaar.Core.Areas;
using Leefbaar.Data.Catalogue;
using Leefbaar.Data.Import;
using Leefbaar.Data.Manifest;

namespace Leefbaar.Data.Importers;

/// <summary>
/// Turns a CSV of dated events per area (e.g. burglaries per PC4 with a date) into yearly counts: indicator option
/// "indicator" per area and calendar year, and with option "category" one more count per category value
/// (indicator_snake(value)). Options "code" and "date" name the columns; "dateFormat" defaults to dd-MM-yyyy.
/// The year of each count is the event's year; for PC4 (no CBS division) that year is also the division.
/// </summary>
public sealed class EventCountCsvImporter : IImporter
{
    /// <inheritdoc/>
    public string Format => "event-count-csv";

    /// <inheritdoc/>
    public void Read(string path, ManifestEntry entry, ImportBatch batch)
    {
        var indicator = entry.Option("indicator") ?? throw new UnusableDataException($"Manifest entry '{entry.Id}' needs option \"indicator\".");
        var format = entry.Option("dateFormat") ?? "dd-MM-yyyy";
        var source = entry.Source ?? entry.Id;
        AreaLevel? level = entry.Level is null ? null : AreaLevels.Parse(entry.Level);
        using var table = DelimitedTable.Open(path);
        var codeCol = table.Require(entry.Option("code") ?? "code");
        var dateCol = table.Require(entry.Option("date") ?? "date");
        var categoryCol = entry.Option("category") is { } c ? table.Require(c) : -1;
        var counts = new Dictionary<(AreaCode Code, int Year, string Indicator), int>();
        while (table.Read(out var cells, out var line))
        {
            var text = Cells.At(cells, codeCol);
            if (!AreaCode.TryParse(text, out var code) || (level is not null && code.Level != level))
                throw new ImportException(path, $"an area code{(level is null ? "" : " of level " + level.Value.Name())}", line: line, field: table.Header[codeCol], found: text ?? "(missing)");
            var dateText = Cells.At(cells, dateCol)?.Trim();
            if (!DateOnly.TryParseExact(dateText, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                throw new ImportException(path, $"a date as {format}", line: line, field: table.Header[dateCol], found: dateText ?? "(missing)");
            Count(counts, (code, date.Year, indicator));
            if (categoryCol >= 0 && Cells.At(cells, categoryCol) is { } category && !Cells.IsMissing(category))
                Count(counts, (code, date.Year, indicator + "_" + IndicatorCodes.Snake(category)));
        }
        batch.At(path);
        foreach (var ((code, year, name), n) in counts.OrderBy(k => k.Key.Code.Value, StringComparer.Ordinal).ThenBy(k => k.Key.Year).ThenBy(k => k.Key.Indicator, StringComparer.Ordinal))
        {
            var division = entry.Division ?? year;
            batch.AddArea(new Area(code, division, ""));
            batch.Observe(code, division, year, name, n, source);
        }
    }

    private static void Count(Dictionary<(AreaCode, int, string), int> counts, (AreaCode, int, string) key) =>
        counts[key] = counts.TryGetValue(key, out var n) ? n + 1 : 1;
}
