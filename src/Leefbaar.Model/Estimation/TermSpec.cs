using System.Text.Json.Serialization;

namespace Leefbaar.Model.Estimation;

/// <summary>
/// How one indicator enters an additive model: a transform, then a piecewise-linear basis — the transformed value
/// itself plus hinge functions max(0, t − knot) at fixed knots (a linear spline, i.e. a simple GAM term).
/// Missing values take <see cref="Impute"/> and, when <see cref="MissingFlag"/> is set, an extra 0/1 column.
/// </summary>
public sealed record TermSpec
{
    /// <summary>Indicator code.</summary>
    [JsonPropertyName("indicator")] public required string Indicator { get; init; }
    /// <summary>none, log1p.</summary>
    [JsonPropertyName("transform")] public required string Transform { get; init; }
    /// <summary>Knots in transformed units, ascending.</summary>
    [JsonPropertyName("knots")] public required double[] Knots { get; init; }
    /// <summary>Raw value used when the indicator is missing (the median of the fitting data).</summary>
    [JsonPropertyName("impute")] public required double Impute { get; init; }
    /// <summary>Whether a missing-value indicator column is part of the basis.</summary>
    [JsonPropertyName("missingFlag")] public required bool MissingFlag { get; init; }
    /// <summary>Reference value (raw units): contributions are measured against it (the national median).</summary>
    [JsonPropertyName("reference")] public required double Reference { get; init; }

    /// <summary>Number of basis columns.</summary>
    [JsonIgnore] public int Width => 1 + Knots.Length + (MissingFlag ? 1 : 0);

    /// <summary>Applies the transform to a raw value.</summary>
    public double Transformed(double raw) => Transform == "log1p" ? Math.Log(1 + Math.Max(0, raw)) : raw;

    /// <summary>Writes the basis of a raw value (NaN = missing) into <paramref name="into"/>.</summary>
    public void Basis(double raw, Span<double> into)
    {
        var missing = double.IsNaN(raw);
        var t = Transformed(missing ? Impute : raw);
        into[0] = t;
        for (var k = 0; k < Knots.Length; k++) into[1 + k] = Math.Max(0, t - Knots[k]);
        if (MissingFlag) into[^1] = missing ? 1 : 0;
    }

    /// <summary>The term's value f(x) = Σ coefficient·basis for given raw-basis coefficients.</summary>
    public double Evaluate(double raw, ReadOnlySpan<double> coefficients)
    {
        Span<double> b = stackalloc double[Width];
        Basis(raw, b);
        double s = 0;
        for (var k = 0; k < b.Length; k++) s += coefficients[k] * b[k];
        return s;
    }
}
