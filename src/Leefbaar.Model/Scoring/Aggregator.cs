using Leefbaar.Model.Releases;

namespace Leefbaar.Model.Scoring;

/// <summary>
/// Aggregates area scores to a higher level as weighted means of the continuous dimension scores (weights:
/// inhabitants by default, the official method most likely uses dwellings). Because every dimension is averaged
/// with the same weights, afw = Σ dimensions stays exact at every level; classes are assigned after aggregating,
/// never averaged.
/// </summary>
public static class Aggregator
{
    /// <summary>Aggregates <paramref name="scores"/> by the parent code <paramref name="parentOf"/> returns (null = skipped).</summary>
    public static List<AreaScore> Aggregate(ModelRelease release, IReadOnlyList<AreaScore> scores, Func<AreaScore, string?> parentOf,
        IReadOnlyDictionary<string, string> names, Func<string, string?> gemeenteOf, double minReliableWeight)
    {
        var groups = new SortedDictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var s in scores)
        {
            var parent = parentOf(s);
            if (parent is null) continue;
            if (!groups.TryGetValue(parent, out var acc)) groups[parent] = acc = new double[7];
            var w = Math.Max(s.Weight, 0);
            if (w == 0) continue;
            acc[0] += w * s.Won; acc[1] += w * s.Fys; acc[2] += w * s.Vrz; acc[3] += w * s.Soc; acc[4] += w * s.Onv;
            acc[5] += w;
            acc[6] += 1;
        }
        var result = new List<AreaScore>(groups.Count);
        Span<double> dims = stackalloc double[5];
        foreach (var (code, acc) in groups)
        {
            if (acc[5] <= 0) continue;
            for (var d = 0; d < 5; d++) dims[d] = acc[d] / acc[5];
            result.Add(Scorer.Make(release, code, names.GetValueOrDefault(code) ?? "", gemeenteOf(code), scores[0].Year, dims, acc[5], acc[5] >= minReliableWeight));
        }
        return result;
    }
}
