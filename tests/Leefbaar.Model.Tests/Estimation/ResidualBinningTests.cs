using Leefbaar.Model.Estimation;
using Leefbaar.Model.Releases;

namespace Leefbaar.Model.Tests.Estimation;

/// <summary>Conditional residual bins on generated predictions whose error spread is known per level.</summary>
public sealed class ResidualBinningTests
{
    private static (double[] Predicted, double[] Residual) Generate(int n, int seed)
    {
        // Error sd 0.10 below afw 0 and 0.03 above: the bins must see the difference a single global interval hides.
        var rng = new Random(seed);
        var predicted = new double[n];
        var residual = new double[n];
        for (var i = 0; i < n; i++)
        {
            predicted[i] = rng.NextDouble() * 0.6 - 0.3;
            var z = Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
            residual[i] = z * (predicted[i] < 0 ? 0.10 : 0.03);
        }
        return (predicted, residual);
    }

    [Fact]
    public void Bins_recover_a_level_dependent_spread()
    {
        var (p, r) = Generate(20_000, 7);
        var bins = ResidualBinning.Fit(p, r);
        Assert.Equal(ResidualBinning.BinCount, bins.Count);
        Assert.All(bins, b => Assert.Equal(2_000, b.Count));
        Assert.Null(bins[^1].UpTo);
        // The 90 % width of a normal error is 2 × 1.645 σ.
        var lowest = ResidualBins.Quantile(bins[0], 0.95) - ResidualBins.Quantile(bins[0], 0.05);
        var highest = ResidualBins.Quantile(bins[^1], 0.95) - ResidualBins.Quantile(bins[^1], 0.05);
        Assert.InRange(lowest, 0.9 * 0.329, 1.1 * 0.329);
        Assert.InRange(highest, 0.9 * 0.0987, 1.1 * 0.0987);
    }

    [Fact]
    public void The_cdf_is_monotone_and_matches_the_quantiles()
    {
        var (p, r) = Generate(5_000, 3);
        var bin = ResidualBinning.Fit(p, r)[0];
        var previous = 0.0;
        for (var x = -0.5; x <= 0.5; x += 0.001)
        {
            var c = ResidualBins.Cdf(bin, x);
            Assert.True(c >= previous, $"cdf decreases at {x}");
            Assert.InRange(c, 0.0, 1.0);
            previous = c;
        }
        Assert.Equal(0.25, ResidualBins.Cdf(bin, ResidualBins.Quantile(bin, 0.25) + 1e-12), 1e-6);
        Assert.Equal(0.5, ResidualBins.Cdf(bin, 0), 0.05); // symmetric errors: median near 0
    }
}
