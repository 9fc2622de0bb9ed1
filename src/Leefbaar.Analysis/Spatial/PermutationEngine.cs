namespace Leefbaar.Analysis.Spatial;

/// <summary>
/// The one permutation engine of every spatial statistic. Global statistics reshuffle all values over the areas;
/// local ones use conditional randomisation (Anselin 1995): an area keeps its value and draws its neighbours at
/// random, without replacement, from the other areas. Both are seeded, so a result is reproducible, and both fold the
/// pseudo p-value towards the observed side as esda does: p_sim = (min(larger, P − larger) + 1) / (P + 1).
/// </summary>
public static class PermutationEngine
{
    /// <summary>Simulates a global statistic: <paramref name="statistic"/> is evaluated on successive shuffles of <paramref name="values"/>.</summary>
    public static Simulation Global(double observed, IReadOnlyList<double> values, int permutations, int seed,
        Func<double[], double> statistic, CancellationToken cancel = default)
    {
        if (permutations <= 0) return Simulation.None;
        var rng = new Random(seed);
        var shuffled = values.ToArray();
        var sims = new double[permutations];
        for (var p = 0; p < permutations; p++)
        {
            cancel.ThrowIfCancellationRequested();
            rng.Shuffle(shuffled);
            sims[p] = statistic(shuffled);
        }
        return Summarise(observed, sims.Count(s => s >= observed), sims.Sum(), sims.Sum(s => s * s), permutations);
    }

    /// <summary>
    /// Simulates a local statistic per area. For area i, each permutation draws as many other areas as i has neighbours,
    /// weights their <paramref name="drawFrom"/> values with i's weights, and passes that weighted sum to
    /// <paramref name="statistic"/>(i, sum); the result is compared with <paramref name="observed"/>[i]. Islands get
    /// <see cref="Simulation.None"/>.
    /// </summary>
    public static Simulation[] Conditional(Weights.SpatialWeights w, IReadOnlyList<double> drawFrom, IReadOnlyList<double> observed,
        int permutations, int seed, Func<int, double, double> statistic, CancellationToken cancel = default)
    {
        var n = w.N;
        var result = new Simulation[n];
        var rng = new Random(seed);
        var others = new int[Math.Max(n - 1, 0)];
        for (var i = 0; i < n; i++)
        {
            cancel.ThrowIfCancellationRequested();
            var k = w.Neighbours[i].Length;
            if (k == 0 || permutations <= 0) { result[i] = Simulation.None; continue; }
            for (int j = 0, o = 0; j < n; j++) if (j != i) others[o++] = j;
            var wi = w.Values[i];
            var (larger, sum, sumSq) = (0, 0.0, 0.0);
            for (var s = 0; s < permutations; s++)
            {
                if ((s & 255) == 0) cancel.ThrowIfCancellationRequested();
                // partial Fisher–Yates: the first k of "others" become a random draw without replacement
                for (var m = 0; m < k; m++)
                {
                    var r = m + rng.Next(others.Length - m);
                    (others[m], others[r]) = (others[r], others[m]);
                }
                var drawn = 0.0;
                for (var m = 0; m < k; m++) drawn += wi[m] * drawFrom[others[m]];
                var sim = statistic(i, drawn);
                if (sim >= observed[i]) larger++;
                sum += sim;
                sumSq += sim * sim;
            }
            result[i] = Summarise(observed[i], larger, sum, sumSq, permutations);
        }
        return result;
    }

    private static Simulation Summarise(double observed, int larger, double sum, double sumSq, int permutations)
    {
        if (permutations - larger < larger) larger = permutations - larger; // one-sided in the direction of the observed value
        var mean = sum / permutations;
        // esda reports the simulated spread with numpy's default ddof = 0
        var se = Math.Sqrt(Math.Max(sumSq / permutations - mean * mean, 0));
        return new Simulation(permutations, (larger + 1.0) / (permutations + 1.0), mean, se, (observed - mean) / se);
    }
}
