using Leefbaar.Model.Releases;

namespace Leefbaar.Model.Scoring;

/// <summary>
/// The honest uncertainty of one predicted afw: the 90 % interval and P(class ≤ 4) from the out-of-province
/// residuals of buurten predicted at the same level (<see cref="ModelRelease.AfwResidualBins"/>).
/// </summary>
public static class Uncertainty
{
    /// <summary>Index of the upper boundary of class 4 ("zwak") among the eight ascending class boundaries.</summary>
    public const int WeakUpperBoundary = 3;

    /// <summary>Lower and upper end of the 90 % interval and P(weak) (NaN when the release has no bins or for aggregates).</summary>
    public static (double Lower, double Upper, double PWeak) Of(ModelRelease release, double afw, bool perArea)
    {
        if (perArea && release.AfwResidualBins is { Count: > 0 } bins)
        {
            var bin = ResidualBins.For(bins, afw);
            return (afw + ResidualBins.Quantile(bin, 0.05), afw + ResidualBins.Quantile(bin, 0.95), PWeak(release, bin, afw));
        }
        var q = release.AfwResidualQuantiles;
        return (q.Length == 2 ? afw + q[0] : afw, q.Length == 2 ? afw + q[1] : afw, double.NaN);
    }

    /// <summary>P(official afw below the "zwak" upper boundary) = P(residual &lt; boundary − predicted).</summary>
    public static double PWeak(ModelRelease release, ResidualBin bin, double afw) =>
        ResidualBins.Cdf(bin, release.ClassBoundaries[WeakUpperBoundary] - afw);
}
