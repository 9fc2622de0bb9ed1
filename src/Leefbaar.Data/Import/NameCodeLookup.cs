using System.Text.Json;
using Leefbaar.Core.Areas;
using Leefbaar.Data.Manifest;

namespace Leefbaar.Data.Import;

/// <summary>
/// Area codes by name, for boundary files that carry only names (the Delft buurten of 2023 have BU_NAAM but no
/// BU_CODE). Read from any JSON document: every object holding both a "code" and a "name" string is one pair.
/// </summary>
public sealed class NameCodeLookup
{
    private readonly Dictionary<string, AreaCode> _byName;

    /// <summary>The JSON file the pairs came from.</summary>
    public string File { get; }

    private NameCodeLookup(string file, Dictionary<string, AreaCode> byName) => (File, _byName) = (file, byName);

    /// <summary>
    /// Loads the lookup named by a manifest option; <paramref name="relative"/> is relative to the data folder that
    /// <paramref name="path"/> (a file resolved from <paramref name="entry"/>) lies in.
    /// </summary>
    public static NameCodeLookup Load(string path, ManifestEntry entry, string relative)
    {
        var depth = entry.Path.Split('/', '\\', StringSplitOptions.RemoveEmptyEntries).Length;
        var dataDir = Path.GetFullPath(path);
        for (var i = 0; i < depth; i++) dataDir = Path.GetDirectoryName(dataDir)!;
        var file = DataPaths.Inside(dataDir, relative, "option \"codes-from\"");
        if (!System.IO.File.Exists(file)) throw new ImportException(path, $"the code lookup '{relative}' (option \"codes-from\") in the data folder", found: "(missing)");
        using var doc = JsonFiles.Parse(file);
        var pairs = new Dictionary<string, AreaCode>(StringComparer.OrdinalIgnoreCase);
        Collect(doc.RootElement, pairs);
        return new NameCodeLookup(file, pairs);
    }

    /// <summary>The code for a name (trimmed, case-insensitive), or null.</summary>
    public AreaCode? Find(string? name) => name is not null && _byName.TryGetValue(name.Trim(), out var c) ? c : null;

    private static void Collect(JsonElement e, Dictionary<string, AreaCode> pairs)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                if (JsonFiles.Text(e, "name") is { } name && AreaCode.TryParse(JsonFiles.Text(e, "code"), out var code)) pairs.TryAdd(name.Trim(), code);
                foreach (var p in e.EnumerateObject()) Collect(p.Value, pairs);
                break;
            case JsonValueKind.Array:
                foreach (var item in e.EnumerateArray()) Collect(item, pairs);
                break;
        }
    }
}
