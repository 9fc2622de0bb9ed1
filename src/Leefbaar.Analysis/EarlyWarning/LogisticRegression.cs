using Leefbaar.Core.Errors;
using MathNet.Numerics.LinearAlgebra;

namespace Leefbaar.Analysis.EarlyWarning;

/// <summary>
/// L2-regularised (ridge) logistic regression on standardised features, fitted by Newton–Raphson (IRLS); the
/// intercept is not penalised. Small and explainable: each coefficient is the change in log-odds per standard
/// deviation of its feature.
/// </summary>
public sealed class LogisticRegression
{
    /// <summary>Intercept (log-odds at the feature means).</summary>
    public double Intercept { get; private init; }

    /// <summary>Coefficients per standardised feature.</summary>
    public double[] Coefficients { get; private init; } = [];

    /// <summary>Feature means of the training data.</summary>
    public double[] Means { get; private init; } = [];

    /// <summary>Feature standard deviations of the training data (1 where constant).</summary>
    public double[] Scales { get; private init; } = [];

    /// <summary>Fits on rows <paramref name="x"/> (missing = NaN, imputed with the mean) and 0/1 outcomes.</summary>
    public static LogisticRegression Fit(IReadOnlyList<double[]> x, IReadOnlyList<bool> y, double lambda, int iterations = 50)
    {
        if (x.Count == 0) throw new NotFoundException("The early-warning model has no training rows: no area meets the eligibility rule in the training periods.");
        var p = x[0].Length;
        var means = Enumerable.Range(0, p).Select(j => x.Select(r => r[j]).Where(v => !double.IsNaN(v)).DefaultIfEmpty(0).Average()).ToArray();
        var scales = Enumerable.Range(0, p).Select(j =>
        {
            var vals = x.Select(r => r[j]).Where(v => !double.IsNaN(v)).ToArray();
            var sd = vals.Length < 2 ? 0 : Math.Sqrt(vals.Sum(v => (v - means[j]) * (v - means[j])) / vals.Length);
            return sd > 0 ? sd : 1;
        }).ToArray();
        var model = new LogisticRegression { Means = means, Scales = scales };
        var design = Matrix<double>.Build.Dense(x.Count, p + 1, (i, j) => j == 0 ? 1 : model.Standardise(x[i], j - 1));
        var target = Vector<double>.Build.Dense(y.Count, i => y[i] ? 1 : 0);
        var beta = Vector<double>.Build.Dense(p + 1);
        var penalty = Matrix<double>.Build.DenseDiagonal(p + 1, p + 1, j => j == 0 ? 0 : lambda);
        for (var it = 0; it < iterations; it++)
        {
            var mu = (design * beta).Map(Sigmoid);
            var wDiag = mu.Map(m => Math.Max(m * (1 - m), 1e-10));
            var gradient = design.TransposeThisAndMultiply(target - mu) - penalty * beta;
            var hessian = design.TransposeThisAndMultiply(design.PointwiseMultiply(Matrix<double>.Build.Dense(x.Count, p + 1, (i, _) => wDiag[i]))) + penalty;
            var step = hessian.Solve(gradient);
            beta += step;
            if (step.AbsoluteMaximum() < 1e-9) break;
        }
        return new LogisticRegression { Means = means, Scales = scales, Intercept = beta[0], Coefficients = beta.SubVector(1, p).ToArray() };
    }

    /// <summary>The standardised value of feature j of a row (0 for missing).</summary>
    public double Standardise(double[] row, int j) => double.IsNaN(row[j]) ? 0 : (row[j] - Means[j]) / Scales[j];

    /// <summary>The predicted probability of the outcome.</summary>
    public double Predict(double[] row) => Sigmoid(Intercept + Coefficients.Select((b, j) => b * Standardise(row, j)).Sum());

    /// <summary>Each feature's contribution to the log-odds of a row (coefficient × standardised value).</summary>
    public double[] Contributions(double[] row) => Coefficients.Select((b, j) => b * Standardise(row, j)).ToArray();

    private static double Sigmoid(double t) => 1 / (1 + Math.Exp(-t));
}
