namespace Leefbaar.Analysis.Spatial;

/// <summary>
/// A local spatial statistic for every area, in the shared vocabulary with plural names for per-area arrays (as esda's
/// Moran_Local and G_Local): the statistic Is (Iᵢ, or Gᵢ* for Getis–Ord), its analytical test where one exists, its
/// permutation test, the quadrant or hot/cold side, and the label kept after false-discovery-rate control
/// ("ns" = not significant; islands are "ns").
/// </summary>
public sealed record LocalStatistics(
    string Name,
    IReadOnlyList<string> Codes,
    IReadOnlyList<double> Values,
    IReadOnlyList<double> StandardisedValues,
    IReadOnlyList<double> Lags,
    IReadOnlyList<double> Is,
    IReadOnlyList<Inference>? Normality,
    IReadOnlyList<Simulation> Simulations,
    IReadOnlyList<string> Quadrants,
    IReadOnlyList<bool> Significant,
    IReadOnlyList<string> Labels)
{
    /// <summary>The number of areas.</summary>
    public int N => Codes.Count;

    /// <summary>The pseudo p-values p_sim per area (NaN for islands or without permutations).</summary>
    public IReadOnlyList<double> PSims => Simulations.Select(s => s.PSim).ToArray();
}
