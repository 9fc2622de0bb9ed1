using Leefbaar.Data.Import;
using Leefbaar.Data.Manifest;

namespace Leefbaar.Data.Tests.Fuzz;

/// <summary>
/// One importer under fuzzing: the seed bytes (a slice of a real file), where the mutated bytes go inside a fresh
/// data folder, and how to read them (<see cref="Read"/> gets the data folder and returns nothing or throws).
/// </summary>
internal sealed record FuzzTarget(string Name, byte[] Seed, string RelativePath, Action<string, string> Read)
{
    /// <summary>A target that reads <paramref name="relativePath"/> with the registered importer of <paramref name="entry"/>'s format, then the batch checks and plausibility rules, as an import would.</summary>
    public static FuzzTarget ForImporter(string name, byte[] seed, string relativePath, ManifestEntry entry, string? readPath = null) =>
        new(name, seed, relativePath, (dataDir, file) =>
        {
            var importer = ImporterRegistry.Default().For(entry.Format);
            var batch = new ImportBatch();
            importer.Read(readPath is null ? file : Path.Combine(dataDir, readPath), entry, batch);
            BatchChecks.EnsureUnique(batch, entry.Id); // its InvalidDataException is the documented batch-level refusal
            ImportService.Validate(batch, entry, file, ImportOptions.Default);
        });
}
