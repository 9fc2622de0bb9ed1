using Leefbaar.Core.Areas;
using Leefbaar.App.Releases;
using Leefbaar.App.Scoring;
using Leefbaar.Data.Store;
using Leefbaar.Geo.Overlay;
using Leefbaar.Model.Catalogue;
using Leefbaar.Model.Releases;
using Leefbaar.Model.Scoring;
using NetTopologySuite.Geometries;

namespace Leefbaar.App.CustomAreas;

/// <summary>
/// Scores drawn areas with one release: the buurten each covers (<see cref="PolygonOverlap"/>) combined by
/// <see cref="AreaCombination"/>. Holds the release's buurt scores and boundaries in memory, so one instance
/// answers any number of areas without the store.
/// </summary>
public sealed class CustomAreaScorer
{
    private readonly PolygonOverlap _overlap;
    private readonly Dictionary<string, AreaScore> _scores;

    /// <summary>The release whose buurt scores are combined.</summary>
    public ModelRelease Release { get; }

    /// <summary>Builds the scorer from buurt scores and boundaries (RD New); buurten without a score are left out.</summary>
    public CustomAreaScorer(ModelRelease release, IEnumerable<AreaScore> buurtScores, IReadOnlyDictionary<string, Geometry> buurtShapes)
    {
        Release = release;
        _scores = buurtScores.ToDictionary(s => s.Code, StringComparer.Ordinal);
        _overlap = new PolygonOverlap(buurtShapes.Where(kv => _scores.ContainsKey(kv.Key)));
    }

    /// <summary>Reads a release's buurt scores (published, else scored now) and the buurt boundaries of its division.</summary>
    public static CustomAreaScorer FromStore(LeefbaarStore store, string? release) =>
        FromStore(store, ReleaseResolver.Resolve(store, release, IndicatorCatalogue.Default));

    /// <summary>As <see cref="FromStore(LeefbaarStore, string?)"/> for a release already loaded (a file need not be stored).</summary>
    public static CustomAreaScorer FromStore(LeefbaarStore store, ModelRelease r)
    {
        var catalogue = IndicatorCatalogue.Default;
        var scores = StoredLevelScores.Read(store, r, LevelName.Buurt) ?? LevelScoring.Score(store, r, catalogue, LevelName.Buurt);
        return new CustomAreaScorer(r, scores, store.Geometries(LevelName.Buurt, r.Data.Division));
    }

    /// <summary>The combined score of one area, or null when it covers no scored buurt (outside the Netherlands' buurten, or in water).</summary>
    public CombinedArea? Score(DrawnArea area)
    {
        var parts = _overlap.Of(area.Shape).Select(o => (_scores[o.Code], o.Share, o.SharedArea)).ToList();
        return AreaCombination.Combine(Release, area.Code, area.Name, parts);
    }
}
