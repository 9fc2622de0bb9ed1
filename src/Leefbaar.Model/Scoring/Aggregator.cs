using Leefbaar.Model.Releases;

namespace Leefbaar.Model.Scoring;

/// <summary>
/// Aggregates area scores to a higher level as weighted means of the continuous dimension scores (weights:
/// inhabitants by default, the official method most likely uses dwellings). Because every dimension is averaged
/// with the same weights, afw = Σ dimensions stays exact at every level; classes are assigned after aggregating,
/// never averaged. The arithmetic is <see cref="WeightedMeans"/>, shared with the grid run.
/// </summary>
public static class Aggregator
{
    /// <summary>Aggregates <paramref name="scores"/> by the parent code <paramref name="parentOf"/> returns (null = skipped).</summary>
    public static List<AreaScore> Aggregate(ModelRelease release, IReadOnlyList<AreaScore> scores, Func<AreaScore, string?> parentOf,
        IReadOnlyDictionary<string, string> names, Func<string, string?> gemeenteOf, double minReliableWeight)
    {
        if (scores.Count == 0) return [];
        var parents = scores.Select(parentOf).ToArray();
        var codes = parents.Where(p => p is not null).Distinct().Order(StringComparer.Ordinal).ToArray();
        var index = codes.Select((c, i) => (c, i)).ToDictionary(t => t.c!, t => t.i, StringComparer.Ordinal);
        var groupOf = parents.Select(p => p is null ? -1 : index[p]).ToArray();
        double[][] dims =
        [
            scores.Select(s => s.Won).ToArray(), scores.Select(s => s.Fys).ToArray(), scores.Select(s => s.Vrz).ToArray(),
            scores.Select(s => s.Soc).ToArray(), scores.Select(s => s.Onv).ToArray(),
        ];
        var (means, weight) = WeightedMeans.Aggregate(dims, scores.Count, i => i, i => Math.Max(scores[i].Weight, 0), i => groupOf[i], codes.Length);
        var result = new List<AreaScore>(codes.Length);
        Span<double> d = stackalloc double[5];
        for (var g = 0; g < codes.Length; g++)
        {
            if (weight[g] <= 0) continue;
            for (var k = 0; k < 5; k++) d[k] = means[k][g];
            var code = codes[g]!;
            result.Add(Scorer.Make(release, code, names.GetValueOrDefault(code) ?? "", gemeenteOf(code), scores[0].Year, d, weight[g], weight[g] >= minReliableWeight, perArea: false));
        }
        return result;
    }
}
