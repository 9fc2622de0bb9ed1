using Leefbaar.Core.Areas;
using Leefbaar.App.Releases;
using Leefbaar.App.Scoring;
using Leefbaar.Data.Store;
using Leefbaar.Geo.Overlay;
using Leefbaar.Model.Catalogue;
using Leefbaar.Model.Releases;
using Leefbaar.Model.Scoring;
using Leefbaar.Geo.Grid;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace Leefbaar.App.CustomAreas;

/// <summary>
/// Scores drawn areas with one release: the buurten each covers (<see cref="PolygonOverlap"/>) combined by
/// <see cref="AreaCombination"/>, each buurt weighted by the share of its residents inside, from the CBS 100 m cells
/// where the store holds them (<see cref="CellResidents"/>), else by its covered area share. Holds the release's
/// buurt scores, boundaries and cells in memory, so one instance answers any number of areas without the store.
/// </summary>
public sealed class CustomAreaScorer
{
    private readonly PolygonOverlap _overlap;
    private readonly Dictionary<string, AreaScore> _scores;
    private readonly CellResidents? _cells;

    /// <summary>The release whose buurt scores are combined.</summary>
    public ModelRelease Release { get; }

    /// <summary>The number of scored buurten whose residents' whereabouts come from 100 m cells.</summary>
    public int BuurtenWithCells => _cells?.PartsWithCells ?? 0;

    /// <summary>
    /// Builds the scorer from buurt scores and boundaries (RD New), and optionally 100 m cells (lower-left corner
    /// code and residents); buurten without a score are left out.
    /// </summary>
    public CustomAreaScorer(ModelRelease release, IEnumerable<AreaScore> buurtScores, IReadOnlyDictionary<string, Geometry> buurtShapes,
        IReadOnlyDictionary<string, double>? cellResidents = null)
    {
        Release = release;
        _scores = buurtScores.ToDictionary(s => s.Code, StringComparer.Ordinal);
        var scored = buurtShapes.Where(kv => _scores.ContainsKey(kv.Key)).ToList();
        _overlap = new PolygonOverlap(scored);
        if (cellResidents is { Count: > 0 })
            _cells = new CellResidents(scored, cellResidents.Select(kv =>
            {
                var (x, y) = AreaCode.Parse(kv.Key).CellOrigin();
                return (x + CellSquares.Side / 2, y + CellSquares.Side / 2, kv.Value);
            }));
    }

    /// <summary>Reads a release's buurt scores (published, else scored now) and the buurt boundaries of its division.</summary>
    public static CustomAreaScorer FromStore(LeefbaarStore store, string? release) =>
        FromStore(store, ReleaseResolver.Resolve(store, release, IndicatorCatalogue.Default));

    /// <summary>As <see cref="FromStore(LeefbaarStore, string?)"/> for a release already loaded (a file need not be stored).</summary>
    public static CustomAreaScorer FromStore(LeefbaarStore store, ModelRelease r)
    {
        var catalogue = IndicatorCatalogue.Default;
        var scores = StoredLevelScores.Read(store, r, LevelName.Buurt) ?? LevelScoring.Score(store, r, catalogue, LevelName.Buurt);
        return new CustomAreaScorer(r, scores, store.Geometries(LevelName.Buurt, r.Data.Division), NewestCellResidents(store));
    }

    /// <summary>Residents per 100 m cell in the newest year of the newest cell division the store holds (empty without a grid).</summary>
    public static Dictionary<string, double> NewestCellResidents(LeefbaarStore store)
    {
        var divisions = store.GeometryCoverage(LevelName.Cell).Select(c => c.Division).ToList();
        return divisions.Count == 0 ? new(StringComparer.Ordinal) : store.IndicatorValues("population", LevelName.Cell, divisions.Max());
    }

    /// <summary>The combined score of one area, or null when it covers no scored buurt (outside the Netherlands' buurten, or in water).</summary>
    public CombinedArea? Score(DrawnArea area)
    {
        var prepared = _cells is null ? null : PreparedGeometryFactory.Prepare(area.Shape);
        var parts = _overlap.Of(area.Shape)
            .Select(o => (_scores[o.Code], o.Share, o.SharedArea, prepared is null ? null : _cells!.ShareInside(o.Code, prepared))).ToList();
        return AreaCombination.Combine(Release, area.Code, area.Name, parts);
    }
}
