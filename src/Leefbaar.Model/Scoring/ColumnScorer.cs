using Leefbaar.Core.Scores;
using Leefbaar.Model.Releases;

namespace Leefbaar.Model.Scoring;

/// <summary>
/// The scoring arithmetic of a release, prepared once: per dimension, base + Σ f(x) − f(reference) over the terms.
/// Every level uses it — buurten through <see cref="Scorer"/>, 100 m cells through the grid run, custom areas —
/// so there is one engine. Columns are aligned to <see cref="ModelRelease.Terms"/> (null = indicator absent).
/// Immutable and thread-safe.
/// </summary>
public sealed class ColumnScorer
{
    private readonly ModelRelease _release;
    private readonly double[]?[][] _coefficients; // [term][dimension], null = no effect
    private readonly double[][] _references;      // [term][dimension]: f(reference)
    private readonly double[] _bases;

    /// <summary>Prepares a release: coefficients and f(reference) looked up once.</summary>
    public ColumnScorer(ModelRelease release)
    {
        _release = release;
        var dims = Dimensions.Codes;
        _coefficients = release.Terms.Select(t => dims.Select(d => t.Coefficients.GetValueOrDefault(d)).ToArray()).ToArray();
        _references = release.Terms.Select(t => dims.Select(d => t.Evaluate(d, t.Spec.Reference)).ToArray()).ToArray();
        _bases = dims.Select(d => release.DimensionBase.GetValueOrDefault(d)).ToArray();
    }

    /// <summary>
    /// Writes the five dimension scores of one row into <paramref name="dims"/>; false (and nothing written) when the
    /// row has no value for any term — such a row has no score rather than the reference score.
    /// </summary>
    public bool Score(IReadOnlyList<double[]?> columns, int row, Span<double> dims)
    {
        var any = false;
        for (var j = 0; j < columns.Count && !any; j++) any = columns[j] is { } c && !double.IsNaN(c[row]);
        if (!any) return false;
        for (var d = 0; d < 5; d++)
        {
            var sum = _bases[d];
            for (var j = 0; j < columns.Count; j++)
            {
                if (_coefficients[j][d] is not { } coef) continue;
                sum += _release.Terms[j].Spec.Evaluate(columns[j] is { } c ? c[row] : double.NaN, coef) - _references[j][d];
            }
            dims[d] = sum;
        }
        return true;
    }
}
