namespace Leefbaar.Analysis.Spatial;

/// <summary>
/// Local Moran (LISA, Anselin 1995) as esda.Moran_Local computes it: z standardised with the population standard
/// deviation, Iᵢ = (n−1)·zᵢ·(Wz)ᵢ / Σz², conditional permutation (each area's neighbours drawn at random from the
/// other areas, seeded) for a pseudo p-value, and Benjamini–Hochberg FDR over all areas for the cluster map.
/// </summary>
public static class LocalMoran
{
    /// <summary>One row per area of <paramref name="w"/> (row-standardised weights expected); the permutations stop when <paramref name="cancel"/> fires.</summary>
    public static List<LisaRow> Compute(Weights.SpatialWeights w, IReadOnlyList<double> y, int permutations = 999, double alpha = 0.05, int seed = 12345,
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

        var p = new double[n];
        var rng = new Random(seed);
        var others = new int[n - 1];
        for (var i = 0; i < n; i++)
        {
            cancel.ThrowIfCancellationRequested();
            var k = w.Neighbours[i].Length;
            if (k == 0 || permutations <= 0) { p[i] = double.NaN; continue; }
            for (int j = 0, o = 0; j < n; j++) if (j != i) others[o++] = j;
            var wi = w.Values[i];
            var larger = 0;
            for (var s = 0; s < permutations; s++)
            {
                if ((s & 255) == 0) cancel.ThrowIfCancellationRequested();
                // partial Fisher–Yates: the first k of "others" become a random draw without replacement
                for (var m = 0; m < k; m++)
                {
                    var r = m + rng.Next(others.Length - m);
                    (others[m], others[r]) = (others[r], others[m]);
                }
                var simLag = 0.0;
                for (var m = 0; m < k; m++) simLag += wi[m] * z[others[m]];
                if ((n - 1) * z[i] * simLag / den >= ii[i]) larger++;
            }
            if (permutations - larger < larger) larger = permutations - larger;
            p[i] = (larger + 1.0) / (permutations + 1.0);
        }
        var threshold = FalseDiscovery.Threshold(p, alpha);
        return Enumerable.Range(0, n).Select(i =>
        {
            var quadrant = (z[i] > 0, lag[i] > 0) switch { (true, true) => "HH", (false, true) => "LH", (false, false) => "LL", _ => "HL" };
            var significant = !double.IsNaN(p[i]) && p[i] <= threshold;
            return new LisaRow(w.Ids[i], y[i], z[i], lag[i], ii[i], quadrant, p[i], significant, significant ? quadrant : "ns");
        }).ToList();
    }
}
