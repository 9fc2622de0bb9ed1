using Leefbaar.Core.Areas;
using Leefbaar.Core.Scores;
using Leefbaar.Data.Import;
using Leefbaar.Geo.Projection;
using NetTopologySuite.Geometries;

namespace Leefbaar.Data.Demo;

/// <summary>
/// Generates a small, clearly labelled SYNTHETIC dataset (four invented gemeenten, GM99xx codes that CBS never
/// issues) so Leefbaar runs on a machine without the real files. Buurten are squares on a grid in RD New around
/// Amersfoort; indicators use the real catalogue codes with distributions shaped like KWB 2024 (urban cores dense,
/// rural edges sparse). Scores are produced under release "demo-synthetic" from a known additive rule, so they can
/// never be mistaken for official figures. Deterministic for a seed.
/// </summary>
public static class DemoDatasetGenerator
{
    /// <summary>The release name of the synthetic scores.</summary>
    public const string Release = "demo-synthetic";

    private static readonly (string Code, string Name, int Urbanity, int Size)[] Gemeenten =
    [
        ("GM9901", "Demostad (synthetisch)", 1, 12),
        ("GM9902", "Voorbeeldrecht (synthetisch)", 3, 8),
        ("GM9903", "Proefdorp (synthetisch)", 5, 6),
        ("GM9904", "Testerveen (synthetisch)", 4, 7),
    ];

    /// <summary>Builds the batch; <paramref name="division"/> and <paramref name="year"/> default to 2024.</summary>
    public static ImportBatch Generate(int seed = 1, int division = 2024, int year = 2024)
    {
        var rng = new Random(seed);
        var batch = new ImportBatch();
        var pv = AreaCode.Parse("PV26");
        batch.AddArea(new Area(AreaCode.Parse("NL00"), division, "Nederland (synthetisch)"));
        batch.AddArea(new Area(pv, division, "Demoprovincie (synthetisch)"));
        const double cell = 600; // buurt square side in metres
        var originX = 140_000.0;
        for (var g = 0; g < Gemeenten.Length; g++)
        {
            var (gmText, gmName, urbanity, size) = Gemeenten[g];
            var gm = AreaCode.Parse(gmText);
            batch.AddArea(new Area(gm, division, gmName, Provincie: pv));
            var gx = originX + g * (size * cell + 2_000);
            const double gy = 455_000;
            batch.Geometries.Add(new GeometryRecord(gm, division, Square(gx, gy, size * cell, size * cell)));
            var buurtIndex = 0;
            for (var wi = 0; wi < Math.Max(2, size / 3); wi++)
            {
                var wk = AreaCode.Parse($"WK{gmText[2..]}{wi:00}");
                batch.AddArea(new Area(wk, division, $"Wijk {wi + 1} {gmName.Split(' ')[0]}", Gemeente: gm, Provincie: pv));
                var rowsPerWijk = size / Math.Max(2, size / 3);
                for (var r = wi * rowsPerWijk; r < (wi + 1) * rowsPerWijk && r < size; r++)
                {
                    for (var c = 0; c < size; c++)
                    {
                        var bu = AreaCode.Parse($"BU{gmText[2..]}{wi:00}{buurtIndex % 100:00}");
                        buurtIndex++;
                        batch.AddArea(new Area(bu, division, $"Buurt {r + 1}-{c + 1} {gmName.Split(' ')[0]}", Wijk: wk, Gemeente: gm, Provincie: pv));
                        batch.Geometries.Add(new GeometryRecord(bu, division, Square(gx + c * cell, gy + r * cell, cell, cell)));
                        // Distance from the gemeente centre drives density and amenities, as in real towns.
                        var d = Math.Sqrt(Math.Pow(c - size / 2.0, 2) + Math.Pow(r - size / 2.0, 2)) / (size / 2.0);
                        AddIndicators(batch, bu, division, year, urbanity, d, rng);
                    }
                }
            }
        }
        return batch;
    }

    private static void AddIndicators(ImportBatch batch, AreaCode bu, int division, int year, int urbanity, double d, Random rng)
    {
        double N(double mean, double sd) => mean + sd * Normal(rng);
        var density = Math.Max(50, (9000 - 1700 * urbanity) * Math.Exp(-1.5 * d) * Math.Exp(0.3 * Normal(rng)));
        var area = 36.0;
        var pop = Math.Round(density * area / 100);
        var owner = Math.Clamp(N(40 + 8 * urbanity + 10 * d, 12), 2, 98);
        var single = Math.Clamp(N(30 + 12 * urbanity + 15 * d, 12), 0, 100);
        var distShop = Math.Max(0.1, N(0.4 + 0.5 * urbanity * d, 0.3));
        var crime = Math.Max(1, N(80 - 12 * urbanity - 20 * d, 12));
        var share65 = Math.Clamp(N(0.18 + 0.02 * urbanity, 0.05), 0.02, 0.6);
        string src = "demo-synthetic";
        batch.Observe(bu, division, year, "population", pop, src);
        batch.Observe(bu, division, year, "population_65plus", Math.Round(pop * share65), src);
        batch.Observe(bu, division, year, "population_0_14", Math.Round(pop * Math.Clamp(N(0.15, 0.04), 0.01, 0.4)), src);
        batch.Observe(bu, division, year, "population_density", Math.Round(density), src);
        batch.Observe(bu, division, year, "household_size", Math.Round(Math.Clamp(N(1.8 + 0.15 * urbanity, 0.3), 1.1, 3.5), 1), src);
        batch.Observe(bu, division, year, "households", Math.Round(pop / 2.1), src);
        batch.Observe(bu, division, year, "owner_occupied_pct", Math.Round(owner), src);
        batch.Observe(bu, division, year, "single_family_pct", Math.Round(single), src);
        batch.Observe(bu, division, year, "urbanity", Math.Clamp(urbanity + (d > 0.8 ? 1 : 0), 1, 5), src);
        batch.Observe(bu, division, year, "address_density", Math.Round(density * 0.6), src);
        batch.Observe(bu, division, year, "land_area_ha", area, src);
        batch.Observe(bu, division, year, "dist_gp_km", Math.Round(distShop * 1.1, 1), src);
        batch.Observe(bu, division, year, "dist_supermarket_km", Math.Round(distShop, 1), src);
        batch.Observe(bu, division, year, "dist_school_km", Math.Round(distShop * 0.8, 1), src);
        batch.Observe(bu, division, year, "schools_within_3km", Math.Round(Math.Max(0, N(14 - 2.5 * urbanity - 4 * d, 2)), 1), src);
        batch.Observe(bu, division, year, "crime_per_1000", Math.Round(crime, 1), src);
        for (var y = year - 3; y <= year + 1; y++)
            batch.Observe(bu, division, y, "crime_count", Math.Round(crime * pop / 1000 * Math.Exp(0.1 * Normal(rng))), src);

        // A known additive rule, so demo maps look plausible and tests can check recovery; scaled like LBM 3.0.
        var won = 0.0012 * (owner - 55) + 0.0006 * (single - 60) + N(0, 0.01);
        var fys = -0.000004 * (density - 3000) + N(0, 0.01);
        var vrz = -0.08 * (distShop - 1) + N(0, 0.02);
        var soc = 0.012 * (urbanity - 3) + N(0, 0.01);
        var onv = -0.0025 * (crime - 45) + N(0, 0.01);
        var afw = won + fys + vrz + soc + onv;
        int Cls(double v) => ScoreClass.Classify(v, [-0.428, -0.354, -0.2815, -0.164, -0.103, 0.0101, 0.0896, 0.1680]);
        batch.Scores.Add(new OfficialScore(bu, year, Release, 4.0456 + afw, afw, won, fys, vrz, soc, onv, Cls(afw)));
    }

    private static Geometry Square(double x, double y, double w, double h) => RdReprojector.RdFactory.CreatePolygon(
        [new Coordinate(x, y), new Coordinate(x + w, y), new Coordinate(x + w, y + h), new Coordinate(x, y + h), new Coordinate(x, y)]);

    private static double Normal(Random rng)
    {
        var u1 = 1.0 - rng.NextDouble();
        var u2 = rng.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
