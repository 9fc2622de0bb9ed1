namespace Leefbaar.Analysis.Spatial;

/// <summary>
/// Global Moran's I with its expectation, variances and z-scores under normality and randomisation (as esda's
/// Moran reports them) and a permutation pseudo p-value.
/// </summary>
public sealed record MoranResult(
    int N, double I, double ExpectedI, double VarianceNormal, double ZNormal, double PNormal,
    double VarianceRandom, double ZRandom, double PRandom, int Permutations, double PPermutation, double S0);
