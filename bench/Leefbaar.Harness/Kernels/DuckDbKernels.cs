using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;
using Leefbaar.Data.Synth;

namespace Leefbaar.Harness.Kernels;

/// <summary>
/// The DuckDB SQL baseline through DuckDB.NET, without extensions (so no spatial types): binning by GROUP BY floor,
/// and the distance kernels as equi-joins on bucket keys — each cell joined to the 3 × 3 neighbouring buckets
/// (cells exploded to their 9 neighbour keys, then a hash join: the standard no-index approach). Nearest searches 2 km buckets, then 20 km buckets for cells without a
/// candidate within 2 km, then all points for the rest, so the answer is exact. Point-in-polygon needs the spatial
/// extension and is not run. The queries are in bench/README.md.
/// </summary>
public static class DuckDbKernels
{
    /// <summary>Binning: populated 100 m cells.</summary>
    public const string Bin = "SELECT count(*) FROM (SELECT floor(x / 100) AS cx, floor(y / 100) AS cy, count(*) AS n FROM dwellings GROUP BY ALL)";

    /// <summary>Set-up (untimed): the centres of the populated cells.</summary>
    public const string Cells = "CREATE OR REPLACE TABLE cells AS SELECT DISTINCT floor(x / 100) * 100 + 50 AS px, floor(y / 100) * 100 + 50 AS py FROM dwellings";

    /// <summary>Nearest care amenity per cell: sum of the distances.</summary>
    public const string Nearest = """
        WITH o AS (SELECT * FROM (VALUES (-1), (0), (1)) t(d)),
        a1 AS (SELECT x, y, floor(x / 2000)::INT AS bx, floor(y / 2000)::INT AS gy FROM care),
        c1 AS (SELECT px, py, floor(px / 2000)::INT + ox.d AS bx, floor(py / 2000)::INT + oy.d AS gy FROM cells, o ox, o oy),
        n1 AS (SELECT c.px, c.py, min((a.x - c.px) * (a.x - c.px) + (a.y - c.py) * (a.y - c.py)) AS d2
               FROM c1 c JOIN a1 a USING (bx, gy) GROUP BY ALL),
        ok1 AS (SELECT * FROM n1 WHERE d2 <= 2000 * 2000),
        r1 AS (SELECT px, py FROM cells ANTI JOIN ok1 USING (px, py)),
        a2 AS (SELECT x, y, floor(x / 20000)::INT AS bx, floor(y / 20000)::INT AS gy FROM care),
        c2 AS (SELECT px, py, floor(px / 20000)::INT + ox.d AS bx, floor(py / 20000)::INT + oy.d AS gy FROM r1, o ox, o oy),
        n2 AS (SELECT c.px, c.py, min((a.x - c.px) * (a.x - c.px) + (a.y - c.py) * (a.y - c.py)) AS d2
               FROM c2 c JOIN a2 a USING (bx, gy) GROUP BY ALL),
        ok2 AS (SELECT * FROM n2 WHERE d2 <= 20000 * 20000),
        r2 AS (SELECT px, py FROM r1 ANTI JOIN ok2 USING (px, py)),
        n3 AS (SELECT r.px, r.py, min((a.x - r.px) * (a.x - r.px) + (a.y - r.py) * (a.y - r.py)) AS d2 FROM r2 r CROSS JOIN care a GROUP BY ALL)
        SELECT sum(sqrt(d2)) FROM (SELECT d2 FROM ok1 UNION ALL SELECT d2 FROM ok2 UNION ALL SELECT d2 FROM n3)
        """;

    /// <summary>Care amenities within 1 km per cell: sum of the counts.</summary>
    public const string Within1Km = """
        WITH o AS (SELECT * FROM (VALUES (-1), (0), (1)) t(d)),
        a AS (SELECT x, y, floor(x / 1000)::INT AS bx, floor(y / 1000)::INT AS gy FROM care),
        c AS (SELECT px, py, floor(px / 1000)::INT + ox.d AS bx, floor(py / 1000)::INT + oy.d AS gy FROM cells, o ox, o oy)
        SELECT sum(n) FROM (
          SELECT c.px, c.py, count(*) AS n
          FROM c JOIN a USING (bx, gy)
          WHERE (a.x - c.px) * (a.x - c.px) + (a.y - c.py) * (a.y - c.py) <= 1000000
          GROUP BY ALL)
        """;

    /// <summary>Loads the Parquet files into an in-memory database and runs the kernels.</summary>
    public static void Run(string dataDir, int repeat)
    {
        using var con = new DuckDBConnection("DataSource=:memory:");
        con.Open();
        object? Scalar(string sql) { using var cmd = con.CreateCommand(); cmd.CommandText = sql; return cmd.ExecuteScalar(); }
        var tool = $"duckdb {Scalar("SELECT version()")}";
        var w = Stopwatch.StartNew();
        var dw = Path.GetFullPath(Path.Combine(dataDir, "dwellings.parquet")).Replace("'", "''");
        var am = Path.GetFullPath(Path.Combine(dataDir, "amenities.parquet")).Replace("'", "''");
        Scalar($"CREATE TABLE dwellings AS SELECT x, y FROM read_parquet('{dw}')");
        Scalar($"CREATE TABLE care AS SELECT x, y FROM read_parquet('{am}') WHERE type = {AmenityTypes.BenchmarkType}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load,{tool},{w.Elapsed.TotalSeconds:0.0000},0"));
        string Text(object? v) => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "";
        KernelRunner.Time("bin", tool, repeat, () => Scalar(Bin), Text);
        Scalar(Cells);
        KernelRunner.Time("nearest", tool, repeat, () => Scalar(Nearest), v => Convert.ToDouble(v, CultureInfo.InvariantCulture).ToString("0.0", CultureInfo.InvariantCulture));
        KernelRunner.Time("within1km", tool, repeat, () => Scalar(Within1Km), Text);
    }
}
