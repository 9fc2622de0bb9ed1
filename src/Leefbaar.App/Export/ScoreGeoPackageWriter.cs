using Leefbaar.Core.Areas;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Leefbaar.App.Export;

/// <summary>
/// Writes score rows as an OGC GeoPackage 1.3 (one feature table "scores", geometry in WGS84, EPSG:4326) that QGIS
/// and ArcGIS open directly; the attribute columns are <see cref="ScoreExportRow.Columns"/>, so the file matches
/// the CSV and GeoJSON downloads. Rows without a boundary get a NULL geometry. Spec: OGC 12-128r18, §1.1.
/// </summary>
public static class ScoreGeoPackageWriter
{
    /// <summary>The feature table's name.</summary>
    public const string Table = "scores";

    private const int Wgs84 = 4326;

    // The WKT the GeoPackage standard gives for its mandatory EPSG:4326 row (Annex F.2).
    private const string Wgs84Wkt =
        "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,AUTHORITY[\"EPSG\",\"7030\"]]," +
        "AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433," +
        "AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4326\"]]";

    /// <summary>The GeoPackage file's bytes; <paramref name="geometryOf"/> gives a row's WGS84 boundary or null.</summary>
    public static byte[] Write(IReadOnlyList<ScoreExportRow> rows, Func<ScoreExportRow, Geometry?> geometryOf, string description)
    {
        var path = Path.Combine(Path.GetTempPath(), $"leefbaar-export-{Guid.NewGuid():N}.gpkg");
        try
        {
            using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString()))
            {
                connection.Open();
                Run(connection, "PRAGMA application_id = 1196444487; PRAGMA user_version = 10300;"); // 'GPKG', version 1.3.0
                CreateMetadataTables(connection);
                var envelope = WriteFeatures(connection, rows, geometryOf);
                Run(connection, "INSERT INTO gpkg_contents VALUES ($t, 'features', $t, $d, strftime('%Y-%m-%dT%H:%M:%fZ','now'), $x0, $y0, $x1, $y1, $srs)",
                    ("$t", Table), ("$d", description), ("$x0", Min(envelope.MinX)), ("$y0", Min(envelope.MinY)), ("$x1", Min(envelope.MaxX)), ("$y1", Min(envelope.MaxY)), ("$srs", Wgs84));
                Run(connection, "INSERT INTO gpkg_geometry_columns VALUES ($t, 'geom', 'MULTIPOLYGON', $srs, 0, 0)", ("$t", Table), ("$srs", Wgs84));
            }
            return File.ReadAllBytes(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static object Min(double v) => double.IsFinite(v) ? v : DBNull.Value;

    private static void CreateMetadataTables(SqliteConnection c)
    {
        Run(c, """
            CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
                organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
            CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
                description TEXT DEFAULT '', last_change DATETIME NOT NULL, min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE,
                srs_id INTEGER REFERENCES gpkg_spatial_ref_sys(srs_id));
            CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
                srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL, PRIMARY KEY (table_name, column_name));
            INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system');
            INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system');
            """);
        Run(c, "INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84 geodetic', 4326, 'EPSG', 4326, $wkt, 'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid')",
            ("$wkt", Wgs84Wkt));
    }

    private static Envelope WriteFeatures(SqliteConnection c, IReadOnlyList<ScoreExportRow> rows, Func<ScoreExportRow, Geometry?> geometryOf)
    {
        var columns = ScoreExportRow.Columns;
        var definitions = columns.Select((name, i) => $"\"{name}\" {SqlType(i)}");
        Run(c, $"CREATE TABLE \"{Table}\" (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom MULTIPOLYGON, {string.Join(", ", definitions)})");
        var envelope = new Envelope();
        var writer = new GeoPackageGeoWriter();
        using var transaction = c.BeginTransaction();
        using var insert = c.CreateCommand();
        insert.CommandText = $"INSERT INTO \"{Table}\" (geom, {string.Join(", ", columns.Select(n => $"\"{n}\""))}) VALUES ($geom, {string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        var geomParameter = insert.Parameters.Add("$geom", SqliteType.Blob);
        // No declared parameter type: each value binds as what it is (text, integer, real), matching the column affinities.
        var parameters = columns.Select((_, i) => insert.Parameters.AddWithValue($"$p{i}", DBNull.Value)).ToArray();
        foreach (var row in rows)
        {
            var geometry = geometryOf(row) is { } g ? AsMultiPolygon(g) : null;
            if (geometry is not null)
            {
                geometry.SRID = Wgs84;
                envelope.ExpandToInclude(geometry.EnvelopeInternal);
            }
            geomParameter.Value = geometry is null ? DBNull.Value : writer.Write(geometry);
            var values = row.Values();
            for (var i = 0; i < values.Length; i++)
                parameters[i].Value = values[i] switch
                {
                    null => DBNull.Value,
                    double d when !double.IsFinite(d) => DBNull.Value,
                    bool b => b ? 1 : 0,
                    var v => v,
                };
            insert.ExecuteNonQuery();
        }
        transaction.Commit();
        return envelope;
    }

    // Column types follow the value kinds of ScoreExportRow.Values(): texts, the year and classes as integers, scores as reals, reliable as boolean.
    private static string SqlType(int column) => ScoreExportRow.Columns[column] switch
    {
        "code" or "name" or LevelName.Gemeente or "source" or "release" or "label_nl" or "label_en" => "TEXT",
        "year" or "kscore" or "kafw" or "kwon" or "kfys" or "kvrz" or "ksoc" or "konv" or "class_low" or "class_high" => "MEDIUMINT",
        "reliable" => "BOOLEAN",
        _ => "DOUBLE",
    };

    private static Geometry? AsMultiPolygon(Geometry g) => g switch
    {
        MultiPolygon => g.Copy(),
        Polygon p => g.Factory.CreateMultiPolygon([(Polygon)p.Copy()]),
        GeometryCollection c => g.Factory.CreateMultiPolygon(Enumerable.Range(0, c.NumGeometries).Select(c.GetGeometryN).OfType<Polygon>().ToArray()),
        _ => null,
    };

    private static void Run(SqliteConnection c, string sql, params (string Name, object Value)[] parameters)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value);
        cmd.ExecuteNonQuery();
    }
}
