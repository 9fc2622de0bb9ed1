namespace Leefbaar.Analysis.Spatial;

/// <summary>
/// Getis–Ord Gi* (Ord and Getis 1995): the weighted sum over an area and its neighbours (binary weights with the area
/// itself included), as a share of all values, with its z-score against the expectation under no clustering (high
/// positive = hot spot, strongly negative = cold spot), the two-sided normal p-value, and a conditional-permutation
/// p_sim from the shared <see cref="PermutationEngine"/>. Significance uses the normal p with Benjamini–Hochberg FDR.
/// </summary>
public static class GetisOrd
{
    /// <summary>Gi* per area (weights are used as binary neighbour sets; the area itself is added).</summary>
    public static LocalStatistics GiStar(Weights.SpatialWeights w, IReadOnlyList<double> y, double alpha = 0.05, int permutations = 0, int seed = 12345,
        CancellationToken cancel = default)
    {
        var n = w.N;
        var mean = y.Average();
        var s = Math.Sqrt(y.Sum(v => v * v) / n - mean * mean);
        var total = y.Sum();
        var sd = Math.Sqrt(y.Sum(v => (v - mean) * (v - mean)) / n);
        var z = y.Select(v => sd == 0 ? 0 : (v - mean) / sd).ToArray();
        var binary = new Weights.SpatialWeights(w.Ids, w.Neighbours, w.Neighbours.Select(r => r.Select(_ => 1.0).ToArray()).ToArray(), w.Kind);
        var g = new double[n];
        var sums = new double[n];
        var normality = new Inference[n];
        for (var i = 0; i < n; i++)
        {
            double wi = w.Neighbours[i].Length + 1;
            var sum = y[i] + w.Neighbours[i].Sum(j => y[j]);
            sums[i] = sum;
            g[i] = total == 0 ? double.NaN : sum / total;
            var variance = s * s * (n * wi - wi * wi) / (n - 1);
            normality[i] = Inference.Of(sum, mean * wi, variance);
        }
        // Simulated is the local sum (the area's own value plus as many values drawn from the other areas as it has
        // neighbours): Gᵢ* is that sum over a constant total, so p_sim and z_sim are the same, EI_sim is of the sum.
        var sims = PermutationEngine.Conditional(binary, y, sums, permutations, seed, (i, drawn) => y[i] + drawn, cancel);
        var threshold = FalseDiscovery.Threshold(normality.Select(r => r.P).ToList(), alpha);
        var sides = normality.Select(r => r.Z > 0 ? "hot" : "cold").ToArray();
        var significant = normality.Select(r => r.P <= threshold).ToArray();
        return new LocalStatistics("gi_star", w.Ids, y.ToArray(), z, binary.Lag(z), g, normality, sims, sides, significant,
            sides.Select((side, i) => significant[i] ? side : "ns").ToArray());
    }
}
