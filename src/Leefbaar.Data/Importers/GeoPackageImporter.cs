using Leefbaar.Core.Areas;
using Leefbaar.Data.Import;
using Leefbaar.Data.Manifest;
using Leefbaar.Geo.Projection;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.IO;

namespace Leefbaar.Data.Importers;

/// <summary>
/// Reads area boundaries from an OGC GeoPackage (the format PDOK publishes the wijk- en buurtkaart in): the one
/// feature layer, or option "layer"; the CRS from gpkg_spatial_ref_sys (EPSG:28992, 4326, 4258 or 4289; anything
/// else is refused); geometry blobs decoded with NetTopologySuite.IO.GeoPackage and reprojected to RD New. Code and
/// name columns are found like GeoJSON properties or set with options "code" and "name".
/// </summary>
public sealed class GeoPackageImporter : IImporter
{
    /// <inheritdoc/>
    public string Format => "geopackage";

    /// <inheritdoc/>
    public void Read(string path, ManifestEntry entry, ImportBatch batch)
    {
        var division = entry.DivisionOrYear();
        AreaLevel? level = entry.Level is null ? null : AreaLevels.Parse(entry.Level);
        // No pooling: the file handle must close with the connection (callers delete temporary copies).
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        try
        {
            connection.Open();
            var (table, geometryColumn, srsId) = Layer(path, connection, entry.Option("layer"));
            var declared = Srs(path, connection, srsId);
            ReadFeatures(path, entry, connection, table, geometryColumn, declared, new BoundaryCollector(path, batch, division, level));
        }
        catch (SqliteException e)
        {
            throw new ImportException(path, "a readable GeoPackage (SQLite database with gpkg_contents and gpkg_geometry_columns)", found: e.Message, inner: e);
        }
    }

    private static (string Table, string Column, int SrsId) Layer(string path, SqliteConnection connection, string? layer)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = """
            SELECT c.table_name, g.column_name, g.srs_id FROM gpkg_contents c
            JOIN gpkg_geometry_columns g ON g.table_name = c.table_name
            WHERE c.data_type = 'features' ORDER BY c.table_name
            """;
        var layers = new List<(string, string, int)>();
        using (var r = cmd.ExecuteReader())
            while (r.Read())
            {
                // The columns are NOT NULL in the standard, but a damaged file can still hold a NULL.
                if (r.IsDBNull(0) || r.IsDBNull(1) || r.IsDBNull(2))
                    throw new ImportException(path, "a table name, geometry column and srs_id for every feature layer", field: "gpkg_geometry_columns", found: "NULL");
                layers.Add((r.GetString(0), r.GetString(1), r.GetInt32(2)));
            }
        var chosen = layers.Where(l => layer is null || string.Equals(l.Item1, layer, StringComparison.OrdinalIgnoreCase)).ToList();
        if (chosen.Count != 1)
            throw new ImportException(path, layer is null ? "exactly one feature layer (or option \"layer\")" : $"a feature layer '{layer}'",
                field: "gpkg_contents", found: layers.Count == 0 ? "(none)" : string.Join(", ", layers.Select(l => l.Item1)));
        return chosen[0];
    }

    private static Crs? Srs(string path, SqliteConnection connection, int srsId)
    {
        // GeoPackage reserves 0 and -1 for "undefined"; the coordinates then decide.
        if (srsId is 0 or -1) return null;
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT organization, organization_coordsys_id, definition FROM gpkg_spatial_ref_sys WHERE srs_id = $id";
        cmd.Parameters.AddWithValue("$id", srsId);
        using var r = cmd.ExecuteReader();
        if (!r.Read()) throw new ImportException(path, "a gpkg_spatial_ref_sys row for the layer's srs_id", field: "srs_id", found: srsId.ToString());
        var organization = r.IsDBNull(0) ? "" : r.GetString(0);
        var epsg = r.IsDBNull(1) ? 0 : r.GetInt32(1);
        var definition = r.IsDBNull(2) ? null : r.GetString(2);
        var crs = string.Equals(organization, "EPSG", StringComparison.OrdinalIgnoreCase) && epsg is 28992 or 4326 or 4258 or 4289
            ? CrsNames.TryParse("EPSG:" + epsg)
            : PrjCrs.TryParse(definition);
        return crs ?? throw new ImportException(path, "RD New (EPSG:28992) or lon/lat EPSG:4326, 4258 or 4289", field: "srs_id", found: $"{organization}:{epsg}");
    }

    private static void ReadFeatures(string path, ManifestEntry entry, SqliteConnection connection, string table,
        string geometryColumn, Crs? declared, BoundaryCollector collector)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT * FROM \"{table.Replace("\"", "\"\"")}\"";
        using var r = cmd.ExecuteReader();
        var columns = Enumerable.Range(0, r.FieldCount).Select(r.GetName).ToList();
        string? Find(string? option, IEnumerable<string> names) =>
            option ?? names.Select(n => columns.FirstOrDefault(c => string.Equals(c, n, StringComparison.OrdinalIgnoreCase))).FirstOrDefault(c => c is not null);
        var codeColumn = Find(entry.Option("code"), GeoJsonBoundaryImporter.CodeNames)
            ?? throw new ImportException(path, $"a code column ({string.Join(", ", GeoJsonBoundaryImporter.CodeNames.Take(6))}, … or option \"code\")", field: table, found: string.Join(",", columns));
        var nameColumn = Find(entry.Option("name"), GeoJsonBoundaryImporter.NameNames);
        int Ordinal(string column) => columns.IndexOf(column) is >= 0 and var i ? i
            : throw new ImportException(path, $"a column '{column}'", field: table, found: string.Join(",", columns));
        var codeAt = Ordinal(codeColumn);
        var nameAt = nameColumn is null ? -1 : Ordinal(nameColumn);
        var geometryAt = Ordinal(geometryColumn);

        var reader = new GeoPackageGeoReader();
        Crs? crs = null;
        long index = 0;
        while (r.Read())
        {
            Geometry? rd = null;
            if (!r.IsDBNull(geometryAt))
            {
                // SQLite columns are loosely typed: a damaged file can hold text or a number where the blob belongs.
                var cell = r.GetValue(geometryAt);
                if (cell is not byte[] blob)
                    throw new ImportException(path, "a GeoPackage geometry blob", feature: index, field: geometryColumn,
                        found: cell is string text ? $"text {text}" : $"the number {Convert.ToString(cell, System.Globalization.CultureInfo.InvariantCulture)}");
                Geometry raw;
                try
                {
                    raw = reader.Read(blob);
                }
                catch (Exception e) when (e is ArgumentException or FormatException or IOException or ParseException or InvalidOperationException or IndexOutOfRangeException)
                {
                    throw new ImportException(path, "a GeoPackage geometry blob", feature: index, field: geometryColumn, found: e.Message, inner: e);
                }
                if (!raw.IsEmpty)
                {
                    crs ??= CrsCheck.Resolve(path, index, declared, raw, geometryColumn);
                    CrsCheck.EnsureInside(path, index, crs.Value, raw, geometryColumn);
                    rd = RdReprojector.ToRd(raw, crs.Value);
                    if (!rd.IsValid) rd = GeometryFixer.Fix(rd);
                }
            }
            var code = r.IsDBNull(codeAt) ? null : Convert.ToString(r.GetValue(codeAt), System.Globalization.CultureInfo.InvariantCulture);
            var name = nameAt < 0 || r.IsDBNull(nameAt) ? null : r.GetValue(nameAt).ToString();
            collector.Add(index, codeColumn, code, name, rd);
            index++;
        }
        if (collector.Count == 0) throw new ImportException(path, "at least one feature", field: table, found: "(none)");
    }
}
