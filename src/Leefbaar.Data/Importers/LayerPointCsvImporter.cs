using System.Globalization;
using Leefbaar.Core.Errors;
using Leefbaar.Core.ReadModels;
using Leefbaar.Data.Import;
using Leefbaar.Data.Manifest;
using Leefbaar.Geo.Projection;
using NetTopologySuite.Geometries;

namespace Leefbaar.Data.Importers;

/// <summary>
/// Reads a CSV of WGS84 points (options "lat", "lon"; default LAT/LON) with an optional measure (option "value",
/// e.g. the KNMI magnitude MAG) and year (option "date" holding yyyyMMdd, e.g. the KNMI YYMMDD column) into map
/// layer option "layer". Every point must lie in the Netherlands — with option "outside" = "skip" points beyond it
/// (KNMI lists German and offshore events) are left out; a bad number names file, line and field.
/// </summary>
public sealed class LayerPointCsvImporter : IImporter
{
    /// <inheritdoc/>
    public string Format => "layer-points-csv";

    /// <inheritdoc/>
    public void Read(string path, ManifestEntry entry, ImportBatch batch)
    {
        var layer = entry.Option("layer") ?? throw new UnusableDataException($"Manifest entry '{entry.Id}' needs option \"layer\".");
        using var table = DelimitedTable.Open(path);
        var latCol = table.Require(entry.Option("lat") ?? "LAT");
        var lonCol = table.Require(entry.Option("lon") ?? "LON");
        var valueCol = entry.Option("value") is { } v ? table.Require(v) : -1;
        var dateCol = entry.Option("date") is { } d ? table.Require(d) : -1;
        var factory = new GeometryFactory(new PrecisionModel(), 4326);
        var skipOutside = entry.Option("outside") == "skip";
        while (table.Read(out var cells, out var line))
        {
            var lat = Required(cells, latCol, table, path, line);
            var lon = Required(cells, lonCol, table, path, line);
            if (!CrsCheck.Degrees.Contains(lon, lat) && skipOutside) continue;
            if (!CrsCheck.Degrees.Contains(lon, lat))
                throw new ImportException(path, "a point inside the Netherlands in WGS84 degrees (lon 3.2…7.3, lat 50.7…53.6)", line: line,
                    field: table.Header[latCol], found: $"{lat}, {lon}", hint: "are LAT and LON swapped, or is the file in RD New?");
            var value = valueCol < 0 ? double.NaN : Cells.Number(Cells.At(cells, valueCol), false, path, line, table.Header[valueCol]) ?? double.NaN;
            int? year = entry.Year;
            if (dateCol >= 0)
            {
                var text = Cells.At(cells, dateCol)?.Trim();
                if (!DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    throw new ImportException(path, "a date as yyyyMMdd", line: line, field: table.Header[dateCol], found: text ?? "(missing)");
                year = date.Year;
            }
            var point = RdReprojector.ToRd(factory.CreatePoint(new Coordinate(lon, lat)), Crs.Wgs84);
            batch.Layers.Add((layer, new LayerFeature(point, value, year)));
        }
        if (batch.Layers.Count == 0) throw new ImportException(path, "at least one point", found: "no rows");
    }

    private static double Required(string[] cells, int column, DelimitedTable table, string path, long line) =>
        Cells.Number(Cells.At(cells, column), false, path, line, table.Header[column])
        ?? throw new ImportException(path, "a coordinate in degrees", line: line, field: table.Header[column], found: "(missing)");
}
