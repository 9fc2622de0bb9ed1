using Leefbaar.Core.ReadModels;
using Leefbaar.App.UserIndicators;
using Leefbaar.Data.Store;
using Leefbaar.Model.Catalogue;

namespace Leefbaar.App.Serving;

/// <summary>
/// Everything a server keeps in memory, read from a store file in one read-only session: areas of the newest
/// division, official and model scores, indicator values, stored contributions, model releases and the indicator
/// catalogue with the store's user indicators (so profiles name them). The API builds
/// its indexes from this and never opens the store itself.
/// </summary>
public sealed record StoreSnapshot(
    string StorePath, bool IsDemo, IReadOnlyList<AreaRow> Areas, IReadOnlyList<ServedOfficialScore> Official, IReadOnlyList<ServedModelScore> Model,
    IReadOnlyList<ServedObservation> Observations, IReadOnlyList<ServedContribution> Contributions, IReadOnlyList<ServedModelRelease> Releases,
    IndicatorCatalogue Catalogue)
{
    /// <summary>Reads the snapshot of a store file.</summary>
    public static StoreSnapshot Read(string storePath)
    {
        using var store = LeefbaarStore.Open(storePath, readOnly: true);
        return new StoreSnapshot(store.FilePath, store.IsDemo(), store.AllAreasNewestDivision(), store.AllOfficialScores(), store.AllModelScores(),
            store.AllObservations(), store.AllContributions(), store.ModelReleases(), UserIndicatorService.CatalogueWithUserIndicators(store));
    }

    /// <summary>The boundaries of one level in their newest division (RD New WKB), for map tiles.</summary>
    public static IReadOnlyList<ServedGeometry> Geometries(string storePath, string level)
    {
        using var store = LeefbaarStore.Open(storePath, readOnly: true);
        return store.NewestGeometries(level);
    }
}
