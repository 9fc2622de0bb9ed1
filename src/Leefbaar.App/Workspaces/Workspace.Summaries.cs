using Leefbaar.Core.ReadModels;
using NetTopologySuite.Geometries;

namespace Leefbaar.App.Workspaces;

// What `info` and `areas` print: counts and listings read straight from the store.
public sealed partial class Workspace
{
    /// <summary>Areas per level and division, with how many have indicators and geometry.</summary>
    public List<LevelCount> LevelCounts() => Store.LevelCounts();

    /// <summary>Official score rows per release, level and year.</summary>
    public List<ScoreCount> ScoreCounts() => Store.ScoreCounts();

    /// <summary>Observations per indicator, source, level and division.</summary>
    public List<IndicatorCount> IndicatorCounts() => Store.IndicatorCounts();

    /// <summary>The imported datasets.</summary>
    public List<DatasetRow> Datasets() => Store.Datasets();

    /// <summary>The areas of one level and division, optionally of one gemeente.</summary>
    public List<AreaRow> Areas(string level, int division, string? gemeente = null) => Store.Areas(level, division, gemeente);

    /// <summary>Boundaries (RD New) of one level and division, by area code.</summary>
    public Dictionary<string, Geometry> Geometries(string level, int division) => Store.Geometries(level, division);

    /// <summary>The official scores of one release, level and year.</summary>
    public List<OfficialScoreRow> OfficialScores(string release, string level, int year) => Store.OfficialScores(release, level, year);
}
