namespace Leefbaar.Analysis.Spatial;

/// <summary>Two-sided normal p-values.</summary>
public static class Normal
{
    /// <summary>P(|Z| ≥ |z|) for a standard normal Z.</summary>
    public static double TwoSided(double z) => double.IsNaN(z) ? double.NaN : 2 * MathNet.Numerics.Distributions.Normal.CDF(0, 1, -Math.Abs(z)) /* the lower tail keeps precision far out */;
}
