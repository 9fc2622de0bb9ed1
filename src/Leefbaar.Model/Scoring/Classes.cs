using Leefbaar.Core.Scores;

namespace Leefbaar.Model.Scoring;

/// <summary>The two class schemes of a release: total score classes on afw, and the symmetric σ scheme for dimensions and kafw.</summary>
public static class Classes
{
    /// <summary>Class 1–9 of afw using the release's boundaries.</summary>
    public static int Total(double afw, ReadOnlySpan<double> boundaries) => ScoreClass.Classify(afw, boundaries);

    /// <summary>Class 1–9 of afw using a release's frozen boundaries.</summary>
    public static int Total(double afw, System.Collections.Immutable.ImmutableArray<double> boundaries) => ScoreClass.Classify(afw, boundaries.AsSpan());

    /// <summary>Class 1–9 with boundaries at ±0.5, ±1, ±2, ±3 σ (class 5 = around the reference).</summary>
    public static int Symmetric(double value, double sigma) =>
        ScoreClass.Classify(value, [-3 * sigma, -2 * sigma, -sigma, -0.5 * sigma, 0.5 * sigma, sigma, 2 * sigma, 3 * sigma]);
}
