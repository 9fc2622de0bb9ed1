using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Leefbaar.Model.Releases;

/// <summary>
/// Out-of-province residuals (official afw − predicted afw) of the buurten whose predicted afw is at most
/// <see cref="UpTo"/> (and above the previous bin's edge), as quantiles at <see cref="ResidualBins.Levels"/>.
/// Residuals differ along the scale — predictions at the low end are least certain — so uncertainty is conditional.
/// </summary>
public sealed record ResidualBin
{
    /// <summary>Upper edge of the predicted afw in this bin; the last bin has no upper edge (null).</summary>
    [JsonPropertyName("upTo")] public double? UpTo { get; init; }
    /// <summary>Number of cross-validated buurten the quantiles come from.</summary>
    [JsonPropertyName("n")] public required int Count { get; init; }
    /// <summary>Residual quantiles at <see cref="ResidualBins.Levels"/>, ascending.</summary>
    [JsonPropertyName("quantiles")] public required ImmutableArray<double> Quantiles { get; init; }
}

/// <summary>The quantile levels of a <see cref="ResidualBin"/>.</summary>
public static class ResidualBins
{
    /// <summary>1 %, 5 %, 10 %, …, 95 %, 99 %.</summary>
    public static readonly ImmutableArray<double> Levels =
        [0.01, .. Enumerable.Range(1, 19).Select(k => Math.Round(k * 0.05, 2)), 0.99];

    /// <summary>The bin of a predicted afw.</summary>
    public static ResidualBin For(IReadOnlyList<ResidualBin> bins, double predicted)
    {
        foreach (var b in bins)
            if (b.UpTo is not { } edge || predicted <= edge) return b;
        return bins[^1];
    }

    /// <summary>P(residual ≤ x) from a bin's quantiles, linear between levels; beyond the outer quantiles half the tail mass.</summary>
    public static double Cdf(ResidualBin bin, double x)
    {
        var q = bin.Quantiles;
        if (x < q[0]) return Levels[0] / 2;
        if (x >= q[^1]) return 1 - (1 - Levels[^1]) / 2;
        for (var k = 1; k < q.Length; k++)
        {
            if (x >= q[k]) continue;
            var span = q[k] - q[k - 1];
            return span <= 0 ? Levels[k] : Levels[k - 1] + (x - q[k - 1]) / span * (Levels[k] - Levels[k - 1]);
        }
        return Levels[^1];
    }

    /// <summary>The residual quantile at <paramref name="level"/> (one of <see cref="Levels"/>).</summary>
    public static double Quantile(ResidualBin bin, double level) => bin.Quantiles[Levels.IndexOf(level)];
}
