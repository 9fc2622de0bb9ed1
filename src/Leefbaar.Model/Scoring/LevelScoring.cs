using Leefbaar.Core.Areas;
using Leefbaar.Core.ReadModels;
using Leefbaar.Model.Catalogue;
using Leefbaar.Model.Features;
using Leefbaar.Model.Releases;

namespace Leefbaar.Model.Scoring;

/// <summary>Scores one level with a release: buurten directly, higher levels by aggregation, cells via the CBS grid.</summary>
public static class LevelScoring
{
    /// <summary>Division of the CBS 100 m grid that ships with the shared data.</summary>
    public const int CellDivision = 2014;

    /// <summary>Scores of <paramref name="level"/> (buurt, wijk, gemeente, provincie, land, cell) for the release's year.</summary>
    public static List<AreaScore> Score(IAreaData data, ModelRelease release, IndicatorCatalogue catalogue, string level)
    {
        var buurten = new FeatureBuilder(data, catalogue).Build(LevelName.Buurt, release.Data.Division, release.Data.Year);
        if (level == LevelName.Cell)
        {
            var cells = new CellFeatureBuilder(data).Build(buurten, CellDivision);
            return Scorer.Score(release, cells, LevelName.Cell).Where(s => s.Gemeente is not null).ToList();
        }
        var all = LevelAggregation.ScoreAllLevels(data, release, buurten);
        return all.TryGetValue(level, out var scores)
            ? scores
            : throw new ArgumentException($"Cannot score level '{level}'; use buurt, wijk, gemeente, provincie, land or cell.");
    }
}
