namespace Leefbaar.Analysis.Spatial;

/// <summary>
/// Local Moran (LISA, Anselin 1995) as esda.Moran_Local computes it: z standardised with the population standard
/// deviation, Iᵢ = (n−1)·zᵢ·(Wz)ᵢ / Σz², conditional permutation through <see cref="PermutationEngine"/> for a
/// pseudo p-value, and Benjamini–Hochberg FDR over all areas for the cluster map.
/// </summary>
public static class LocalMoran
{
    /// <summary>Iᵢ for every area of <paramref name="w"/> (row-standardised weights expected); the permutations stop when <paramref name="cancel"/> fires.</summary>
    public static LocalStatistics Compute(Weights.SpatialWeights w, IReadOnlyList<double> y, int permutations = 999, double alpha = 0.05, int seed = 12345,
        CancellationToken cancel = default)
    {
        var n = w.N;
        if (y.Count != n) throw new ArgumentException("One value per area of the weights.");
        var mean = y.Average();
        var sd = Math.Sqrt(y.Sum(v => (v - mean) * (v - mean)) / n);
        if (sd == 0) throw new ArgumentException("All values are equal: local Moran is undefined.");
        var z = y.Select(v => (v - mean) / sd).ToArray();
        var den = z.Sum(v => v * v);
        var lag = w.Lag(z);
        var ii = z.Select((v, i) => (n - 1) * v * lag[i] / den).ToArray();
        var sims = PermutationEngine.Conditional(w, z, ii, permutations, seed, (i, drawnLag) => (n - 1) * z[i] * drawnLag / den, cancel);

        var threshold = FalseDiscovery.Threshold(sims.Select(s => s.PSim).ToList(), alpha);
        var quadrants = Enumerable.Range(0, n)
            .Select(i => (z[i] > 0, lag[i] > 0) switch { (true, true) => "HH", (false, true) => "LH", (false, false) => "LL", _ => "HL" }).ToArray();
        var significant = sims.Select(s => !double.IsNaN(s.PSim) && s.PSim <= threshold).ToArray();
        return new LocalStatistics("local_moran", w.Ids, y.ToArray(), z, lag, ii, null, sims, quadrants, significant,
            quadrants.Select((q, i) => significant[i] ? q : "ns").ToArray());
    }
}
