using Leefbaar.Core.Areas;
using Leefbaar.App.Workspaces;
using Leefbaar.Core.Errors;
using Leefbaar.Model.Estimation;
using Leefbaar.Model.Releases;

namespace Leefbaar.App.Judgements;

/// <summary>Where a judgement-model release is put on the target's afw scale (docs/model-combination.md).</summary>
public static class JudgementScale
{
    /// <summary>The year of buurten the judgement model is fitted on (the 2024 division and inputs).</summary>
    public const int Year = 2024;

    /// <summary>Spread and dimension means from the official buurt scores of the target (or the given spread, means 0).</summary>
    public static CombinationOptions Options(Workspace workspace, TargetRelease target, double? spread)
    {
        var datasets = workspace.DatasetVersions();
        if (spread is { } given) return new CombinationOptions { Target = target, Spread = given, Datasets = datasets };
        var official = workspace.OfficialScores(target.Id, LevelName.Buurt, Year)
            .Where(r => r.Afw is not null && r.Won is not null && r.Fys is not null && r.Vrz is not null && r.Soc is not null && r.Onv is not null).ToList();
        if (official.Count < 2)
            throw new NotFoundException($"The store has no official {target.Id} buurt scores to take the afw spread from; import them or pass --spread.");
        var mean = official.Average(r => r.Afw!.Value);
        var sd = Math.Sqrt(official.Sum(r => (r.Afw!.Value - mean) * (r.Afw!.Value - mean)) / official.Count);
        var means = new SortedDictionary<string, double>(StringComparer.Ordinal)
        {
            ["won"] = official.Average(r => r.Won!.Value), ["fys"] = official.Average(r => r.Fys!.Value), ["vrz"] = official.Average(r => r.Vrz!.Value),
            ["soc"] = official.Average(r => r.Soc!.Value), ["onv"] = official.Average(r => r.Onv!.Value),
        };
        return new CombinationOptions { Target = target, Spread = sd, DimensionMeans = means, Datasets = datasets };
    }
}
