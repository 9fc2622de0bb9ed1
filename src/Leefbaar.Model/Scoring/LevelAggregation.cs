using Leefbaar.Core.Areas;
using Leefbaar.Core.ReadModels;
using Leefbaar.Model.Features;
using Leefbaar.Model.Releases;

namespace Leefbaar.Model.Scoring;

/// <summary>Scores every buurt of a feature table and aggregates them to wijk, gemeente, provincie and Nederland.</summary>
public static class LevelAggregation
{
    /// <summary>The levels above the buurt, in aggregation order.</summary>
    public static readonly string[] Parents = [LevelName.Wijk, LevelName.Gemeente, LevelName.Provincie, LevelName.Land];

    /// <summary>Buurt scores and their aggregates per level ("buurt", "wijk", "gemeente", "provincie", "land").</summary>
    public static Dictionary<string, List<AreaScore>> ScoreAllLevels(IAreaData data, ModelRelease release, FeatureTable table)
    {
        var buurten = Scorer.Score(release, table, LevelName.Buurt);
        var index = table.IndexByCode();
        var names = new Dictionary<string, string>();
        foreach (var level in Parents)
            foreach (var a in data.Areas(level, release.Data.Division)) names[a.Code] = a.Name;
        var gemeenteToProvincie = data.Areas(LevelName.Gemeente, release.Data.Division).Where(a => a.Provincie is not null).ToDictionary(a => a.Code, a => a.Provincie!);
        var min = release.ReliabilityMinPopulation;
        var result = new Dictionary<string, List<AreaScore>> { [LevelName.Buurt] = buurten };
        result[LevelName.Wijk] = Aggregator.Aggregate(release, buurten, s => table.Wijk[index[s.Code]], names, c => "GM" + c.Substring(2, 4), min);
        result[LevelName.Gemeente] = Aggregator.Aggregate(release, buurten, s => s.Gemeente, names, c => c, min);
        result[LevelName.Provincie] = Aggregator.Aggregate(release, buurten, s => s.Gemeente is { } g ? gemeenteToProvincie.GetValueOrDefault(g) : null, names, _ => null, min);
        result[LevelName.Land] = Aggregator.Aggregate(release, buurten, _ => "NL00", names, _ => null, min);
        return result;
    }
}
