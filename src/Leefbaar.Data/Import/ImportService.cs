using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Leefbaar.Data.Manifest;
using Leefbaar.Data.Plausibility;
using Leefbaar.Data.Store;

namespace Leefbaar.Data.Import;

/// <summary>What happened to one manifest entry: <see cref="Failed"/> left its previous rows in place, <see cref="NotReached"/> was not tried because an earlier entry failed.</summary>
public enum ImportOutcome { Imported, Unchanged, Missing, Failed, NotReached }

/// <summary>
/// One entry's result, for the progress display and the summary table; <paramref name="Validation"/> lists
/// implausible values kept (null when nothing was read); <paramref name="Error"/> is why a failed entry failed.
/// </summary>
public sealed record ImportResult(string DatasetId, ImportOutcome Outcome, string Summary, TimeSpan Elapsed, ValidationReport? Validation = null, Exception? Error = null);

/// <summary>
/// Imports the datasets of a manifest into a store. Each entry is read completely (and validated) before one
/// transaction replaces that dataset's rows; an entry whose files and manifest settings hash the same as last
/// time is skipped, so a second import of unchanged files is a no-op. Before the write every value passes the
/// plausibility rules of <see cref="ImportOptions"/>: a violation rejects the dataset unless the options accept it.
/// </summary>
public sealed class ImportService(LeefbaarStore store, ImporterRegistry registry, ImportOptions? options = null)
{
    private readonly ImportOptions _options = options ?? ImportOptions.Default;

    /// <summary>Imports every entry in order, stopping at the first failure by throwing it; <paramref name="onResult"/> is called after each.</summary>
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

    /// <summary>
    /// Imports every entry in order and never throws for one entry: a failure is recorded with its reason, and the
    /// entries after it are imported too with <paramref name="keepGoing"/>, else recorded as not reached. Each
    /// entry is still one transaction, so a failed one keeps what the store had.
    /// </summary>
    public List<ImportResult> ImportAll(string dataDir, DataManifest manifest, bool keepGoing, Action<ManifestEntry>? onStart = null,
        Action<ImportResult>? onResult = null, bool force = false)
    {
        var results = new List<ImportResult>();
        var stopped = false;
        foreach (var entry in manifest.Datasets)
        {
            ImportResult r;
            if (stopped) r = new ImportResult(entry.Id, ImportOutcome.NotReached, "not reached (an earlier dataset failed; --keep-going imports past it)", TimeSpan.Zero);
            else
            {
                onStart?.Invoke(entry);
                var started = System.Diagnostics.Stopwatch.StartNew();
                try
                {
                    r = ImportOne(dataDir, entry, force);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    r = new ImportResult(entry.Id, ImportOutcome.Failed, e.Message, started.Elapsed, Error: e);
                    stopped = !keepGoing;
                }
            }
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

        var batch = Read(importer, files, entry);
        var report = Validate(batch, entry, files[0], _options);
        store.ReplaceDataset(entry.Id, entry.Format, files.Select(f => Path.GetRelativePath(dataDir, f)), hash, batch);
        var summary = batch.ToString() + (report.IsClean ? "" : $", {report.Violations.Count} implausible values kept");
        return new ImportResult(entry.Id, ImportOutcome.Imported, summary, started.Elapsed, report);
    }

    /// <summary>Reads every file of an entry into one batch with unique keys; no store involved.</summary>
    public static ImportBatch Read(IImporter importer, IReadOnlyList<string> files, ManifestEntry entry)
    {
        var batch = new ImportBatch();
        foreach (var file in files) ImportGuard.Run(file, () => importer.Read(file, entry, batch));
        BatchChecks.EnsureUnique(batch, entry.Id);
        return batch;
    }

    /// <summary>Applies the plausibility rules: throws for the first violation unless the options accept implausible values.</summary>
    public static ValidationReport Validate(ImportBatch batch, ManifestEntry entry, string file, ImportOptions options)
    {
        var violations = PlausibilityCheck.Find(batch, options.Rules, file);
        if (violations.Count > 0 && !options.AcceptImplausible) throw violations[0].ToException(violations.Count);
        return new ValidationReport(entry.Id, violations);
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
                // A file inside an entry's folder must not lead out of it either (symlinks), nor be a device.
                if (!DataPaths.IsUnder(DataPaths.RealPath(f), DataPaths.RealPath(path)))
                    throw new ImportException(f, "a file inside the dataset folder", found: Path.GetRelativePath(path, f), hint: "symlinks out of the data folder are refused");
                DataPaths.EnsureReadable(f);
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
