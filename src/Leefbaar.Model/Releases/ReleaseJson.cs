using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Leefbaar.Model.Catalogue;

namespace Leefbaar.Model.Releases;

/// <summary>
/// Deterministic JSON for releases: fixed property order, sorted dictionaries, round-trip doubles, no timestamps —
/// so the same inputs give a byte-identical file. Loading refuses a release that uses a prohibited indicator.
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
        var release = JsonSerializer.Deserialize<ModelRelease>(json, Options) ?? throw new InvalidDataException("Empty model release.");
        Validate(release, catalogue);
        return release;
    }

    /// <summary>Loads a release file.</summary>
    public static ModelRelease Load(string file, IndicatorCatalogue catalogue) => Deserialize(File.ReadAllText(file), catalogue);

    /// <summary>Refuses a release containing a prohibited indicator (migration background, ethnicity, nationality) or bad boundaries.</summary>
    public static void Validate(ModelRelease release, IndicatorCatalogue catalogue)
    {
        foreach (var t in release.Terms)
        {
            var def = catalogue.Find(t.Spec.Indicator);
            if (def?.Role == IndicatorRole.Prohibited)
                throw new InvalidDataException($"Model release {release.Id} uses '{t.Spec.Indicator}', a prohibited indicator ({def.NameEn}); such indicators can never enter a model.");
            if (def?.Role == IndicatorRole.Outcome && release.Variant == "default")
                throw new InvalidDataException($"Model release {release.Id} is a default release but uses the outcome '{t.Spec.Indicator}'; only a nowcast release may.");
        }
        if (release.ClassBoundaries.Length != 8 || release.ClassBoundaries.Zip(release.ClassBoundaries.Skip(1)).Any(p => p.First >= p.Second))
            throw new InvalidDataException($"Model release {release.Id} needs eight ascending class boundaries.");
    }

    /// <summary>A short content hash for release ids.</summary>
    public static string ContentHash(ModelRelease release) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Serialize(release with { Id = "" }))))[..10].ToLowerInvariant();
}
