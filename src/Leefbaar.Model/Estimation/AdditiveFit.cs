using MathNet.Numerics.LinearAlgebra;

namespace Leefbaar.Model.Estimation;

/// <summary>
/// The result of fitting several targets (the five dimensions) with one additive basis: the design, per target the
/// chosen penalty and coefficients (standardised), and the out-of-group predictions for every labelled row.
/// </summary>
public sealed record AdditiveFit(
    DesignMatrix Design,
    string[] Targets,
    int[][] ColumnsPerTarget,
    double[] Lambda,
    Vector<double>[] Beta,
    double[][] OutOfGroupPredictions);

/// <summary>
/// Fits additive models for several targets on shared terms with ridge penalties chosen by leave-one-group-out
/// (groups = provinces), and reports the leave-one-group-out predictions of the chosen penalty.
/// </summary>
public static class AdditiveFitter
{
    /// <summary>
    /// <paramref name="raw"/>: one raw column per term over ALL areas (for standardisation); <paramref name="labelled"/>:
    /// row indices with targets; <paramref name="y"/>[t][k]: target t of labelled row k; <paramref name="group"/>[k]: its group;
    /// <paramref name="termsPerTarget"/>: which terms each target may use.
    /// </summary>
    public static AdditiveFit Fit(IReadOnlyList<TermSpec> terms, IReadOnlyList<double[]> raw, IReadOnlyList<int> labelled,
        string[] targets, double[][] y, string[] group, Func<int, TermSpec, bool> termsPerTarget, AdditiveFitOptions options, double[]? weights = null)
    {
        var design = DesignMatrix.Fit(terms, raw);
        var z = design.Build(raw, labelled);
        var ym = Matrix<double>.Build.Dense(labelled.Count, targets.Length, (r, c) => y[c][r]);
        var gram = new GroupedGram(z, ym, group, weights);

        var columns = new int[targets.Length][];
        var lambda = new double[targets.Length];
        var beta = new Vector<double>[targets.Length];
        var oog = new double[targets.Length][];
        for (var t = 0; t < targets.Length; t++)
        {
            var cols = new List<int> { 0 };
            for (var j = 0; j < terms.Count; j++)
                if (termsPerTarget(t, terms[j])) for (var k = 0; k < terms[j].Width; k++) cols.Add(design.Offsets[j] + k);
            columns[t] = cols.ToArray();

            var best = double.PositiveInfinity;
            Vector<double>[]? bestFold = null;
            foreach (var l in options.LambdaGrid)
            {
                var folds = new Vector<double>[gram.Groups.Length];
                var sse = 0.0;
                for (var g = 0; g < gram.Groups.Length; g++)
                {
                    var held = gram.Groups[g];
                    var (zz, zy, _, n) = gram.Sum(x => x != held);
                    folds[g] = RidgeSolver.Solve(zz, zy, t, columns[t], l, n);
                    sse += gram.Sse(held, t, columns[t], folds[g]);
                }
                if (sse < best) (best, lambda[t], bestFold) = (sse, l, folds);
            }
            var all = gram.Sum(_ => true);
            beta[t] = RidgeSolver.Solve(all.ZZ, all.ZY, t, columns[t], lambda[t], all.N);

            oog[t] = new double[labelled.Count];
            for (var r = 0; r < labelled.Count; r++)
            {
                var b = bestFold![Array.IndexOf(gram.Groups, group[r])];
                double s = 0;
                for (var c = 0; c < columns[t].Length; c++) s += b[c] * z[r, columns[t][c]];
                oog[t][r] = s;
            }
        }
        return new AdditiveFit(design, targets, columns, lambda, beta, oog);
    }

    /// <summary>Raw-basis coefficients of one term for one target, and that target's raw intercept.</summary>
    public static (double Intercept, Dictionary<int, double[]> PerTerm) RawCoefficients(AdditiveFit fit, int target)
    {
        var full = new double[fit.Design.Width];
        var cols = fit.ColumnsPerTarget[target];
        for (var c = 0; c < cols.Length; c++) full[cols[c]] = fit.Beta[target][c];
        var (intercept, raw) = fit.Design.ToRaw(full);
        var perTerm = new Dictionary<int, double[]>();
        for (var j = 0; j < fit.Design.Terms.Count; j++)
        {
            var w = fit.Design.Terms[j].Width;
            var slice = raw.AsSpan(fit.Design.Offsets[j], w).ToArray();
            if (slice.Any(v => v != 0)) perTerm[j] = slice;
        }
        return (intercept, perTerm);
    }
}
