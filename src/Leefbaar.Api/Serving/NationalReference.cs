namespace Leefbaar.Api.Serving;

/// <summary>
/// The Nederland reference of one release and year: the mean of each measure over the finest level scored,
/// weighted by population where CBS population counts exist (KWB "population"), otherwise unweighted.
/// </summary>
public sealed record NationalReference(string Release, int Year, string Level, string Weighting, int Areas, IReadOnlyDictionary<string, double> Means)
{
    /// <summary>Computes the reference over one layer.</summary>
    public static NationalReference Compute(ScoreLayer layer, Func<string, double?> population)
    {
        var weighted = layer.ByCode.Keys.Any(c => population(c) is > 0);
        var means = new Dictionary<string, double>();
        foreach (var m in ScoreValues.Measures)
        {
            double sum = 0, weight = 0;
            foreach (var (code, s) in layer.ByCode)
            {
                if (s.Value(m) is not { } v) continue;
                var w = weighted ? population(code) ?? 0 : 1;
                if (w <= 0) continue;
                sum += w * v;
                weight += w;
            }
            if (weight > 0) means[m] = sum / weight;
        }
        return new NationalReference(layer.Release, layer.Year, layer.Level, weighted ? "population" : "none", layer.ByCode.Count, means);
    }
}
