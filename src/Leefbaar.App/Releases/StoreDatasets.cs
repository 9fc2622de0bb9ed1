using Leefbaar.Data.Store;

namespace Leefbaar.App.Releases;

/// <summary>The datasets (id → content hash) a release records as its inputs.</summary>
public static class StoreDatasets
{
    /// <summary>All imported datasets of the store, sorted by id.</summary>
    public static SortedDictionary<string, string> Of(LeefbaarStore store) =>
        new(store.Datasets().ToDictionary(d => d.Id, d => d.Hash.Length > 16 ? d.Hash[..16] : d.Hash), StringComparer.Ordinal);
}
