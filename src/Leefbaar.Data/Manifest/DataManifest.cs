using System.Text.Json;
using System.Text.Json.Serialization;

namespace Leefbaar.Data.Manifest;

/// <summary>A list of datasets to import; lets a user point Leefbaar at their own downloads.</summary>
public sealed record DataManifest
{
    /// <summary>Manifest schema version.</summary>
    [JsonPropertyName("version")] public int Version { get; init; } = 1;
    /// <summary>The datasets, imported in this order.</summary>
    [JsonPropertyName("datasets")] public required List<ManifestEntry> Datasets { get; init; }

    private static readonly JsonSerializerOptions Options = new() { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Loads and checks a manifest; errors name the file and the entry.</summary>
    public static DataManifest Load(string file)
    {
        if (!File.Exists(file)) throw new FileNotFoundException($"Manifest not found: {file}", file);
        DataManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<DataManifest>(File.ReadAllText(file), Options);
        }
        catch (JsonException e)
        {
            throw new Import.ImportException(file, "a JSON manifest {\"datasets\": [{\"id\", \"path\", \"format\", …}]}", line: (e.LineNumber ?? 0) + 1, found: e.Message, inner: e);
        }
        if (manifest?.Datasets is null) throw new Import.ImportException(file, "a \"datasets\" array");
        var seen = new HashSet<string>();
        for (var i = 0; i < manifest.Datasets.Count; i++)
        {
            var d = manifest.Datasets[i]
                ?? throw new Import.ImportException(file, "a dataset object {\"id\", \"path\", \"format\", …}", feature: i, field: "datasets", found: "null", hint: "remove the null entry");
            Require(file, i, "id", d.Id);
            Require(file, i, "path", d.Path);
            Require(file, i, "format", d.Format);
            if (!seen.Add(d.Id)) throw new Import.ImportException(file, "unique dataset ids", feature: i, field: "id", found: d.Id);
        }
        return manifest;
    }

    private static void Require(string file, int index, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new Import.ImportException(file, $"a non-empty \"{field}\" string", feature: index, field: field, found: value is null ? "null" : "(empty)");
    }

    /// <summary>
    /// Resolves an entry's path (with an optional file-name glob) under a data folder, sorted for determinism; every
    /// match must stay inside the folder and be a non-empty regular file or a folder (<see cref="DataPaths"/>).
    /// </summary>
    public static IReadOnlyList<string> Resolve(string dataDir, ManifestEntry entry)
    {
        var full = DataPaths.Inside(dataDir, entry.Path, "path");
        var name = Path.GetFileName(full);
        List<string> found;
        if (name.IndexOfAny(['*', '?']) < 0) found = File.Exists(full) || Directory.Exists(full) ? [full] : [];
        else
        {
            var dir = Path.GetDirectoryName(full)!;
            found = Directory.Exists(dir) ? Directory.GetFiles(dir, name).Order(StringComparer.Ordinal).ToList() : [];
        }
        foreach (var f in found)
        {
            DataPaths.Inside(dataDir, Path.GetRelativePath(Path.GetFullPath(dataDir), f), "path");
            DataPaths.EnsureReadable(f);
        }
        return found;
    }
}
