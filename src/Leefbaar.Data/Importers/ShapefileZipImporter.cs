using Leefbaar.Core.Areas;
using Leefbaar.Data.Import;
using Leefbaar.Data.Manifest;
using Leefbaar.Geo.Projection;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.IO.Esri.Dbf;

namespace Leefbaar.Data.Importers;

/// <summary>
/// Reads area boundaries from a zipped Esri shapefile (CBS Wijk- en buurtkaart style): code and name from the
/// BU_/WK_/GM_ fields (or options "code"/"name"), parents from WK_CODE/GM_CODE, CRS from the .prj, and every numeric
/// dbf field as an observation through <see cref="KwbShapefileFields"/> (CBS sentinels are missing values).
/// </summary>
public sealed class ShapefileZipImporter : IImporter
{
    private static readonly string[] CodeFields = ["BU_CODE", "WK_CODE", "GM_CODE", "PV_CODE", "STATCODE", "CODE"];
    private static readonly string[] NameFields = ["BU_NAAM", "WK_NAAM", "GM_NAAM", "PV_NAAM", "STATNAAM", "NAAM"];

    /// <inheritdoc/>
    public string Format => "shapefile-zip";

    /// <inheritdoc/>
    public void Read(string path, ManifestEntry entry, ImportBatch batch)
    {
        var division = entry.DivisionOrYear();
        var year = entry.Year ?? division;
        var source = entry.Source ?? entry.Id;
        AreaLevel? level = entry.Level is null ? null : AreaLevels.Parse(entry.Level);
        using var shp = ZippedShapefile.Extract(path, entry.Option("layer"));
        var fields = shp.Fields();
        var names = fields.Select(f => f.Name).ToList();
        var codeField = entry.Option("code") ?? CodeFields.FirstOrDefault(c => names.Contains(c, StringComparer.OrdinalIgnoreCase))
            ?? throw new ImportException(path, $"a code field ({string.Join(", ", CodeFields)} or option \"code\")", field: ".dbf", found: string.Join(",", names.Take(8)));
        if (!names.Contains(codeField, StringComparer.OrdinalIgnoreCase))
            throw new ImportException(path, $"the code field '{codeField}' named by option \"code\"", field: ".dbf", found: string.Join(",", names.Take(8)));
        var nameField = entry.Option("name") ?? NameFields.FirstOrDefault(c => names.Contains(c, StringComparer.OrdinalIgnoreCase));
        var numeric = fields.Where(f => f.Type is DbfType.Numeric or DbfType.Float)
            .Select(f => (f.Name, Indicator: KwbShapefileFields.IndicatorFor(f.Name)))
            .Where(f => f.Indicator is not null)
            .ToList();

        var collector = new BoundaryCollector(path, batch, division, level);
        Crs? crs = null;
        foreach (var record in shp.Records())
        {
            batch.At(path, feature: record.Index);
            NetTopologySuite.Geometries.Geometry? rd = null;
            if (record.Geometry is { IsEmpty: false } g)
            {
                crs ??= shp.ResolveCrs(entry.Crs, g, record.Index);
                CrsCheck.EnsureInside(path, record.Index, crs.Value, g);
                rd = RdReprojector.ToRd(g, crs.Value);
                if (!rd.IsValid) rd = GeometryFixer.Fix(rd);
            }
            var wijk = ParentCode(record, "WK_CODE", AreaLevel.Wijk);
            var gemeente = ParentCode(record, "GM_CODE", AreaLevel.Gemeente);
            var code = collector.Add(record.Index, codeField, DbfValues.Text(record.Values.GetValueOrDefault(codeField)),
                nameField is null ? null : DbfValues.Text(record.Values.GetValueOrDefault(nameField)), rd,
                wijk: wijk, gemeente: gemeente);
            foreach (var (field, indicator) in numeric)
                batch.Observe(code, division, year, indicator!, DbfValues.Number(record.Values.GetValueOrDefault(field), path, record.Index, field), source);
        }
        if (collector.Count == 0) throw new ImportException(path, "at least one shapefile record", field: Path.GetFileName(shp.ShpPath), found: "(none)");
    }

    // A parent field that holds a code of its own level is used; anything else falls back to the rule by code.
    private static AreaCode? ParentCode(ShapeRecord record, string field, AreaLevel level) =>
        AreaCode.TryParse(DbfValues.Text(record.Values.GetValueOrDefault(field)), out var c) && c.Level == level ? c : null;
}
