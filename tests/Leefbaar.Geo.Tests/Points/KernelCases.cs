namespace Leefbaar.Geo.Tests.Points;

/// <summary>Seeded inputs for the kernel property tests: clustered dwellings and amenities with the awkward cases built in.</summary>
internal static class KernelCases
{
    /// <summary>Dwellings (with persons) and amenities for one seed; <paramref name="amenities"/> may be 0 (empty set).</summary>
    public static (double[] X, double[] Y, float[] Persons, double[] Ax, double[] Ay) Create(int seed, int dwellings, int amenities, double spread)
    {
        var rng = new Random(seed);
        double x0 = 100_000 + rng.Next(0, 50) * 100, y0 = 400_000 + rng.Next(0, 50) * 100;
        double Gauss() => Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
        var centres = Enumerable.Range(0, 1 + rng.Next(8)).Select(_ => (X: x0 + rng.NextDouble() * spread, Y: y0 + rng.NextDouble() * spread)).ToArray();
        var x = new double[dwellings]; var y = new double[dwellings];
        for (var i = 0; i < dwellings; i++)
        {
            var (cx, cy) = centres[rng.Next(centres.Length)];
            x[i] = cx + 300 * Gauss(); y[i] = cy + 300 * Gauss();
            // Every tenth dwelling on a cell border (half-open binning), every seventh a duplicate of the previous one.
            if (i % 10 == 0) { x[i] = Math.Round(x[i] / 100) * 100; y[i] = Math.Round(y[i] / 100) * 100; }
            if (i % 7 == 0 && i > 0) { x[i] = x[i - 1]; y[i] = y[i - 1]; }
        }
        var persons = x.Select(_ => (float)(0.5 + rng.Next(8) * 0.7)).ToArray();
        var ax = new double[amenities]; var ay = new double[amenities];
        for (var i = 0; i < amenities; i++)
        {
            var k = rng.Next(dwellings);
            ax[i] = x[k] + 800 * Gauss(); ay[i] = y[k] + 800 * Gauss();
            switch (i % 6)
            {
                // Exactly on a 300 m / 1 km / 3 km circle around a cell centre (3-4-5 triangles, exact in binary).
                case 0: (ax[i], ay[i]) = OnCircle(x[k], y[k], rng.Next(3), rng.Next(4)); break;
                // A duplicate amenity: equal distances (ties) from every centre.
                case 1 when i > 0: ax[i] = ax[i - 1]; ay[i] = ay[i - 1]; break;
                // Equidistant from a cell centre as the previous one, mirrored (a tie at a different point).
                case 2 when i > 0: (ax[i], ay[i]) = Mirror(ax[i - 1], ay[i - 1], x[k], y[k]); break;
            }
        }
        return (x, y, persons, ax, ay);
    }

    private static double Centre(double v) => Math.Floor(v / 100) * 100 + 50;

    private static (double, double) OnCircle(double x, double y, int radius, int quadrant)
    {
        var scale = new[] { 60.0, 200.0, 600.0 }[radius]; // 5 × scale = 300, 1000, 3000
        var (dx, dy) = (quadrant & 1) == 0 ? (3 * scale, 4 * scale) : (5 * scale, 0.0);
        return (Centre(x) + ((quadrant & 2) == 0 ? dx : -dx), Centre(y) + ((quadrant & 2) == 0 ? dy : -dy));
    }

    private static (double, double) Mirror(double ax, double ay, double x, double y) => (2 * Centre(x) - ax, ay);
}
