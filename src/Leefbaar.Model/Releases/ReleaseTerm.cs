using System.Text.Json.Serialization;
using Leefbaar.Model.Estimation;

namespace Leefbaar.Model.Releases;

/// <summary>
/// One indicator in a release: its basis (<see cref="TermSpec"/>) and, per dimension, the coefficients of that
/// basis on the original scale. Its contribution to a dimension is f(value) − f(reference).
/// </summary>
public sealed record ReleaseTerm
{
    /// <summary>The basis: transform, knots, impute value, reference.</summary>
    [JsonPropertyName("spec")] public required TermSpec Spec { get; init; }
    /// <summary>Dimension hint from the catalogue.</summary>
    [JsonPropertyName("dimension")] public string? Dimension { get; init; }
    /// <summary>Raw-basis coefficients per dimension code (won, fys, vrz, soc, onv); absent = 0.</summary>
    [JsonPropertyName("coefficients")] public required SortedDictionary<string, double[]> Coefficients { get; init; }
    /// <summary>Readable weight: change of the dimension sum per unit of the indicator around the reference.</summary>
    [JsonPropertyName("slopeAtReference")] public double SlopeAtReference { get; init; }

    /// <summary>f_d(raw) for one dimension.</summary>
    public double Evaluate(string dimension, double raw) =>
        Coefficients.TryGetValue(dimension, out var c) ? Spec.Evaluate(raw, c) : 0;

    /// <summary>Contribution to one dimension: f_d(raw) − f_d(reference).</summary>
    public double Contribution(string dimension, double raw) => Evaluate(dimension, raw) - Evaluate(dimension, Spec.Reference);
}
