using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Leefbaar.Model.Catalogue;

namespace Leefbaar.Model.Releases;

/// <summary>
/// Deterministic JSON for releases: fixed property order, sorted dictionaries, round-trip doubles, no timestamps —
/// so the same inputs give a byte-identical file. Loading runs <see cref="ReleaseChecks"/>.
/// </summary>
public static class ReleaseJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>Serialises a release.</summary>
    public static string Serialize(ModelRelease release) => JsonSerializer.Serialize(release, Options) + "\n";

    /// <summary>Parses and validates a release; refuses prohibited indicators and malformed class boundaries.</summary>
    public static ModelRelease Deserialize(string json, IndicatorCatalogue catalogue)
    {
        var release = JsonSerializer.Deserialize<ModelRelease>(json, Options) ?? throw new ReleaseRejectedException("Empty model release.");
        Validate(release, catalogue);
        return release;
    }

    /// <summary>Loads a release file.</summary>
    public static ModelRelease Load(string file, IndicatorCatalogue catalogue) => Deserialize(File.ReadAllText(file), catalogue);

    /// <summary>Refuses a release that fails <see cref="ReleaseChecks"/> (allowlisted inputs, content hash, boundaries).</summary>
    public static void Validate(ModelRelease release, IndicatorCatalogue catalogue) => ReleaseChecks.Check(release, catalogue);

    /// <summary>A short content hash for release ids.</summary>
    public static string ContentHash(ModelRelease release) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Serialize(release with { Id = "" }))))[..10].ToLowerInvariant();
}
