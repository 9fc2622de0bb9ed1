using Leefbaar.Core.Areas;
namespace Leefbaar.Analysis;

/// <summary>
/// The parameters every statistic may take (the CLI options and API query parameters map one to one); unset values
/// get per-statistic defaults. <see cref="Release"/> is an official release id or a model release id.
/// </summary>
public sealed record AnalysisRequest
{
    /// <summary>Area level (buurt, wijk, gemeente, pc4).</summary>
    public string Level { get; init; } = LevelName.Gemeente;
    /// <summary>Measurement year (default: the release's latest).</summary>
    public int? Year { get; init; }
    /// <summary>Release id (default: the newest official release at the level and year).</summary>
    public string? Release { get; init; }
    /// <summary>Start year for trends and transitions.</summary>
    public int? From { get; init; }
    /// <summary>End year for trends and transitions.</summary>
    public int? To { get; init; }
    /// <summary>The measure: afw, lbm, a dimension, class or indicator:NAME.</summary>
    public string? Measure { get; init; }
    /// <summary>Spatial weights: queen, rook, knn, distance.</summary>
    public string Weights { get; init; } = "queen";
    /// <summary>k for knn weights.</summary>
    public int K { get; init; } = 6;
    /// <summary>Distance band in metres.</summary>
    public double Band { get; init; } = 5000;
    /// <summary>Permutations for pseudo p-values.</summary>
    public int Permutations { get; init; } = 999;
    /// <summary>FDR level for local statistics.</summary>
    public double Alpha { get; init; } = 0.05;
    /// <summary>Grouping for inequality decomposition (group, provincie, stedelijkheid, gemeente).</summary>
    public string? Grouping { get; init; }
    /// <summary>Consecutive weak measurements that make the hard core.</summary>
    public int HardCore { get; init; } = 3;
    /// <summary>Early-warning event: "fall" (voldoende or better falls to zwak or lower, the official definition) or "decline" (afw falls by δ).</summary>
    public string WarningEvent { get; init; } = "fall";
    /// <summary>Class boundaries of the release family, for series that publish afw without classes (the LBM 3.0 PC4 series).</summary>
    public double[]? ClassBoundaries { get; init; }
    /// <summary>Decline in afw that counts as an early-warning event.</summary>
    public double Delta { get; init; } = 0.03;
    /// <summary>Indicator for the group comparison: a code (summed) or "a/b" (ratio of sums).</summary>
    public string? Indicator { get; init; }
    /// <summary>Weight areas by residents (true) or count them (false).</summary>
    public bool Weighted { get; init; } = true;
}
