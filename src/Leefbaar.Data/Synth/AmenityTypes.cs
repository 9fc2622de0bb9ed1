namespace Leefbaar.Data.Synth;

/// <summary>
/// The amenity categories of the synthetic Netherlands and their national totals (≈ 500,000 points). The totals
/// are round orders of magnitude of the Dutch registers (LRK/DUO schools, BIG GPs, retail and hospitality counts
/// of the KvK, ~400 stations); the points are synthetic. "care" is the type of 62,500 points the benchmark uses.
/// </summary>
public static class AmenityTypes
{
    /// <summary>Type names, indexed by the type code stored in amenities.parquet.</summary>
    public static readonly string[] Names = ["school", "gp", "supermarket", "shop", "catering", "culture", "care", "station"];

    /// <summary>National totals per type, same order as <see cref="Names"/>.</summary>
    public static readonly int[] NationalTotals = [9_000, 12_000, 6_500, 250_000, 130_000, 25_000, 62_500, 400];

    /// <summary>The type the peer benchmark uses for nearest and within-1-km kernels.</summary>
    public const int BenchmarkType = 6;

    /// <summary>Spread (m) of an amenity around the dwelling it is drawn near: stations lie further out of the centre of gravity.</summary>
    public static readonly double[] Spread = [150, 100, 120, 80, 80, 200, 120, 600];
}
