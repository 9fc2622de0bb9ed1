namespace Leefbaar.Analysis.Spatial;

/// <summary>Benjamini–Hochberg false-discovery-rate control over many local tests.</summary>
public static class FalseDiscovery
{
    /// <summary>
    /// The largest p-value threshold p₍ₖ₎ with p₍ₖ₎ ≤ k/m·α (0 when none qualifies): local tests with p at or below it are
    /// significant with the expected share of false discoveries at most α.
    /// </summary>
    public static double Threshold(IReadOnlyList<double> pValues, double alpha)
    {
        var sorted = pValues.Where(p => !double.IsNaN(p)).OrderBy(p => p).ToArray();
        var m = sorted.Length;
        var threshold = 0.0;
        for (var k = 1; k <= m; k++)
            if (sorted[k - 1] <= k * alpha / m) threshold = sorted[k - 1];
        return threshold;
    }
}
