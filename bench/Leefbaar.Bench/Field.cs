namespace Leefbaar.Bench;

/// <summary>The deterministic synthetic field of the micro-benchmarks: clustered points in an RD-New-sized box.</summary>
internal static class Field
{
    /// <summary><paramref name="n"/> points around <paramref name="clusters"/> random centres, triangular spread <paramref name="sigma"/> metres.</summary>
    public static (double[] X, double[] Y) Clustered(Random rng, int n, int clusters, double sigma)
    {
        var centres = Enumerable.Range(0, clusters).Select(_ => (X: 10_000 + rng.NextDouble() * 200_000, Y: 310_000 + rng.NextDouble() * 300_000)).ToArray();
        var xs = new double[n]; var ys = new double[n];
        for (var i = 0; i < n; i++)
        {
            var c = centres[rng.Next(clusters)];
            xs[i] = c.X + sigma * (rng.NextDouble() + rng.NextDouble() + rng.NextDouble() - 1.5);
            ys[i] = c.Y + sigma * (rng.NextDouble() + rng.NextDouble() + rng.NextDouble() - 1.5);
        }
        return (xs, ys);
    }
}
