using Leefbaar.Model.Features;
using Leefbaar.Model.Releases;

namespace Leefbaar.Model.Estimation;

/// <summary>
/// What an estimator produced: per indicator a contribution function f(x) − f(reference) on the original scale,
/// keyed by the dimension it feeds (the catalogue's dimension for single-target estimators), plus controls whose
/// coefficients were estimated but are not livability weights, the value at all references and validation metrics.
/// </summary>
public sealed record EstimatedWeights
{
    /// <summary>Estimator name, e.g. "judgement".</summary>
    public required string Estimator { get; init; }
    /// <summary>What was fitted, e.g. "log(woz_mean)" or "mean_judgement".</summary>
    public required string Target { get; init; }
    /// <summary>Livability terms: basis and raw-basis coefficients per dimension.</summary>
    public required List<ReleaseTerm> Terms { get; init; }
    /// <summary>Control terms (e.g. dwelling type in the hedonic model): part of the fit, never of a release.</summary>
    public required List<ReleaseTerm> Controls { get; init; }
    /// <summary>The target's value for an area with every term and control at its reference.</summary>
    public required double Intercept { get; init; }
    /// <summary>Rows the estimator was fitted on.</summary>
    public required int FittedAreas { get; init; }
    /// <summary>Chosen ridge penalty per fitted target.</summary>
    public required SortedDictionary<string, double> Lambda { get; init; }
    /// <summary>Leave-one-group-out metrics (n, groups, r2, rmse, spearman) where the estimator computes them.</summary>
    public required SortedDictionary<string, double> Metrics { get; init; }

    /// <summary>The fitted target of one row: intercept + every term's and control's contribution.</summary>
    public double Predict(FeatureTable table, int row)
    {
        var sum = Intercept;
        foreach (var term in Terms.Concat(Controls))
        {
            var value = table.Column(term.Spec.Indicator) is { } c ? c[row] : double.NaN;
            foreach (var dimension in term.Coefficients.Keys) sum += term.Contribution(dimension, value);
        }
        return sum;
    }

    /// <summary>The livability contribution of one indicator at a raw value, summed over dimensions (0 when absent).</summary>
    public double Contribution(string indicator, double raw) =>
        Terms.FirstOrDefault(t => t.Spec.Indicator == indicator) is { } term ? term.Coefficients.Keys.Sum(d => term.Contribution(d, raw)) : 0;

    /// <summary>A release's terms as estimated weights (e.g. to combine a surrogate release with another estimator).</summary>
    public static EstimatedWeights FromRelease(ModelRelease release) => new()
    {
        Estimator = release.Id,
        Target = release.Target,
        Terms = [.. release.Terms],
        Controls = [],
        Intercept = release.DimensionBase.Values.Sum(),
        FittedAreas = release.Data.FittedAreas,
        Lambda = new SortedDictionary<string, double>(release.Lambda.ToDictionary(), StringComparer.Ordinal),
        Metrics = release.Metrics.TryGetValue("all", out var all) ? all : new SortedDictionary<string, double>(StringComparer.Ordinal),
    };
}
