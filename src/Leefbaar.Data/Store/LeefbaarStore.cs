using System.Data;
using DuckDB.NET.Data;
using Leefbaar.Core.Areas;
using Leefbaar.Data.Import;
using NetTopologySuite.IO;

namespace Leefbaar.Data.Store;

/// <summary>
/// The embedded DuckDB store: one file holding areas, geometry, observations and official scores, each row tagged
/// with the dataset (manifest entry) that wrote it. Writing a dataset is one transaction that first removes that
/// dataset's previous rows, so a failed or killed import leaves the previous state intact and a re-import
/// replaces rather than duplicates. One instance per file; not thread-safe (open one per thread).
/// </summary>
public sealed partial class LeefbaarStore : IDisposable
{
    private readonly DuckDBConnection _connection;

    /// <summary>The store file.</summary>
    public string FilePath { get; }

    private LeefbaarStore(string path, DuckDBConnection connection)
    {
        FilePath = path;
        _connection = connection;
    }

    /// <summary>Opens or creates a store; refuses a store of another schema version.</summary>
    public static LeefbaarStore Open(string path, bool readOnly = false)
    {
        var full = Path.GetFullPath(path);
        if (readOnly && !File.Exists(full))
            throw new FileNotFoundException($"No store at {full}. Run './leefbaar import --data <dir>' or './leefbaar demo' first.", full);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var connection = new DuckDBConnection($"Data Source={full}" + (readOnly ? ";ACCESS_MODE=READ_ONLY" : ""));
        try
        {
            connection.Open();
        }
        catch (DuckDBException e) when (e.Message.Contains("Could not set lock", StringComparison.OrdinalIgnoreCase))
        {
            // DuckDB allows one writing process per file (or many readers): say so instead of its I/O error.
            connection.Dispose();
            var name = Path.GetFileName(full); // the file name only: the API passes this message on and must not show server paths
            throw new Leefbaar.Core.Errors.ConflictException(readOnly
                ? $"The store {name} is being written by another process (an import, fit or demo); try again when it has finished."
                : $"The store {name} is in use by another process (an import, fit or serve); only one process may write it at a time. Wait for that one to finish and run this again.");
        }
        var store = new LeefbaarStore(full, connection);
        try
        {
            store.EnsureSchema(readOnly);
        }
        catch
        {
            store.Dispose();
            throw;
        }
        return store;
    }

    private void EnsureSchema(bool readOnly)
    {
        var hasMeta = Scalar<long>("SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta'") > 0;
        if (!hasMeta)
        {
            if (readOnly) throw new InvalidDataException($"{FilePath} is not a Leefbaar store (no meta table).");
            using var tx = _connection.BeginTransaction();
            Execute(StoreSchema.Ddl);
            Execute($"INSERT INTO meta VALUES ('schema_version', '{StoreSchema.Version}')");
            tx.Commit();
            return;
        }
        var version = Scalar<string>("SELECT value FROM meta WHERE key = 'schema_version'");
        if (version != StoreSchema.Version.ToString())
            throw new InvalidDataException($"{FilePath} has store schema {version}, this Leefbaar needs {StoreSchema.Version}: delete it and re-import.");
        // Tables added within one schema version are created on the next writable open (CREATE … IF NOT EXISTS).
        if (!readOnly) Execute(StoreSchema.Ddl);
    }

    /// <summary>The hash recorded for a dataset, or null if it was never imported.</summary>
    public string? DatasetHash(string datasetId)
    {
        using var cmd = Command("SELECT hash FROM datasets WHERE id = $id", ("id", datasetId));
        return cmd.ExecuteScalar() as string;
    }

    /// <summary>
    /// Replaces everything dataset <paramref name="datasetId"/> wrote before with <paramref name="batch"/>, in one
    /// transaction. <paramref name="beforeCommit"/> runs inside it: companion rows of the dataset (user indicator
    /// definitions) are written there, and tests use it to simulate a crash mid-write.
    /// </summary>
    public void ReplaceDataset(string datasetId, string format, IEnumerable<string> files, string hash, ImportBatch batch, Action? beforeCommit = null)
    {
        using var tx = _connection.BeginTransaction();
        foreach (var table in StoreSchema.DatasetTables)
            Execute($"DELETE FROM {table} WHERE dataset = $id", ("id", datasetId));
        Execute("DELETE FROM datasets WHERE id = $id", ("id", datasetId));

        WriteAreas(datasetId, batch);
        WriteGeometries(datasetId, batch);
        WriteObservations(datasetId, batch);
        WriteScores(datasetId, batch);
        WriteIndicatorUnits(datasetId, batch);
        WriteLayers(datasetId, batch);

        Execute("INSERT INTO datasets VALUES ($id, $format, $files, $hash, now(), $a, $o, $s, $g)",
            ("id", datasetId), ("format", format), ("files", string.Join(";", files)), ("hash", hash),
            ("a", (long)batch.Areas.Count), ("o", (long)batch.Observations.Count), ("s", (long)batch.Scores.Count), ("g", (long)batch.Geometries.Count));
        beforeCommit?.Invoke();
        tx.Commit();
    }

    private void WriteAreas(string datasetId, ImportBatch batch)
    {
        using var appender = _connection.CreateAppender("areas");
        foreach (var a in batch.Areas.Values.OrderBy(a => a.Code.Value, StringComparer.Ordinal).ThenBy(a => a.DivisionYear))
        {
            appender.CreateRow()
                .AppendValue(a.Code.Value).AppendValue(a.Level.Name()).AppendValue(a.DivisionYear).AppendValue(a.Name)
                .AppendValue(a.Wijk?.Value).AppendValue(a.Gemeente?.Value).AppendValue(a.Provincie?.Value).AppendValue(datasetId)
                .EndRow();
        }
    }

    private void WriteGeometries(string datasetId, ImportBatch batch)
    {
        var writer = new WKBWriter();
        using var appender = _connection.CreateAppender("geometries");
        foreach (var g in batch.Geometries)
        {
            var env = g.Geometry.EnvelopeInternal;
            appender.CreateRow()
                .AppendValue(g.Area.Value).AppendValue(g.Area.Level.Name()).AppendValue(g.DivisionYear).AppendValue(datasetId)
                .AppendValue(writer.Write(g.Geometry))
                .AppendValue(env.MinX).AppendValue(env.MinY).AppendValue(env.MaxX).AppendValue(env.MaxY)
                .EndRow();
        }
    }

    private void WriteLayers(string datasetId, ImportBatch batch)
    {
        var writer = new WKBWriter();
        using var appender = _connection.CreateAppender("layer_features");
        foreach (var (layer, f) in batch.Layers)
        {
            var row = appender.CreateRow().AppendValue(layer).AppendValue(datasetId);
            if (double.IsNaN(f.Value)) row.AppendNullValue(); else row.AppendValue(f.Value);
            if (f.Year is { } y) row.AppendValue(y); else row.AppendNullValue();
            row.AppendValue(writer.Write(f.Geometry)).EndRow();
        }
    }

    private void WriteObservations(string datasetId, ImportBatch batch)
    {
        using var appender = _connection.CreateAppender("observations");
        foreach (var o in batch.Observations)
        {
            appender.CreateRow()
                .AppendValue(o.Area.Value).AppendValue(o.Area.Level.Name()).AppendValue(o.DivisionYear).AppendValue(o.Year)
                .AppendValue(o.Indicator).AppendValue(o.Value).AppendValue(o.Source).AppendValue(datasetId)
                .EndRow();
        }
    }

    private void WriteScores(string datasetId, ImportBatch batch)
    {
        using var appender = _connection.CreateAppender("official_scores");
        foreach (var s in batch.Scores)
        {
            appender.CreateRow()
                .AppendValue(s.Area.Value).AppendValue(s.Area.Level.Name()).AppendValue(s.Year).AppendValue(s.Release)
                .AppendValue(s.Lbm).AppendValue(s.Afw).AppendValue(s.Won).AppendValue(s.Fys).AppendValue(s.Vrz).AppendValue(s.Soc).AppendValue(s.Onv)
                .AppendValue(s.ClassTotal).AppendValue(s.ClassAfw).AppendValue(s.ClassWon).AppendValue(s.ClassFys)
                .AppendValue(s.ClassVrz).AppendValue(s.ClassSoc).AppendValue(s.ClassOnv)
                .AppendValue(s.DevelopmentClass).AppendValue(s.DevelopmentFromYear).AppendValue(datasetId)
                .EndRow();
        }
    }

    /// <summary>Runs a query and maps each row. Internal: the layers above read typed read models, never SQL (tests may).</summary>
    internal List<T> Query<T>(string sql, Func<IDataRecord, T> map, params (string Name, object? Value)[] parameters)
    {
        using var cmd = Command(sql, parameters);
        using var reader = cmd.ExecuteReader();
        var list = new List<T>();
        while (reader.Read()) list.Add(map(reader));
        return list;
    }

    /// <summary>Runs a scalar query.</summary>
    internal T Scalar<T>(string sql, params (string Name, object? Value)[] parameters)
    {
        using var cmd = Command(sql, parameters);
        var value = cmd.ExecuteScalar();
        return value is null or DBNull ? default! : (T)Convert.ChangeType(value, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Runs a statement. Internal: only the store's own writers change the database (tests may).</summary>
    internal int Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using var cmd = Command(sql, parameters);
        return cmd.ExecuteNonQuery();
    }

    private DuckDBCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters) cmd.Parameters.Add(new DuckDBParameter(name, value ?? DBNull.Value));
        return cmd;
    }

    /// <inheritdoc/>
    public void Dispose() => _connection.Dispose();
}
