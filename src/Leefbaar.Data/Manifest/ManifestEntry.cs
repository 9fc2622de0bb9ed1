using Leefbaar.Core.Errors;
using System.Text.Json.Serialization;

namespace Leefbaar.Data.Manifest;

/// <summary>
/// One dataset to import: where it is (relative to the data folder; a glob on the file name is allowed), its
/// format, and the facts the file itself does not state (level, year, CBS division year, release).
/// </summary>
public sealed record ManifestEntry
{
    /// <summary>A stable id; re-importing an entry replaces what that id imported before.</summary>
    [JsonPropertyName("id")] public required string Id { get; init; }
    /// <summary>Path relative to the data folder; the last segment may contain * or ?.</summary>
    [JsonPropertyName("path")] public required string Path { get; init; }
    /// <summary>Importer format name.</summary>
    [JsonPropertyName("format")] public required string Format { get; init; }
    /// <summary>Area level when the file holds one level only.</summary>
    [JsonPropertyName("level")] public string? Level { get; init; }
    /// <summary>Reference year of the values.</summary>
    [JsonPropertyName("year")] public int? Year { get; init; }
    /// <summary>CBS division (indeling) year the codes belong to.</summary>
    [JsonPropertyName("division")] public int? Division { get; init; }
    /// <summary>Score release, for score files ("lbm3-2024").</summary>
    [JsonPropertyName("release")] public string? Release { get; init; }
    /// <summary>Declared CRS of geometry files, when the file does not say.</summary>
    [JsonPropertyName("crs")] public string? Crs { get; init; }
    /// <summary>The source name recorded on each observation (a CBS table such as 85984NED, or a dataset name).</summary>
    [JsonPropertyName("source")] public string? Source { get; init; }
    /// <summary>Format-specific settings, e.g. the code column of a CSV.</summary>
    [JsonPropertyName("options")] public Dictionary<string, string>? Options { get; init; }
    /// <summary>Whether a missing file is an error (default) or skipped.</summary>
    [JsonPropertyName("optional")] public bool Optional { get; init; }
    /// <summary>Free text for people.</summary>
    [JsonPropertyName("description")] public string? Description { get; init; }

    /// <summary>An option's value or null.</summary>
    public string? Option(string name) => Options is not null && Options.TryGetValue(name, out var v) ? v : null;

    /// <summary>The year, or an error naming the entry.</summary>
    public int RequireYear() => Year ?? throw new UnusableDataException($"Manifest entry '{Id}' needs a \"year\".");

    /// <summary>The division year, defaulting to the year.</summary>
    public int DivisionOrYear() => Division ?? Year ?? throw new UnusableDataException($"Manifest entry '{Id}' needs a \"division\" or \"year\".");
}
