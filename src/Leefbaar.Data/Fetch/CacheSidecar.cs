using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Leefbaar.Data.Fetch;

/// <summary>
/// The "&lt;file&gt;.meta.json" written beside every cached download: where it came from, its ETag, size and SHA-256.
/// A file whose size and hash match its sidecar is complete and is not downloaded again.
/// </summary>
public sealed record CacheSidecar
{
    /// <summary>The URL it was downloaded from.</summary>
    [JsonPropertyName("url")] public required string Url { get; init; }
    /// <summary>The server's ETag, if any.</summary>
    [JsonPropertyName("etag")] public string? ETag { get; init; }
    /// <summary>Size in bytes.</summary>
    [JsonPropertyName("length")] public long Length { get; init; }
    /// <summary>Upper-case hex SHA-256 of the file.</summary>
    [JsonPropertyName("sha256")] public required string Sha256 { get; init; }
    /// <summary>When it was downloaded (UTC).</summary>
    [JsonPropertyName("fetchedAt")] public DateTime FetchedAt { get; init; }

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    /// <summary>The sidecar path of a cached file.</summary>
    public static string PathFor(string file) => file + ".meta.json";

    /// <summary>Reads a sidecar, or null when absent or unreadable (then the file is fetched again).</summary>
    public static CacheSidecar? TryRead(string file)
    {
        var path = PathFor(file);
        if (!File.Exists(path)) return null;
        try
        {
            return JsonSerializer.Deserialize<CacheSidecar>(File.ReadAllText(path));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Writes the sidecar atomically (temporary file, then rename).</summary>
    public void Write(string file)
    {
        var path = PathFor(file);
        File.WriteAllText(path + ".part", JsonSerializer.Serialize(this, Options));
        File.Move(path + ".part", path, overwrite: true);
    }

    /// <summary>True when <paramref name="file"/> exists with exactly this size and hash.</summary>
    public bool Matches(string file) => File.Exists(file) && new FileInfo(file).Length == Length && HashOf(file) == Sha256;

    /// <summary>Upper-case hex SHA-256 of a file.</summary>
    public static string HashOf(string file)
    {
        using var s = File.OpenRead(file);
        return Convert.ToHexString(SHA256.HashData(s));
    }
}
