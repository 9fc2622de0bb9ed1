using Leefbaar.Core.Errors;
using Leefbaar.Core.Areas;
using Leefbaar.Data.Import;
using Leefbaar.Data.Manifest;
using Leefbaar.Geo.Grid;
using Leefbaar.Geo.Projection;

namespace Leefbaar.Data.Importers;

/// <summary>
/// Reads the CBS 100 m grid statistics from a zipped shapefile: each record is a cell E####N#### (lower-left
/// corner in hectometres, RD New) whose geometry is stored as the exact 100 m square; the id comes from the
/// C28992R100 field (or option "id") and must agree with where the record's own polygon lies, or is derived from
/// that polygon when the file has no id. Measurements per year become observations (<see cref="CbsGridFields"/>);
/// 'geheim' and the negative sentinels (-99997, -99998, -99999) are suppressed, i.e. missing, never zero.
/// </summary>
public sealed class CbsGridImporter : IImporter
{
    /// <inheritdoc/>
    public string Format => "cbs-grid";

    /// <inheritdoc/>
    public void Read(string path, ManifestEntry entry, ImportBatch batch)
    {
        var division = entry.Division ?? entry.Year ?? throw new UnusableDataException($"Manifest entry '{entry.Id}' needs a \"division\" or \"year\".");
        var source = entry.Source ?? "cbs-vierkant-100m";
        using var shp = ZippedShapefile.Extract(path, entry.Option("layer"));
        var fields = shp.Fields().Select(f => f.Name).ToList();
        var idField = entry.Option("id") ?? fields.FirstOrDefault(f => string.Equals(f, "C28992R100", StringComparison.OrdinalIgnoreCase));
        var measures = fields.Select(f => (Field: f, Map: CbsGridFields.Map(f))).Where(f => f.Map is not null).ToList();
        if (measures.Count == 0)
            throw new ImportException(path, "grid fields such as INW2014 or WON2012", field: ".dbf", found: string.Join(",", fields.Take(8)));

        var collector = new BoundaryCollector(path, batch, division, AreaLevel.Cell);
        Crs? crs = null;
        foreach (var record in shp.Records())
        {
            batch.At(path, feature: record.Index);
            if (record.Geometry is not { IsEmpty: false } g)
                throw new ImportException(path, "a cell polygon", feature: record.Index, field: "geometry", found: "(empty)");
            crs ??= shp.ResolveCrs(entry.Crs, g, record.Index);
            CrsCheck.EnsureInside(path, record.Index, crs.Value, g);
            var rd = RdReprojector.ToRd(g, crs.Value);
            // The reprojected polygon may sit a few metres off the exact square (WGS84 round trip); its centre does not leave the cell.
            var centre = rd.Centroid;
            var fromGeometry = AreaCode.ForCell(centre.X, centre.Y);
            var idText = idField is null ? fromGeometry.Value : DbfValues.Text(record.Values.GetValueOrDefault(idField));
            var field = idField ?? "geometry";
            if (AreaCode.TryParse(idText, out var parsed) && parsed.Level == AreaLevel.Cell && parsed != fromGeometry)
                throw new ImportException(path, $"a cell id matching the record's polygon (lower-left corner in {fromGeometry})", feature: record.Index, field: field, found: idText);
            var code = collector.Add(record.Index, field, idText, idText, CellSquares.Square(fromGeometry));
            foreach (var (f, map) in measures)
                batch.Observe(code, division, map!.Value.Year, map.Value.Indicator, DbfValues.Number(record.Values.GetValueOrDefault(f), path, record.Index, f), source);
        }
        if (collector.Count == 0) throw new ImportException(path, "at least one grid cell", field: Path.GetFileName(shp.ShpPath), found: "(none)");
    }
}
