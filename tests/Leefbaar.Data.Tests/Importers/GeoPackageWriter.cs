using Leefbaar.Data.Import;
using Microsoft.Data.Sqlite;
using NetTopologySuite.IO;

namespace Leefbaar.Data.Tests.Importers;

/// <summary>Writes a minimal OGC GeoPackage (the three gpkg tables plus one feature layer) from imported boundaries, for tests.</summary>
internal static class GeoPackageWriter
{
    /// <summary>Writes layer "buurten" (fid, geom, buurtcode, buurtnaam) with the given srs; names come from <paramref name="names"/>.</summary>
    public static void Write(string file, int srsId, IEnumerable<GeometryRecord> features, Func<GeometryRecord, string> names, string organization = "EPSG")
    {
        using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        c.Open();
        Run(c, """
            PRAGMA application_id = 1196444487;
            CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
              organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
            CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT, description TEXT DEFAULT '',
              last_change DATETIME, min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER);
            CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
              srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL);
            CREATE TABLE buurten (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom BLOB, buurtcode TEXT, buurtnaam TEXT);
            """);
        Run(c, $"INSERT INTO gpkg_spatial_ref_sys VALUES ('test', {srsId}, '{organization}', {srsId}, 'undefined', NULL)");
        Run(c, $"INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES ('buurten', 'features', 'buurten', {srsId})");
        Run(c, $"INSERT INTO gpkg_geometry_columns VALUES ('buurten', 'geom', 'MULTIPOLYGON', {srsId}, 0, 0)");
        var writer = new GeoPackageGeoWriter();
        using var tx = c.BeginTransaction();
        foreach (var f in features)
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = "INSERT INTO buurten (geom, buurtcode, buurtnaam) VALUES ($g, $c, $n)";
            var g = f.Geometry.Copy();
            g.SRID = srsId;
            cmd.Parameters.AddWithValue("$g", writer.Write(g));
            cmd.Parameters.AddWithValue("$c", f.Area.Value);
            cmd.Parameters.AddWithValue("$n", names(f));
            cmd.ExecuteNonQuery();
        }
        tx.Commit();
    }

    private static void Run(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
