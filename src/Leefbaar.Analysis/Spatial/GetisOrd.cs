namespace Leefbaar.Analysis.Spatial;

/// <summary>
/// Getis–Ord Gi* (Ord and Getis 1995): the z-score of the weighted sum over an area and its neighbours (binary
/// weights with the area itself included) against its expectation under no clustering; high positive = hot spot,
/// strongly negative = cold spot. P-values two-sided normal, with Benjamini–Hochberg FDR over all areas.
/// </summary>
public static class GetisOrd
{
    /// <summary>Gi* z-scores, p-values and FDR-significance per area (weights are used as binary neighbour sets).</summary>
    public static List<(string Code, double Value, double Z, double P, bool Significant)> GiStar(Weights.SpatialWeights w, IReadOnlyList<double> y, double alpha = 0.05)
    {
        var n = w.N;
        var mean = y.Average();
        var s = Math.Sqrt(y.Sum(v => v * v) / n - mean * mean);
        var rows = new List<(string, double, double, double)>();
        for (var i = 0; i < n; i++)
        {
            var members = w.Neighbours[i].Append(i).ToArray();
            double wi = members.Length;
            var sum = members.Sum(j => y[j]);
            var z = (sum - mean * wi) / (s * Math.Sqrt((n * wi - wi * wi) / (n - 1)));
            rows.Add((w.Ids[i], y[i], z, Normal.TwoSided(z)));
        }
        var threshold = FalseDiscovery.Threshold(rows.Select(r => r.Item4).ToList(), alpha);
        return rows.Select(r => (r.Item1, r.Item2, r.Item3, r.Item4, r.Item4 <= threshold)).ToList();
    }
}
