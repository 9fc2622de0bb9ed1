using Leefbaar.App.Releases;
using Leefbaar.Core.ReadModels;
using Leefbaar.Data.Store;
using Leefbaar.Model.Features;
using Leefbaar.Model.Releases;

namespace Leefbaar.Harness.Kernels;

/// <summary>
/// The benchmark's baseline: the same scoring, classification and aggregation as <c>ScorePublisher.ScoreAllLevels</c>,
/// written the straightforward way — a dictionary of every indicator value per area, dictionary lookups per term and
/// dimension, LINQ grouping per level. It gives the same numbers; the bench reports how much slower it is.
/// </summary>
public static class NaiveScorer
{
    private static readonly IReadOnlyList<string> Dims = Leefbaar.Core.Scores.Dimensions.Codes;

    /// <summary>One area's naive score.</summary>
    public sealed record Score(string Code, string? Parent, Dictionary<string, double> Dimensions, double Afw, int Class, Dictionary<string, int> DimensionClasses, double Weight);

    /// <summary>Buurt scores and their inhabitant-weighted aggregates per level.</summary>
    public static Dictionary<string, List<Score>> ScoreAllLevels(LeefbaarStore store, ModelRelease release, FeatureTable table)
    {
        var buurten = new List<Score>();
        for (var i = 0; i < table.Count; i++)
        {
            var values = new Dictionary<string, double>();
            foreach (var (code, column) in table.Columns) values[code] = column[i];
            if (!release.Terms.Any(t => values.TryGetValue(t.Spec.Indicator, out var v) && !double.IsNaN(v))) continue;
            var dims = new Dictionary<string, double>();
            foreach (var d in Dims)
                dims[d] = release.DimensionBase.GetValueOrDefault(d) + release.Terms.Sum(t => t.Contribution(d, values.GetValueOrDefault(t.Spec.Indicator, double.NaN)));
            var population = values.GetValueOrDefault("population", double.NaN);
            buurten.Add(Make(release, table.Codes[i], table.Gemeente[i], dims, double.IsNaN(population) ? 0 : population));
        }

        var names = new Dictionary<string, string>();
        foreach (var level in new[] { "wijk", "gemeente", "provincie", "land" })
            foreach (var a in store.Areas(level, release.Data.Division)) names[a.Code] = a.Name;
        var provincie = store.Areas("gemeente", release.Data.Division).Where(a => a.Provincie is not null).ToDictionary(a => a.Code, a => a.Provincie!);
        var wijk = table.Codes.Select((c, i) => (c, w: table.Wijk[i])).ToDictionary(t => t.c, t => t.w);
        return new Dictionary<string, List<Score>>
        {
            ["buurt"] = buurten,
            ["wijk"] = Aggregate(release, buurten, s => wijk[s.Code]),
            ["gemeente"] = Aggregate(release, buurten, s => s.Parent),
            ["provincie"] = Aggregate(release, buurten, s => s.Parent is { } g ? provincie.GetValueOrDefault(g) : null),
            ["land"] = Aggregate(release, buurten, _ => "NL00"),
        };
    }

    private static List<Score> Aggregate(ModelRelease release, List<Score> scores, Func<Score, string?> parentOf) => scores
        .Where(s => parentOf(s) is not null && s.Weight > 0)
        .GroupBy(s => parentOf(s)!)
        .OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g =>
        {
            var weight = g.Sum(s => s.Weight);
            var dims = Dims.ToDictionary(d => d, d => g.Sum(s => s.Weight * s.Dimensions[d]) / weight);
            return Make(release, g.Key, null, dims, weight);
        })
        .ToList();

    private static Score Make(ModelRelease release, string code, string? parent, Dictionary<string, double> dims, double weight)
    {
        var afw = dims.Values.Sum();
        var sigma = release.DimensionClassUnit;
        double[] symmetric = [-3 * sigma, -2 * sigma, -sigma, -0.5 * sigma, 0.5 * sigma, sigma, 2 * sigma, 3 * sigma];
        return new Score(code, parent, dims, afw, 1 + release.ClassBoundaries.Count(b => afw >= b),
            dims.ToDictionary(kv => kv.Key, kv => 1 + symmetric.Count(b => kv.Value >= b)), weight);
    }
}
