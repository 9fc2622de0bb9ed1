namespace Leefbaar.Analysis.Spatial;

/// <summary>
/// Global Moran's I = n/S0 · zᵀWz / zᵀz on deviations z from the mean, with E[I] = −1/(n−1) and the textbook
/// variances under normality and randomisation (Cliff and Ord 1981; the same formulas as PySAL esda.Moran), plus a
/// permutation test that reshuffles the values over the areas (seeded, reproducible).
/// </summary>
public static class GlobalMoran
{
    /// <summary>Computes I for values aligned with the rows of <paramref name="w"/>; the permutation loop stops when <paramref name="cancel"/> fires.</summary>
    public static GlobalStatistic Compute(Weights.SpatialWeights w, IReadOnlyList<double> y, int permutations = 999, int seed = 12345, CancellationToken cancel = default)
    {
        var n = w.N;
        if (y.Count != n) throw new ArgumentException("One value per area of the weights.");
        if (n < 4) throw new ArgumentException("Moran's I needs at least four areas.");
        var mean = y.Average();
        var z = y.Select(v => v - mean).ToArray();
        var z2 = z.Sum(v => v * v);
        if (z2 == 0) throw new ArgumentException("All values are equal: Moran's I is undefined.");
        var (s0, s1, s2) = (w.S0, w.S1, w.S2);
        var i = Statistic(w, z, z2, s0);

        double dn = n;
        var ei = -1.0 / (dn - 1);
        var s02 = s0 * s0;
        var vNorm = (dn * dn * s1 - dn * s2 + 3 * s02) / ((dn - 1) * (dn + 1) * s02) - ei * ei;
        var k = (z.Sum(v => v * v * v * v) / dn) / Math.Pow(z2 / dn, 2);
        var a = dn * ((dn * dn - 3 * dn + 3) * s1 - dn * s2 + 3 * s02);
        var b = k * ((dn * dn - dn) * s1 - 2 * dn * s2 + 6 * s02);
        var vRand = (a - b) / ((dn - 1) * (dn - 2) * (dn - 3) * s02) - ei * ei;
        var simulation = PermutationEngine.Global(i, z, permutations, seed, shuffled => Statistic(w, shuffled, z2, s0), cancel);
        return new GlobalStatistic("moran", n, i, ei, Inference.Of(i, ei, vNorm), Inference.Of(i, ei, vRand), simulation, s0);
    }

    private static double Statistic(Weights.SpatialWeights w, double[] z, double z2, double s0)
    {
        var lag = w.Lag(z);
        var cross = 0.0;
        for (var k = 0; k < z.Length; k++) cross += z[k] * lag[k];
        return z.Length / s0 * cross / z2;
    }
}
