using Leefbaar.Geo.Points;
using Leefbaar.Geo.Projection;
using NetTopologySuite.Geometries;

namespace Leefbaar.Geo.Tests.Points;

/// <summary>A small deterministic synthetic region (4 × 3 km near Utrecht, RD New): clustered points and irregular polygons.</summary>
internal sealed class BruteForceRegion
{
    public double[] X = [], Y = [];
    public float[] Persons = [];
    public double[] AmenityX = [], AmenityY = [];
    public double[] EventX = [], EventY = [];
    public List<Geometry?> Polygons = [];

    public static BruteForceRegion Create(int seed)
    {
        var rng = new Random(seed);
        const double x0 = 134_000, y0 = 454_000;
        var region = new BruteForceRegion();
        double Gauss() => Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
        (double[], double[]) Clustered(int n, double sigma)
        {
            var xs = new double[n]; var ys = new double[n];
            var centres = Enumerable.Range(0, 25).Select(_ => (x0 + rng.NextDouble() * 4000, y0 + rng.NextDouble() * 3000)).ToArray();
            for (var i = 0; i < n; i++)
            {
                var (cx, cy) = centres[rng.Next(centres.Length)];
                xs[i] = cx + sigma * Gauss(); ys[i] = cy + sigma * Gauss();
            }
            return (xs, ys);
        }
        (region.X, region.Y) = Clustered(20_000, 150);
        // Points exactly on cell borders and on polygon vertices exercise the half-open rules.
        for (var i = 0; i < 200; i++) { region.X[i] = Math.Round(region.X[i] / 100) * 100; region.Y[i] = Math.Round(region.Y[i] / 50) * 50; }
        region.Persons = region.X.Select(_ => (float)(1 + rng.Next(4))).ToArray();
        (region.AmenityX, region.AmenityY) = Clustered(600, 400);
        (region.EventX, region.EventY) = Clustered(1_500, 200);
        var f = RdReprojector.RdFactory;
        // A 4 × 3 patchwork of jagged quadrilaterals sharing edges, one with a hole, plus a two-part polygon overlapping others.
        var jx = new double[5, 4]; var jy = new double[5, 4];
        for (var i = 0; i < 5; i++) for (var j = 0; j < 4; j++) { jx[i, j] = x0 + i * 1000 + (i is 0 or 4 ? 0 : rng.Next(-300, 300)); jy[i, j] = y0 + j * 1000 + (j is 0 or 3 ? 0 : rng.Next(-300, 300)); }
        for (var i = 0; i < 4; i++)
            for (var j = 0; j < 3; j++)
            {
                var shell = f.CreateLinearRing([new(jx[i, j], jy[i, j]), new(jx[i + 1, j], jy[i + 1, j]), new(jx[i + 1, j + 1], jy[i + 1, j + 1]), new(jx[i, j + 1], jy[i, j + 1]), new(jx[i, j], jy[i, j])]);
                LinearRing[] holes = i == 1 && j == 1
                    ? [f.CreateLinearRing([new(x0 + 1400, y0 + 1400), new(x0 + 1600, y0 + 1400), new(x0 + 1600, y0 + 1600), new(x0 + 1400, y0 + 1600), new(x0 + 1400, y0 + 1400)])]
                    : [];
                region.Polygons.Add(f.CreatePolygon(shell, holes));
            }
        region.Polygons.Add(f.CreateMultiPolygon(
        [
            f.CreatePolygon([new(x0 + 500, y0 + 500), new(x0 + 900, y0 + 450), new(x0 + 700, y0 + 950), new(x0 + 500, y0 + 500)]),
            f.CreatePolygon([new(x0 + 3100, y0 + 2100), new(x0 + 3900, y0 + 2100), new(x0 + 3900, y0 + 2900), new(x0 + 3100, y0 + 2900), new(x0 + 3100, y0 + 2100)]),
        ]));
        region.Polygons.Add(null);
        return region;
    }
}
