namespace Leefbaar.Analysis.Spatial;

/// <summary>
/// The local Moran statistic of one area: Iᵢ, its quadrant (HH, LH, LL, HL: own value vs neighbours' average,
/// both relative to the mean), the conditional-permutation pseudo p-value, and the cluster label kept after
/// false-discovery-rate control ("ns" = not significant; islands are "ns").
/// </summary>
public sealed record LisaRow(string Code, double Value, double Z, double Lag, double Ii, string Quadrant, double P, bool Significant, string Cluster);
