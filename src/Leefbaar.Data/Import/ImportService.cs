using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Leefbaar.Data.Manifest;
using Leefbaar.Core.ReadModels;
using Leefbaar.Data.Store;

namespace Leefbaar.Data.Import;

/// <summary>What happened to one manifest entry.</summary>
public enum ImportOutcome { Imported, Unchanged, Missing }

/// <summary>One entry's result, for the progress display and the summary table.</summary>
public sealed record ImportResult(string DatasetId, ImportOutcome Outcome, string Summary, TimeSpan Elapsed);

/// <summary>
/// Imports the datasets of a manifest into a store. Each entry is read completely (and validated) before one
/// transaction replaces that dataset's rows; an entry whose files and manifest settings hash the same as last
/// time is skipped, so a second import of unchanged files is a no-op.
/// </summary>
public sealed class ImportService(LeefbaarStore store, ImporterRegistry registry)
{
    /// <summary>Imports every entry in order; <paramref name="onResult"/> is called after each.</summary>
    public List<ImportResult> Import(string dataDir, DataManifest manifest, Action<ManifestEntry>? onStart = null, Action<ImportResult>? onResult = null, bool force = false)
    {
        var results = new List<ImportResult>();
        foreach (var entry in manifest.Datasets)
        {
            onStart?.Invoke(entry);
            var r = ImportOne(dataDir, entry, force);
            results.Add(r);
            onResult?.Invoke(r);
        }
        return results;
    }

    /// <summary>Imports one entry.</summary>
    public ImportResult ImportOne(string dataDir, ManifestEntry entry, bool force = false)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var files = DataManifest.Resolve(dataDir, entry);
        if (files.Count == 0)
        {
            if (entry.Optional) return new ImportResult(entry.Id, ImportOutcome.Missing, "not found (optional)", started.Elapsed);
            throw new FileNotFoundException($"Dataset '{entry.Id}': nothing at {Path.Combine(dataDir, entry.Path)}. Fix the path in the manifest or mark the entry \"optional\": true.");
        }
        var importer = registry.For(entry.Format);
        var hash = Hash(entry, files, importer.Version);
        if (!force && store.DatasetHash(entry.Id) == hash)
            return new ImportResult(entry.Id, ImportOutcome.Unchanged, "unchanged", started.Elapsed);

        var batch = new ImportBatch();
        foreach (var file in files) importer.Read(file, entry, batch);
        BatchChecks.EnsureUnique(batch, entry.Id);
        store.ReplaceDataset(entry.Id, entry.Format, files.Select(f => Path.GetRelativePath(dataDir, f)), hash, batch);
        return new ImportResult(entry.Id, ImportOutcome.Imported, batch.ToString(), started.Elapsed);
    }

    /// <summary>SHA-256 over the importer's version, the manifest entry and the bytes of every file (folders: all files under them, sorted).</summary>
    public static string Hash(ManifestEntry entry, IEnumerable<string> paths, int importerVersion = 1)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes($"importer-version:{importerVersion}\n"));
        sha.AppendData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(entry)));
        foreach (var path in paths)
        {
            var files = Directory.Exists(path)
                ? Directory.GetFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                : (IEnumerable<string>)[path];
            foreach (var f in files)
            {
                sha.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(path, f)));
                using var s = File.OpenRead(f);
                var buffer = new byte[1 << 16];
                int n;
                while ((n = s.Read(buffer)) > 0) sha.AppendData(buffer, 0, n);
            }
        }
        return Convert.ToHexString(sha.GetHashAndReset());
    }
}
