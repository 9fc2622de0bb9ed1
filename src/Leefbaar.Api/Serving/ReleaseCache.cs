using System.Collections.Concurrent;
using Leefbaar.Core.ReadModels;
using Leefbaar.Model.Catalogue;
using Leefbaar.Model.Releases;

namespace Leefbaar.Api.Serving;

/// <summary>
/// The served store's model releases parsed once on first use, so a profile can split stored contributions over the
/// dimensions as `explain` does. A release whose JSON does not load (hand-written test rows, an older format) is
/// remembered as absent; thread-safe.
/// </summary>
public sealed class ReleaseCache(IReadOnlyList<ServedModelRelease> releases)
{
    private readonly ConcurrentDictionary<string, ModelRelease?> _parsed = new(StringComparer.Ordinal);

    /// <summary>The release with this id, or null when it is not in the store or does not load.</summary>
    public ModelRelease? Find(string id) => _parsed.GetOrAdd(id, key =>
    {
        var served = releases.FirstOrDefault(r => r.Id == key);
        if (served is null || served.ReleaseJson.Length == 0) return null;
        try { return ReleaseJson.Deserialize(served.ReleaseJson, IndicatorCatalogue.Default); }
        catch (Exception) { return null; } // any failure to load means the profile falls back to the stored per-indicator totals
    });
}
