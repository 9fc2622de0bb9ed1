namespace Leefbaar.Analysis.Spatial;

/// <summary>An analytical test of a statistic: its variance under the null (VI), the z-score and the two-sided normal p-value.</summary>
public sealed record Inference(double VI, double Z, double P)
{
    /// <summary>z and p from the statistic, its expectation and its variance.</summary>
    public static Inference Of(double statistic, double expected, double variance)
    {
        var z = (statistic - expected) / Math.Sqrt(variance);
        return new Inference(variance, z, Normal.TwoSided(z));
    }
}
