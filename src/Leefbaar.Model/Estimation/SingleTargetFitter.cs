using Leefbaar.Core.Errors;
using Leefbaar.Model.Catalogue;
using Leefbaar.Model.Features;
using Leefbaar.Model.Releases;
using Leefbaar.Model.Validation;

namespace Leefbaar.Model.Estimation;

/// <summary>
/// The shared core of the single-target estimators (hedonic WOZ, judgements): one additive spline-ridge fit through
/// <see cref="AdditiveFitter"/>, its coefficients reported on the original scale per term, livability terms keyed by
/// their catalogue dimension and controls kept apart.
/// </summary>
internal static class SingleTargetFitter
{
    /// <summary>Fits <paramref name="y"/> on <paramref name="rows"/>; <paramref name="weights"/> (optional) are normalised to mean 1 so the penalty keeps its meaning.</summary>
    public static EstimatedWeights Fit(string estimator, string target, FeatureTable table,
        IReadOnlyList<(IndicatorDefinition Definition, TermSpec Spec)> terms, ISet<string> controls,
        IReadOnlyList<int> rows, double[] y, double[]? weights, string[] groups, AdditiveFitOptions options)
    {
        if (terms.Count == 0) throw new UnusableDataException($"{estimator}: the feature table holds none of the inputs.");
        var specs = terms.Select(t => t.Spec).ToList();
        var raw = specs.Select(s => table.Column(s.Indicator)!).ToList();
        var normalised = weights is null ? null : Normalise(weights);
        var fit = AdditiveFitter.Fit(specs, raw, rows, [target], [y], EstimationGroups.Folds(groups), (_, _) => true, options, normalised);
        var (intercept, perTerm) = AdditiveFitter.RawCoefficients(fit, 0);

        var livability = new List<ReleaseTerm>();
        var control = new List<ReleaseTerm>();
        var atReference = intercept;
        for (var j = 0; j < terms.Count; j++)
        {
            var (def, spec) = terms[j];
            var rounded = spec with { Knots = spec.Knots.Select(SurrogateCalibration.Round).ToArray(), Impute = SurrogateCalibration.Round(spec.Impute), Reference = SurrogateCalibration.Round(spec.Reference) };
            var c = perTerm.TryGetValue(j, out var found) ? found.Select(SurrogateCalibration.Round).ToArray() : new double[spec.Width];
            atReference += spec.Evaluate(spec.Reference, c);
            var isControl = controls.Contains(spec.Indicator);
            var key = isControl ? "control" : def.Dimension ?? throw new InvalidDataException($"Indicator '{def.Code}' has no dimension in the catalogue; a livability term needs one.");
            var term = new ReleaseTerm
            {
                Spec = rounded,
                Dimension = def.Dimension,
                Coefficients = new SortedDictionary<string, double[]>(StringComparer.Ordinal) { [key] = c },
            };
            (isControl ? control : livability).Add(term with { SlopeAtReference = SurrogateCalibration.Round(TermSlope.AtReference(term)) });
        }

        var predicted = fit.OutOfGroupPredictions[0];
        var metrics = new SortedDictionary<string, double>(StringComparer.Ordinal)
        {
            ["n"] = rows.Count,
            ["groups"] = groups.Distinct().Count(),
            ["folds"] = Math.Min(groups.Distinct().Count(), EstimationGroups.MaxFolds),
            ["oog.r2"] = Metrics.RSquared(y, predicted),
            ["oog.rmse"] = Math.Sqrt(y.Zip(predicted, (a, b) => (a - b) * (a - b)).Average()),
            ["oog.spearman"] = Metrics.Spearman(y, predicted),
        };
        return new EstimatedWeights
        {
            Estimator = estimator,
            Target = target,
            Terms = livability,
            Controls = control,
            Intercept = SurrogateCalibration.Round(atReference),
            FittedAreas = rows.Count,
            Lambda = new SortedDictionary<string, double>(StringComparer.Ordinal) { [target] = fit.Lambda[0] },
            Metrics = metrics,
        };
    }

    private static double[] Normalise(double[] weights)
    {
        if (weights.Any(w => !(w > 0) || !double.IsFinite(w))) throw new ArgumentException("Observation weights must be positive and finite.");
        var mean = weights.Average();
        return weights.Select(w => w / mean).ToArray();
    }
}
